/**
 * The Lambda Invoke form (seed L11752-L11767): the function name, entered (`FunctionName`) or
 * taken from the input at run time (`FunctionName.$`), and the payload: the state input
 * (`"Payload.$": "$"`), the user's own JSON (`Payload`), or none.
 */
import { getOwn, hasOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { swapKey } from "./objects";

export type FunctionNameSource = "name" | "input";
export type PayloadMode = "input" | "custom" | "none";

export const LAMBDA_INVOKE = "lambda:invoke";
export const DEFAULT_FUNCTION_NAME = "arn:aws:lambda:us-east-1:123456789012:function:functionName";
export const DEFAULT_FUNCTION_NAME_PATH = "$.functionName";

const FUNCTION_KEYS = ["FunctionName", "FunctionName.$"];
const PAYLOAD_KEYS = ["Payload", "Payload.$"];

export function readFunctionName(parameters: JsonObject): { source: FunctionNameSource; value: string } {
  const byPath = getOwn(parameters, "FunctionName.$");
  if (typeof byPath === "string" && !hasOwn(parameters, "FunctionName")) return { source: "input", value: byPath };
  const name = getOwn(parameters, "FunctionName");
  return { source: "name", value: typeof name === "string" ? name : "" };
}

/** Switches how the function is named, keeping the key's position. */
export function setFunctionNameSource(parameters: JsonObject, source: FunctionNameSource): JsonObject {
  if (readFunctionName(parameters).source === source && (hasOwn(parameters, "FunctionName") || hasOwn(parameters, "FunctionName.$"))) return parameters;
  return source === "name" ? swapKey(parameters, FUNCTION_KEYS, "FunctionName", DEFAULT_FUNCTION_NAME) : swapKey(parameters, FUNCTION_KEYS, "FunctionName.$", DEFAULT_FUNCTION_NAME_PATH);
}

export function setFunctionName(parameters: JsonObject, source: FunctionNameSource, value: string): JsonObject {
  return swapKey(parameters, FUNCTION_KEYS, source === "name" ? "FunctionName" : "FunctionName.$", value);
}

export function readPayload(parameters: JsonObject): { mode: PayloadMode; value: JsonValue | undefined } {
  if (hasOwn(parameters, "Payload")) return { mode: "custom", value: getOwn(parameters, "Payload") };
  if (hasOwn(parameters, "Payload.$")) return { mode: "input", value: getOwn(parameters, "Payload.$") };
  return { mode: "none", value: undefined };
}

/** Switches the payload mode with its default: `$` for the state input, `{}` for custom JSON. */
export function setPayloadMode(parameters: JsonObject, mode: PayloadMode): JsonObject {
  if (readPayload(parameters).mode === mode) return parameters;
  if (mode === "none") return swapKey(parameters, PAYLOAD_KEYS, "Payload", undefined);
  return mode === "input" ? swapKey(parameters, PAYLOAD_KEYS, "Payload.$", "$") : swapKey(parameters, PAYLOAD_KEYS, "Payload", {});
}
