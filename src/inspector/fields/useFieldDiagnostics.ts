import { useMemo } from "react";
import type { Diagnostic } from "../../asl/diagnostics";
import { useStudio } from "../../store/StudioContext";
import { bySeverity, diagnosticsAt } from "../model/diagnosticsAt";

/** The validator's findings about the node at `pointer` (and, unless `exact`, inside it), errors first. */
export function useFieldDiagnostics(pointer: string | undefined, exact = false): Diagnostic[] {
  const diagnostics = useStudio((s) => s.diagnostics);
  return useMemo(() => (pointer === undefined ? [] : bySeverity(diagnosticsAt(diagnostics, pointer, exact))), [diagnostics, pointer, exact]);
}
