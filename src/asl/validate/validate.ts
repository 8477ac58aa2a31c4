import type { Diagnostic } from "../diagnostics";
import type { LineIndex } from "../parse/lineIndex";
import type { SourceMap } from "../parse/types";
import type { WorkflowType } from "../types";

export interface ValidateOptions {
  /** Known from Config mode; enables the Express-only rules. */
  workflowType?: WorkflowType;
  /** When the document came from text: lets each diagnostic carry its text range. */
  source?: { sourceMap: SourceMap; lineIndex: LineIndex };
}

/** Placeholder until the validator lands: reports only a missing StartAt/States. */
export function validate(document: unknown, _options: ValidateOptions = {}): Diagnostic[] {
  const d = document as { StartAt?: unknown; States?: unknown } | null;
  if (!d || typeof d !== "object" || typeof d.StartAt !== "string" || typeof d.States !== "object") {
    return [{ severity: "error", code: "SCHEMA", message: "A state machine needs StartAt and States", path: "" }];
  }
  return [];
}
