import { taskSubtitle } from "../asl/catalog/taskSubtitle";
import { isJsonObject, type JsonObject } from "../asl/json";

/** The second line of a node: what the state does, e.g. "Lambda: Invoke", "Wait 3 s", "2 rules". */
export function describeState(state: JsonObject): string {
  switch (state.Type) {
    case "Task":
      return typeof state.Resource === "string" && state.Resource !== "" ? taskSubtitle(state.Resource) : "No resource";
    case "Choice": {
      const count = Array.isArray(state.Choices) ? state.Choices.length : 0;
      return `${count} ${count === 1 ? "rule" : "rules"}${typeof state.Default === "string" ? " + default" : ""}`;
    }
    case "Wait":
      if (state.Seconds !== undefined) return `Wait ${String(state.Seconds)} s`;
      if (typeof state.Timestamp === "string") return `Until ${state.Timestamp}`;
      if (typeof state.SecondsPath === "string") return `Seconds from ${state.SecondsPath}`;
      if (typeof state.TimestampPath === "string") return `Until ${state.TimestampPath}`;
      return "Wait";
    case "Parallel": {
      const count = Array.isArray(state.Branches) ? state.Branches.length : 0;
      return `${count} ${count === 1 ? "branch" : "branches"}`;
    }
    case "Map": {
      const processor = isJsonObject(state.ItemProcessor) ? state.ItemProcessor : undefined;
      const config = processor && isJsonObject(processor.ProcessorConfig) ? processor.ProcessorConfig : undefined;
      return config?.Mode === "DISTRIBUTED" ? "Distributed" : "Inline";
    }
    case "Fail":
      return typeof state.Error === "string" ? state.Error : "Fail";
    case "Succeed":
      return "Succeed";
    case "Pass":
      return "Pass";
    default:
      return typeof state.Type === "string" ? state.Type : "Unknown type";
  }
}
