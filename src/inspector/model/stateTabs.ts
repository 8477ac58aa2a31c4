/**
 * Which inspector tab shows which field of which state type (asl-semantics.md §1.5, Workflow
 * Studio's Configuration / Input / Output / Error handling tabs, seed L11742-L12404), in both
 * query languages (issue 9). JSONata states have Arguments (Task: its API arguments, in
 * Configuration like a JSONPath Task's Parameters; Parallel: the Input tab, named "Arguments")
 * and Output; every state type that allows Assign gets a Variables tab, in both languages.
 */
import type { StateType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";

export type InspectorTab = "configuration" | "input" | "output" | "variables" | "errors" | "definition";

export const TAB_LABELS: Record<InspectorTab, string> = {
  configuration: "Configuration",
  input: "Input",
  output: "Output",
  variables: "Variables",
  errors: "Error handling",
  definition: "Definition",
};

/** The tab's label: JSONata's Input tab holds Arguments. */
export function tabLabel(tab: InspectorTab, language: QueryLanguageMode = "JSONPath"): string {
  return tab === "input" && language === "JSONata" ? "Arguments" : TAB_LABELS[tab];
}

const WORKING: readonly StateType[] = ["Task", "Parallel", "Map"];
/** State types that take Assign ("Passing data between states with variables"). */
export const ASSIGNING: readonly StateType[] = ["Pass", "Task", "Choice", "Wait", "Parallel", "Map"];

export function tabsFor(type: StateType | undefined, language: QueryLanguageMode = "JSONPath"): InspectorTab[] {
  if (type === undefined || type === "Fail") return ["configuration", "definition"];
  const tabs: InspectorTab[] = ["configuration"];
  if (language === "JSONPath" || type === "Parallel") tabs.push("input");
  tabs.push("output");
  if (ASSIGNING.includes(type)) tabs.push("variables");
  if (WORKING.includes(type)) tabs.push("errors");
  tabs.push("definition");
  return tabs;
}

/** The tab that edits a state's top-level field; undefined for fields no form edits (they show in the header). */
export function tabOfField(type: StateType | undefined, field: string): InspectorTab | undefined {
  switch (field) {
    case "Arguments":
      return type === "Parallel" ? "input" : "configuration";
    case "Output":
      return "output";
    case "Assign":
      return "variables";
    case "Items":
      return "configuration";
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
