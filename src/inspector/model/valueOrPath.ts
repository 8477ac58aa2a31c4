/**
 * Fields that come as a constant and a `…Path` twin that reads the value from the input
 * (TimeoutSeconds/TimeoutSecondsPath, MaxConcurrency/MaxConcurrencyPath, Error/ErrorPath,
 * ToleratedFailureCount/ToleratedFailureCountPath, MaxItems/MaxItemsPath, …). The two exclude each
 * other, so the form shows one "source" choice and one input.
 */
import { getOwn, hasOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { swapKey } from "./objects";

export type ValueSource = "none" | "value" | "path";

export interface ValueOrPath {
  source: ValueSource;
  /** The key in use: `field` or `field + "Path"`. */
  key?: string;
  value?: JsonValue;
}

export function pathKeyOf(field: string): string {
  return `${field}Path`;
}

/** Which of `field` / `fieldPath` the object uses (the constant wins if both are there). */
export function readValueOrPath(node: JsonObject, field: string): ValueOrPath {
  if (hasOwn(node, field)) return { source: "value", key: field, value: getOwn(node, field) as JsonValue };
  const pathKey = pathKeyOf(field);
  if (hasOwn(node, pathKey)) return { source: "path", key: pathKey, value: getOwn(node, pathKey) as JsonValue };
  return { source: "none" };
}

/**
 * Switches between none, a constant and a path, keeping the field's position; the new value is
 * `initial` (the caller's sensible default). Choosing the current source changes nothing.
 */
export function setValueSource(node: JsonObject, field: string, source: ValueSource, initial: { value: JsonValue; path: string }): JsonObject {
  const keys = [field, pathKeyOf(field)];
  if (readValueOrPath(node, field).source === source) return node;
  if (source === "none") return swapKey(node, keys, field, undefined);
  return source === "value" ? swapKey(node, keys, field, initial.value) : swapKey(node, keys, pathKeyOf(field), initial.path);
}

/** Sets the value of whichever source is chosen; undefined clears the field (and its twin). */
export function setValueOrPath(node: JsonObject, field: string, source: Exclude<ValueSource, "none">, value: JsonValue | undefined): JsonObject {
  return swapKey(node, [field, pathKeyOf(field)], source === "value" ? field : pathKeyOf(field), value);
}
