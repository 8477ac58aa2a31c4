/**
 * Which inspector tab shows which field of which state type (asl-semantics.md §1.5, Workflow
 * Studio's Configuration / Input / Output / Error handling tabs, seed L11742-L12404).
 */
import type { StateType } from "../../asl/types";

export type InspectorTab = "configuration" | "input" | "output" | "errors" | "definition";

export const TAB_LABELS: Record<InspectorTab, string> = {
  configuration: "Configuration",
  input: "Input",
  output: "Output",
  errors: "Error handling",
  definition: "Definition",
};

const WORKING: readonly StateType[] = ["Task", "Parallel", "Map"];

export function tabsFor(type: StateType | undefined): InspectorTab[] {
  if (type === undefined || type === "Fail") return ["configuration", "definition"];
  if (WORKING.includes(type)) return ["configuration", "input", "output", "errors", "definition"];
  return ["configuration", "input", "output", "definition"];
}

/** The tab that edits a state's top-level field; undefined for fields no form edits (they show in the header). */
export function tabOfField(type: StateType | undefined, field: string): InspectorTab | undefined {
  switch (field) {
    case "InputPath":
      return "input";
    case "Parameters":
      return type === "Task" ? "configuration" : "input";
    case "ResultSelector":
    case "ResultPath":
    case "OutputPath":
      return "output";
    case "Retry":
    case "Catch":
    case "TimeoutSeconds":
    case "TimeoutSecondsPath":
    case "HeartbeatSeconds":
    case "HeartbeatSecondsPath":
      return "errors";
    case "Type":
    case "QueryLanguage":
      return undefined;
    default:
      return CONFIGURATION_FIELDS.has(field) ? "configuration" : undefined;
  }
}

const CONFIGURATION_FIELDS = new Set([
  "Comment", "Next", "End", "Resource", "Credentials", "Choices", "Default", "Seconds", "Timestamp", "SecondsPath", "TimestampPath",
  "Error", "ErrorPath", "Cause", "CausePath", "Result", "Branches", "ItemProcessor", "Iterator", "ItemsPath", "ItemSelector",
  "MaxConcurrency", "MaxConcurrencyPath", "ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage",
  "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label",
]);
