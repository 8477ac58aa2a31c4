/**
 * The Input and Output tabs (seed L11936-L12174): which of InputPath, Parameters, ResultSelector,
 * ResultPath and OutputPath a state type has, the value each checkbox turns on, and the note
 * about Lambda's `OutputPath: "$.Payload"` once the result is reshaped (seed L12151-L12153).
 */
import { parseResource } from "../../asl/catalog/resource";
import { getOwn, type JsonObject, type JsonValue } from "../../asl/json";
import type { StateType } from "../../asl/types";
import { LAMBDA_INVOKE } from "./lambdaParameters";

export type IoField = "InputPath" | "Parameters" | "ResultSelector" | "ResultPath" | "OutputPath";

const PATH_IO: readonly StateType[] = ["Pass", "Task", "Choice", "Wait", "Parallel", "Map", "Succeed"];

/** Input tab fields. Task Parameters live in the Configuration tab (API parameters); Map's are deprecated (ItemSelector). */
export function inputFieldsFor(type: StateType | undefined): IoField[] {
  if (type === undefined || !PATH_IO.includes(type)) return [];
  return type === "Pass" || type === "Parallel" ? ["InputPath", "Parameters"] : ["InputPath"];
}

export function outputFieldsFor(type: StateType | undefined): IoField[] {
  if (type === undefined || !PATH_IO.includes(type)) return [];
  const fields: IoField[] = [];
  if (type === "Task" || type === "Parallel" || type === "Map") fields.push("ResultSelector");
  if (type === "Task" || type === "Parallel" || type === "Map" || type === "Pass") fields.push("ResultPath");
  fields.push("OutputPath");
  return fields;
}

export function isLambdaInvoke(state: JsonObject): boolean {
  const resource = getOwn(state, "Resource");
  return getOwn(state, "Type") === "Task" && typeof resource === "string" && parseResource(resource).integrationId === LAMBDA_INVOKE && parseResource(resource).kind === "optimized";
}

/** What a checkbox turns on: the identity for paths, `$.result` for ResultPath, `$.Payload` for Lambda. */
export function ioDefault(field: IoField, state: JsonObject): JsonValue {
  const lambda = isLambdaInvoke(state);
  switch (field) {
    case "InputPath":
      return "$";
    case "Parameters":
      return {};
    case "ResultSelector":
      return lambda ? { "Payload.$": "$.Payload" } : {};
    case "ResultPath":
      return "$.result";
    case "OutputPath":
      return lambda ? "$.Payload" : "$";
  }
}

/**
 * Workflow Studio gives Lambda Invoke `OutputPath: "$.Payload"`. Once ResultSelector or ResultPath
 * reshapes the result, that default no longer finds the Payload (seed L12151-L12153, L12170-L12174):
 * the note says so and what to write instead.
 */
export function lambdaPayloadNote(state: JsonObject): string | undefined {
  if (!isLambdaInvoke(state) || getOwn(state, "OutputPath") !== "$.Payload") return undefined;
  if (getOwn(state, "ResultSelector") !== undefined) {
    return 'ResultSelector already reshapes the Lambda result, so OutputPath "$.Payload" selects a field your ResultSelector may not produce. Update or clear OutputPath.';
  }
  const resultPath = getOwn(state, "ResultPath");
  if (resultPath === null) return 'ResultPath discards the Lambda result, so OutputPath "$.Payload" reads the original input, not the function\'s output. Update or clear OutputPath.';
  if (typeof resultPath === "string" && resultPath !== "$") {
    return `ResultPath puts the Lambda result at ${resultPath}, so its payload is now at ${resultPath}.Payload, not $.Payload. Update OutputPath.`;
  }
  return undefined;
}
