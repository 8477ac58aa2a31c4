import type { ReactNode } from "react";
import { SeverityIcon } from "../../diagnostics/SeverityIcon";

/** A short explanation in a tab; `warning` when the user may need to act. */
export function Note({ tone = "info", children, testId }: { tone?: "info" | "warning"; children: ReactNode; testId?: string }) {
  return (
    <p className={`inspector-note is-${tone}`} data-testid={testId}>
      <SeverityIcon severity={tone} />
      <span>{children}</span>
    </p>
  );
}
