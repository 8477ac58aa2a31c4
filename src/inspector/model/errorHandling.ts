/**
 * Retriers and catchers (seed L10793–L11010, L12353-L12392): add, reorder, remove, and the error
 * names they match. `States.ALL` must be alone and last, so a new entry goes before a catch-all.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import { arrayAt, moveItem, removeItem, setKey } from "./objects";

export type ErrorHandlerList = "Retry" | "Catch";

/**
 * The predefined error names a retrier or catcher can match (seed L10687–L10777), catch-all
 * first. States.Runtime and States.DataLimitExceeded are left out: they are never retried or
 * caught (seed L10714, L10762).
 */
export const PREDEFINED_ERRORS: readonly string[] = [
  "States.ALL",
  "States.TaskFailed",
  "States.Timeout",
  "States.HeartbeatTimeout",
  "States.Permissions",
  "States.ResultPathMatchFailure",
  "States.ParameterPathFailure",
  "States.IntrinsicFailure",
  "States.NoChoiceMatched",
  "States.ExceedToleratedFailureThreshold",
  "States.ItemReaderFailed",
  "States.ResultWriterFailed",
];

/** Errors worth suggesting for a Lambda Invoke Task (seed L10781–L10790). */
export const LAMBDA_ERRORS: readonly string[] = [
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.TooManyRequestsException",
  "Lambda.ClientExecutionTimeoutException",
  "Lambda.Unknown",
];

/** Retry defaults the ASL applies when a field is left out (seed L10815–L10851). */
export const RETRIER_DEFAULTS = { IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: "NONE" } as const;

function catchesAll(entry: JsonValue | undefined): boolean {
  return isJsonObject(entry) && arrayAt(entry, "ErrorEquals").includes("States.ALL");
}

/** Inserts `entry` last, or just before a trailing catch-all entry. */
function insertBeforeCatchAll(items: JsonValue[], entry: JsonObject): JsonValue[] {
  const last = items[items.length - 1];
  if (!catchesAll(last)) return [...items, entry];
  return [...items.slice(0, -1), entry, last as JsonValue];
}

/**
 * Adds a retrier: `States.ALL` with the default timing when none catches everything yet,
 * otherwise `States.TaskFailed`, placed before the catch-all.
 */
export function addRetrier(state: JsonObject): JsonObject {
  const items = arrayAt(state, "Retry");
  const hasCatchAll = items.some(catchesAll);
  const retrier: JsonObject = { ErrorEquals: [hasCatchAll ? "States.TaskFailed" : "States.ALL"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 };
  return setKey(state, "Retry", insertBeforeCatchAll(items, retrier));
}

/** Adds a catcher that sends the error to `next` (same placement rule as addRetrier). */
export function addCatcher(state: JsonObject, next: string): JsonObject {
  const items = arrayAt(state, "Catch");
  const hasCatchAll = items.some(catchesAll);
  const catcher: JsonObject = { ErrorEquals: [hasCatchAll ? "States.TaskFailed" : "States.ALL"], Next: next };
  return setKey(state, "Catch", insertBeforeCatchAll(items, catcher));
}

export function moveHandler(state: JsonObject, list: ErrorHandlerList, from: number, to: number): JsonObject {
  return setKey(state, list, moveItem(arrayAt(state, list), from, to));
}

/** Removes one retrier or catcher; the field goes when the list is empty. */
export function removeHandler(state: JsonObject, list: ErrorHandlerList, index: number): JsonObject {
  const rest = removeItem(arrayAt(state, list), index);
  return setKey(state, list, rest.length === 0 ? undefined : rest);
}

export function readErrorNames(handler: JsonObject): string[] {
  return arrayAt(handler, "ErrorEquals").filter((name): name is string => typeof name === "string");
}

/** Adds an error name (trimmed; ignored when empty or already listed). */
export function addErrorName(handler: JsonObject, name: string): JsonObject {
  const trimmed = name.trim();
  const names = arrayAt(handler, "ErrorEquals");
  if (trimmed === "" || names.includes(trimmed)) return handler;
  return setKey(handler, "ErrorEquals", [...names, trimmed]);
}

export function removeErrorName(handler: JsonObject, name: string): JsonObject {
  return setKey(handler, "ErrorEquals", arrayAt(handler, "ErrorEquals").filter((n) => n !== name));
}

/** A catcher's ResultPath as the form shows it: the default, a path, or discard (null). */
export type ResultPathMode = "default" | "path" | "discard";

export function readResultPathMode(node: JsonObject): { mode: ResultPathMode; path: string } {
  const value = getOwn(node, "ResultPath");
  if (value === undefined) return { mode: "default", path: "" };
  if (value === null) return { mode: "discard", path: "" };
  return { mode: "path", path: typeof value === "string" ? value : "" };
}

/**
 * Sets a ResultPath through the form: "default" removes the field (the result replaces the
 * input), "path" writes `path`, "discard" writes null (the input passes through unchanged).
 */
export function setResultPathMode(node: JsonObject, mode: ResultPathMode, path: string): JsonObject {
  return setKey(node, "ResultPath", mode === "default" ? undefined : mode === "discard" ? null : path);
}
