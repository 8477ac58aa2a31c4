/**
 * Payload size checks (256 KB as UTF-8 JSON text, seed L40845–L40852 → States.DataLimitExceeded).
 *
 * Serialising every value on every transition would dominate a run's cost. Instead the size of
 * the JSON text is computed structurally, and the size of every object/array of at least
 * MEMO_MIN_BYTES is memoised in a WeakMap. The interpreter never mutates a value once it is built
 * (ResultPath copies only the objects on its path), so a cached size stays valid: a state that
 * passes a large input through pays only for the few new, small nodes around it, and small
 * values (the common case) never touch the WeakMap. The figure equals
 * `Buffer.byteLength(JSON.stringify(value))`.
 */
import type { JsonValue } from "../json";

/** 256 KB (seed L40845–L40852). */
export const MAX_PAYLOAD_BYTES = 262_144;

const sizes = new WeakMap<object, number>();
/** Nodes smaller than this are cheaper to re-measure than to memoise. */
const MEMO_MIN_BYTES = 2048;

/** UTF-8 bytes of a JSON string literal, quotes and escapes included. */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20) bytes += c === 0x22 || c === 0x5c ? 2 : 1;
      else bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 6; // lone surrogate: JSON.stringify writes \udxxx
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/**
 * Length of a number as JSON text. Integers below 1e21 (written without an exponent) are
 * counted digit by digit, without making the string; other numbers as `String` writes them.
 */
export function numberBytes(value: number): number {
  if (!Number.isFinite(value)) return 4; // null
  if (Number.isInteger(value) && value > -1e21 && value < 1e21) {
    let bytes = 1;
    let magnitude = value;
    if (magnitude < 0) {
      magnitude = -magnitude;
      bytes = 2;
    }
    for (let power = 10; magnitude >= power && bytes < 22; power *= 10) bytes++;
    return bytes;
  }
  return String(value).length;
}

/** Byte length of `JSON.stringify(value)` in UTF-8 (undefined → 0). */
export function jsonByteSize(value: JsonValue | undefined): number {
  if (value === undefined) return 0;
  if (value === null) return 4;
  switch (typeof value) {
    case "string":
      return jsonStringBytes(value);
    case "number":
      return numberBytes(value);
    case "boolean":
      return value ? 4 : 5;
    default:
      break;
  }
  let bytes: number;
  if (Array.isArray(value)) {
    if (value.length > 16) {
      const cached = sizes.get(value);
      if (cached !== undefined) return cached;
    }
    bytes = 2 + (value.length > 0 ? value.length - 1 : 0);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      bytes += item === undefined ? 4 : jsonByteSize(item);
    }
  } else {
    const cached = sizes.get(value);
    if (cached !== undefined) return cached;
    bytes = 2;
    let count = 0;
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const item = value[key];
      if (item === undefined) continue;
      bytes += jsonStringBytes(key) + 1 + jsonByteSize(item);
      count++;
    }
    if (count > 1) bytes += count - 1;
  }
  if (bytes >= MEMO_MIN_BYTES) sizes.set(value, bytes);
  return bytes;
}

/**
 * Records the size of a value whose size is known without measuring it (a Map's result: the
 * sum of its iterations' measured outputs), so the check that follows does not walk it again.
 * Only for values as large as those `jsonByteSize` memoises itself.
 */
export function rememberPayloadBytes(value: JsonValue, bytes: number): void {
  if (value !== null && typeof value === "object" && bytes >= MEMO_MIN_BYTES) sizes.set(value, bytes);
}

export function exceedsPayloadLimit(value: JsonValue | undefined, limit = MAX_PAYLOAD_BYTES): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "number" || typeof value === "boolean") return false;
  if (typeof value === "string") return value.length * 1 > limit / 6 ? jsonStringBytes(value) > limit : false;
  return jsonByteSize(value) > limit;
}
