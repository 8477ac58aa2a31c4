/**
 * Choice comparison operators (asl-semantics §2.3, seed L4222–L4298). No coercion: an operand of
 * the wrong type makes the comparison false, not an error (DECISION per the guide's "no
 * coercion" and recorded AWS behaviour in the choice-matrix corpus).
 */
import type { JsonValue } from "../../json";
import { compareInstants, parseTimestamp } from "./timestamp";

export type Comparison = (left: JsonValue, right: JsonValue) => boolean;

const strings = (test: (a: string, b: string) => boolean): Comparison => (a, b) => typeof a === "string" && typeof b === "string" && test(a, b);
const numbers = (test: (a: number, b: number) => boolean): Comparison => (a, b) => typeof a === "number" && typeof b === "number" && test(a, b);
const timestamps =
  (test: (order: number) => boolean): Comparison =>
  (a, b) => {
    if (typeof a !== "string" || typeof b !== "string") return false;
    const left = parseTimestamp(a);
    const right = parseTimestamp(b);
    return left !== undefined && right !== undefined && test(compareInstants(left, right));
  };

/** String ordering is UTF-16 code-unit order, like Java's String.compareTo (seed L4291). */
export const COMPARISONS: Record<string, Comparison> = {
  StringEquals: strings((a, b) => a === b),
  StringLessThan: strings((a, b) => a < b),
  StringGreaterThan: strings((a, b) => a > b),
  StringLessThanEquals: strings((a, b) => a <= b),
  StringGreaterThanEquals: strings((a, b) => a >= b),
  NumericEquals: numbers((a, b) => a === b),
  NumericLessThan: numbers((a, b) => a < b),
  NumericGreaterThan: numbers((a, b) => a > b),
  NumericLessThanEquals: numbers((a, b) => a <= b),
  NumericGreaterThanEquals: numbers((a, b) => a >= b),
  BooleanEquals: (a, b) => typeof a === "boolean" && typeof b === "boolean" && a === b,
  TimestampEquals: timestamps((o) => o === 0),
  TimestampLessThan: timestamps((o) => o < 0),
  TimestampGreaterThan: timestamps((o) => o > 0),
  TimestampLessThanEquals: timestamps((o) => o <= 0),
  TimestampGreaterThanEquals: timestamps((o) => o >= 0),
};

/**
 * StringMatches: `*` matches any run of characters, `\*` a literal star, `\\` a literal
 * backslash; nothing else is special (seed L4296–L4298).
 */
export function compileStringMatches(pattern: string): RegExp {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "\\" && i + 1 < pattern.length && (pattern[i + 1] === "*" || pattern[i + 1] === "\\")) {
      source += "\\" + pattern[i + 1];
      i++;
    } else if (ch === "*") {
      source += "[\\s\\S]*";
    } else {
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  return new RegExp(source + "$", "u");
}

export type TypeTest = (value: JsonValue | undefined) => boolean;

/** Is* tests. A missing variable is false for every test except IsPresent (DECISION, asl-semantics §2.3). */
export const TYPE_TESTS: Record<string, TypeTest> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === "number",
  IsString: (v) => typeof v === "string",
  IsBoolean: (v) => typeof v === "boolean",
  IsTimestamp: (v) => typeof v === "string" && parseTimestamp(v) !== undefined,
  IsPresent: (v) => v !== undefined,
};
