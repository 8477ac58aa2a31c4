import type { JsonObject, JsonValue } from "../asl/json";
import type { StateMock } from "../asl/mocks/types";
import type { WorkflowType } from "../asl/types";

/** What a run of the template with its first sample input and its mocks ends with. */
export interface TemplateOutcome {
  status: "SUCCEEDED" | "FAILED";
  /** The exact output, when it is deterministic. */
  output?: JsonValue;
  error?: string;
  /** The states the run passes through, in order of first visit (top level and nested). */
  visits?: string[];
}

/** A starting point in the gallery: a definition from the guide, ready to simulate. */
export interface StudioTemplate {
  id: string;
  title: string;
  description: string;
  /** Where the definition comes from, e.g. "Developer guide, seed L12620–L12685". */
  source: string;
  /** AWS services the workflow calls (shown on the card); empty for flow-only templates. */
  services: string[];
  workflowType: WorkflowType;
  /** State machine name used for the new document. */
  name: string;
  definition: JsonObject;
  sampleInputs: { name: string; input: JsonValue }[];
  /** Per-state mocks (by state name), in the simulator's shape. */
  mocks: Record<string, StateMock>;
  expected: TemplateOutcome;
}
