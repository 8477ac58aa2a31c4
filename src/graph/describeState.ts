import { taskSubtitle } from "../asl/catalog/taskSubtitle";
import { isJsonObject, type JsonObject, type JsonValue } from "../asl/json";
import { isJsonataExpression, jsonataQuoted } from "../asl/jsonata/expression";

const MAX_EXPRESSION = 28;

/** A value for a node label: a JSONata expression as its body (shortened), anything else as written. */
export function describeValue(value: JsonValue | undefined): string {
  if (isJsonataExpression(value)) {
    const body = jsonataQuoted(value);
    return body.length > MAX_EXPRESSION ? body.slice(0, MAX_EXPRESSION - 1) + "…" : body;
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

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
      if (state.Seconds !== undefined) return isJsonataExpression(state.Seconds) ? `Wait ${describeValue(state.Seconds)}` : `Wait ${String(state.Seconds)} s`;
      if (typeof state.Timestamp === "string") return `Until ${describeValue(state.Timestamp)}`;
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
      const mode = config?.Mode === "DISTRIBUTED" ? "Distributed" : "Inline";
      return isJsonataExpression(state.Items) ? `${mode} · ${describeValue(state.Items)}` : mode;
    }
    case "Fail":
      return typeof state.Error === "string" ? describeValue(state.Error) : "Fail";
    case "Succeed":
      return "Succeed";
    case "Pass":
      return "Pass";
    default:
      return typeof state.Type === "string" ? state.Type : "Unknown type";
  }
}
