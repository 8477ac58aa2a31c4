import { useId } from "react";
import type { Diagnostic } from "../asl/diagnostics";
import { FieldMessages } from "./fields/FieldMessages";

/** Problems about the state as a whole, or about fields no tab edits (shown above the tabs). */
export function StateProblems({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const id = useId();
  if (diagnostics.length === 0) return null;
  return (
    <div className="state-problems" data-testid="state-problems">
      <FieldMessages id={id} diagnostics={diagnostics} />
    </div>
  );
}
