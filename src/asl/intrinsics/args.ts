/** Argument checks shared by the intrinsic functions; each failure is an IntrinsicError. */
import { isJsonObject, type JsonObject, type JsonValue } from "../json";
import { IntrinsicError } from "./IntrinsicError";

export function typeName(value: JsonValue | undefined): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function expectArity(name: string, args: readonly JsonValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new IntrinsicError(`${name} takes ${expected} argument(s) but received ${args.length}.`);
  }
}

export function expectArray(name: string, value: JsonValue | undefined, position: number): JsonValue[] {
  if (!Array.isArray(value)) throw new IntrinsicError(`${name}: argument ${position} must be an array, not ${typeName(value)}.`);
  return value;
}

export function expectObject(name: string, value: JsonValue | undefined, position: number): JsonObject {
  if (!isJsonObject(value)) throw new IntrinsicError(`${name}: argument ${position} must be a JSON object, not ${typeName(value)}.`);
  return value;
}

export function expectString(name: string, value: JsonValue | undefined, position: number): string {
  if (typeof value !== "string") throw new IntrinsicError(`${name}: argument ${position} must be a string, not ${typeName(value)}.`);
  return value;
}

export function expectNumber(name: string, value: JsonValue | undefined, position: number): number {
  if (typeof value !== "number") throw new IntrinsicError(`${name}: argument ${position} must be a number, not ${typeName(value)}.`);
  return value;
}

/**
 * Integer arguments: non-integers are rounded to the nearest integer (seed L2703–L2735,
 * L3005–L3066). Rounding is half-up like Java's Math.round, which JS Math.round matches: AWS
 * recorded MathAdd(-1.49, -1.5) = -2 and MathAdd(-0.5, 0.5) = 1 (corpus 0719, 0731), so not
 * half-away-from-zero as our digest (asl-semantics §7.3) suggested.
 */
export function expectInteger(name: string, value: JsonValue | undefined, position: number): number {
  const n = expectNumber(name, value, position);
  const rounded = Math.round(n);
  return rounded === 0 ? 0 : rounded;
}

export function checkMaxLength(name: string, text: string, max: number): void {
  if (text.length > max) throw new IntrinsicError(`${name}: the input string is longer than ${max} characters.`);
}
