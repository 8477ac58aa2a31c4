import type { Position } from "./parse/lineIndex";

export type Severity = "error" | "warning" | "info";

export interface TextRange {
  start: Position;
  end: Position;
  offset: number;
  length: number;
}

/** One finding about a document: what is wrong, where, and (in the message) how to fix it. */
export interface Diagnostic {
  severity: Severity;
  /** Stable code from the table in validate/codes.ts; messages may change, codes may not. */
  code: string;
  message: string;
  /** JSON Pointer of the offending node, e.g. "/States/Charge card/Next". */
  path: string;
  /** Where the node is written, when the document came from text. */
  range?: TextRange;
  /** Pointer of the state the diagnostic belongs to, when there is one. */
  statePointer?: string;
  stateName?: string;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
