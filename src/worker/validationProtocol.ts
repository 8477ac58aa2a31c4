import type { Diagnostic } from "../asl/diagnostics";
import type { TextFormat } from "../asl/parse/types";
import type { WorkflowType } from "../asl/types";

/** Messages to and from the validation worker (version 1). */
export const VALIDATION_PROTOCOL_VERSION = 1;

export interface ValidationRequest {
  version: typeof VALIDATION_PROTOCOL_VERSION;
  id: number;
  text: string;
  format: TextFormat;
  workflowType: WorkflowType;
}

export interface ValidationResponse {
  version: typeof VALIDATION_PROTOCOL_VERSION;
  id: number;
  diagnostics: Diagnostic[];
}
