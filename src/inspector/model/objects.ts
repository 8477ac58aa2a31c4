/**
 * Small copy-on-write helpers the inspector's form ↔ ASL mappings share. They never mutate their
 * arguments and keep key order: a replaced key keeps its position, a new key goes last.
 */
import { withKey, withoutKey } from "../../asl/edit/copyOnWrite";
import { getOwn, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../asl/json";

/** `source` with `key` set to `value`, or without `key` when `value` is undefined. */
export function setKey(source: JsonObject, key: string, value: JsonValue | undefined): JsonObject {
  return value === undefined ? withoutKey(source, key) : withKey(source, key, value);
}

/**
 * `source` with the first of `keys` that is present replaced, at its position, by `newKey: value`
 * (or removed when `value` is undefined); the other `keys` are dropped. When none is present the
 * new key goes last. Used for fields that come as a pair, like TimeoutSeconds/TimeoutSecondsPath.
 */
export function swapKey(source: JsonObject, keys: readonly string[], newKey: string, value: JsonValue | undefined): JsonObject {
  const present = keys.find((key) => hasOwn(source, key));
  if (present === undefined) return setKey(source, newKey, value);
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) {
    if (key === present) {
      if (value !== undefined) setOwn(copy, newKey, value);
    } else if (!keys.includes(key) && key !== newKey) {
      setOwn(copy, key, getOwn(source, key) as JsonValue);
    }
  }
  return copy;
}

/** The object at `key`, or an empty object when it is missing or not an object. */
export function objectAt(source: JsonObject, key: string): JsonObject {
  const value = getOwn(source, key);
  return isJsonObject(value) ? value : {};
}

/** The array at `key`, or an empty array when it is missing or not an array. */
export function arrayAt(source: JsonObject, key: string): JsonValue[] {
  const value = getOwn(source, key);
  return Array.isArray(value) ? value : [];
}

/** `items` with the element at `from` moved to `to`; out-of-range indexes return `items` unchanged. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < items.length;
  if (!inRange(from) || !inRange(to) || from === to) return [...items];
  const result = items.filter((_, i) => i !== from);
  result.splice(to, 0, items[from] as T);
  return result;
}

/** `items` without the element at `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
