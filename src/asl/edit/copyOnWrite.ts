/**
 * Copy-on-write helpers over plain JSON objects. They never mutate their arguments, keep key
 * order (a replaced key keeps its position) and store `__proto__` as data.
 */
import { getOwn, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from "../json";
import type { StateMachine } from "../types";

/** Views a typed definition as plain JSON, to edit documents that may not match the types. */
export function asJson(definition: StateMachine): JsonObject {
  return definition as unknown as JsonObject;
}

export function asMachine(json: JsonObject): StateMachine {
  return json as unknown as StateMachine;
}

export function copyObject(source: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) setOwn(copy, key, getOwn(source, key) as JsonValue);
  return copy;
}

/** `source` with `key` set; an existing key keeps its position, a new one goes last. */
export function withKey(source: JsonObject, key: string, value: JsonValue): JsonObject {
  if (hasOwn(source, key) && getOwn(source, key) === value) return source;
  const copy = copyObject(source);
  setOwn(copy, key, value);
  return copy;
}

export function withoutKey(source: JsonObject, key: string): JsonObject {
  if (!hasOwn(source, key)) return source;
  const copy: JsonObject = {};
  for (const k of Object.keys(source)) if (k !== key) setOwn(copy, k, getOwn(source, k) as JsonValue);
  return copy;
}

/**
 * `source` with `oldKey` replaced by `newKey: value` at the same position (appended when `oldKey`
 * is absent). Any other occurrence of `newKey` is dropped.
 */
export function replaceKey(source: JsonObject, oldKey: string, newKey: string, value: JsonValue): JsonObject {
  if (!hasOwn(source, oldKey)) return withKey(source, newKey, value);
  const copy: JsonObject = {};
  for (const k of Object.keys(source)) {
    if (k === oldKey) setOwn(copy, newKey, value);
    else if (k !== newKey) setOwn(copy, k, getOwn(source, k) as JsonValue);
  }
  return copy;
}

/**
 * `source` with `entries` inserted right after `afterKey`; at the start when `afterKey` is
 * undefined, at the end when it is not found. Existing keys named in `entries` are replaced.
 */
export function insertAfter(source: JsonObject, afterKey: string | undefined, entries: readonly [string, JsonValue][]): JsonObject {
  const inserted = new Set(entries.map(([key]) => key));
  const copy: JsonObject = {};
  const put = () => entries.forEach(([key, value]) => setOwn(copy, key, value));
  if (afterKey === undefined) put();
  let placed = afterKey === undefined;
  for (const k of Object.keys(source)) {
    if (!inserted.has(k)) setOwn(copy, k, getOwn(source, k) as JsonValue);
    if (k === afterKey && !placed) {
      put();
      placed = true;
    }
  }
  if (!placed) put();
  return copy;
}

/** `source` with `key: value` placed right before `beforeKey` (appended when absent). */
export function insertBefore(source: JsonObject, beforeKey: string, key: string, value: JsonValue): JsonObject {
  if (hasOwn(source, key) || !hasOwn(source, beforeKey)) return withKey(source, key, value);
  const copy: JsonObject = {};
  for (const k of Object.keys(source)) {
    if (k === beforeKey) setOwn(copy, key, value);
    setOwn(copy, k, getOwn(source, k) as JsonValue);
  }
  return copy;
}

/** Rebuilds an object with its keys renamed by `rename` (same order); returns `source` if nothing changed. */
export function renameKeys(source: JsonObject, rename: (key: string) => string): JsonObject {
  const keys = Object.keys(source);
  if (keys.every((k) => rename(k) === k)) return source;
  const copy: JsonObject = {};
  for (const k of keys) setOwn(copy, rename(k), getOwn(source, k) as JsonValue);
  return copy;
}

/** Maps the values of an object, sharing it when no value changes. */
export function mapValues(source: JsonObject, map: (value: JsonValue, key: string) => JsonValue): JsonObject {
  let copy: JsonObject | undefined;
  for (const k of Object.keys(source)) {
    const value = getOwn(source, k) as JsonValue;
    const next = map(value, k);
    if (next !== value) {
      copy ??= copyObject(source);
      setOwn(copy, k, next);
    }
  }
  return copy ?? source;
}

/** Maps the elements of an array, sharing it when no element changes. */
export function mapArray(source: readonly JsonValue[], map: (value: JsonValue, index: number) => JsonValue): JsonValue[] {
  let changed = false;
  const result = source.map((value, index) => {
    const next = map(value, index);
    if (next !== value) changed = true;
    return next;
  });
  return changed ? result : (source as JsonValue[]);
}

const INDEX = /^(0|[1-9]\d*)$/;

function isContainer(value: JsonValue | undefined): value is JsonObject | JsonValue[] {
  return typeof value === "object" && value !== null;
}

/**
 * Sets (or, with `undefined`, removes) the value at `segments`, copying only the containers on
 * the path. Setting creates missing (or non-container) intermediates as objects; `-` appends to
 * an array. Removing a missing path returns `root` itself; removing an array element splices it.
 */
export function setIn(root: JsonValue, segments: readonly string[], value: JsonValue | undefined): JsonValue | undefined {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (value === undefined && !isContainer(root)) return root;
  const child = (current: JsonValue | undefined): JsonValue | undefined => {
    if (rest.length === 0) return value;
    if (current === undefined && value === undefined) return undefined;
    return setIn(isContainer(current) ? current : {}, rest, value);
  };
  if (Array.isArray(root)) {
    const index = head === "-" ? root.length : INDEX.test(head) ? Number(head) : -1;
    if (index < 0 || index > root.length || (index === root.length && value === undefined)) return root;
    const current = root[index];
    const next = child(current);
    if (next === current) return root;
    const copy = [...root];
    if (next === undefined) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const object: JsonObject = isJsonObject(root) ? root : {};
  const current = getOwn(object, head);
  const next = child(current);
  if (next === current && hasOwn(object, head) === (next !== undefined)) return object;
  return next === undefined ? withoutKey(object, head) : withKey(object, head, next);
}
