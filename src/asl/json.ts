/** A JSON value as it appears in a definition, an execution input or a task result. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Sets an own, enumerable property even when the key is `__proto__`: a plain assignment of
 * `__proto__` would change the object's prototype instead of storing data.
 */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** Reads an own property only, so `constructor`, `toString` and the like are never mistaken for data. */
export function getOwn(target: JsonObject, key: string): JsonValue | undefined {
  return hasOwn(target, key) ? target[key] : undefined;
}

export function deepClone<T extends JsonValue>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => deepClone(item)) as T;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setOwn(copy, key, deepClone(value[key] as JsonValue));
  return copy as T;
}

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ao = a as JsonObject;
  const bo = b as JsonObject;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((key) => hasOwn(bo, key) && deepEqual(ao[key], bo[key]));
}

/** JSON Pointer (RFC 6901) helpers. Pointers address nodes of a definition: "/States/Charge card/Next". */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most names need no escaping; skip the two regex passes for them (parsing calls this per node).
  if (text.indexOf("~") < 0 && text.indexOf("/") < 0) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + escapePointerSegment(s)).join("");
}

export function appendPointer(pointer: string, ...segments: (string | number)[]): string {
  let result = pointer;
  for (const segment of segments) result += "/" + escapePointerSegment(segment);
  return result;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapePointerSegment);
}

export function getAtPointer(root: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    } else if (isJsonObject(node)) {
      node = getOwn(node, segment);
    } else {
      return undefined;
    }
  }
  return node;
}
