/**
 * What the JSONata-era fields of the inspector hold ("Transforming data with JSONata in Step
 * Functions"): Arguments, Output, Items, ItemSelector, Assign values and Condition take JSON in
 * which any string written `{% … %}` is an expression, or one expression as the whole value.
 * The form shows a whole-value expression bare (`{% $states.input.items %}`) and anything else
 * as JSON; both are parsed back here, and every expression's syntax is checked as the user
 * types, located in the field's text ("Line 1, column 12: …").
 *
 * Scalar fields that also take an expression in JSONata states (Wait Seconds/Timestamp, Fail
 * Error/Cause, TimeoutSeconds, MaxConcurrency…) have their own reader: a number (or text) or
 * an expression.
 */
import { deepEqual, isJsonObject, type JsonValue } from "../../asl/json";
import { jsonataSyntaxProblem } from "../../asl/jsonata/engine";
import { isJsonataExpression, jsonataBody } from "../../asl/jsonata/expression";
import { parseJsonText } from "./jsonText";
import { parseNumberText, type NumberRule } from "./numberText";

/** What the value must be when it is not an expression. */
export type ExpressionShape = "any" | "object" | "array" | "boolean";

export type ExpressionTextResult =
  | { ok: true; value: JsonValue; /** Syntax problems of the expressions in it, located. */ problems: string[]; warning?: string }
  | { ok: false; message: string };

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function located(text: string, offset: number, message: string): string {
  const { line, column } = lineColumn(text, offset);
  return `Line ${line}, column ${column}: ${message.replace(/\.?$/, ".")}`;
}

/** The syntax problem of one `{% … %}` string (decoded), with its offset in the decoded string. */
function expressionProblem(expression: string): { offset: number; message: string } | undefined {
  const problem = jsonataSyntaxProblem(jsonataBody(expression));
  return problem ? { offset: 2 + problem.offset, message: `JSONata syntax: ${problem.message}` } : undefined;
}

/** The offset in a raw JSON string token (from its opening quote) of the decoded character `index`. */
function rawOffset(raw: string, index: number): number {
  let decoded = 0;
  let i = 1;
  while (i < raw.length && decoded < index) {
    if (raw.charAt(i) === "\\") i += raw.charAt(i + 1) === "u" ? 6 : 2;
    else i++;
    decoded++;
  }
  return i;
}

const STRING = /"(?:[^"\\]|\\.)*"/g;

/** Located syntax problems of the expressions in JSON text. */
function jsonExpressionProblems(text: string): string[] {
  const problems: string[] = [];
  STRING.lastIndex = 0;
  for (let match = STRING.exec(text); match; match = STRING.exec(text)) {
    const raw = match[0];
    if (/^\s*:/.test(text.slice(match.index + raw.length))) continue; // a key
    let decoded: unknown;
    try {
      decoded = JSON.parse(raw);
    } catch {
      continue;
    }
    if (!isJsonataExpression(decoded)) continue;
    const problem = expressionProblem(decoded);
    if (problem) problems.push(located(text, match.index + rawOffset(raw, problem.offset), problem.message));
  }
  return problems;
}

const SHAPE_NAMES: Record<Exclude<ExpressionShape, "any">, string> = { object: "a JSON object ({ … })", array: "a JSON array ([ … ])", boolean: "true or false" };

/** Parses a field's text: a bare `{% … %}` expression, or JSON (whose strings may be expressions). */
export function parseExpressionText(text: string, shape: ExpressionShape = "any"): ExpressionTextResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: shape === "object" ? "Enter a JSON object, or an expression {% … %}." : "Enter a JSON value, or an expression {% … %}." };
  if (trimmed.startsWith("{%")) {
    if (!isJsonataExpression(trimmed)) return { ok: false, message: "An expression starts with {% and ends with %}." };
    const problem = expressionProblem(trimmed);
    const lead = text.length - text.trimStart().length;
    return { ok: true, value: trimmed, problems: problem ? [located(text, lead + problem.offset, problem.message)] : [] };
  }
  const parsed = parseJsonText(text, "any");
  if (!parsed.ok) {
    const hint = /^[A-Za-z$]/.test(trimmed) ? " Text goes in quotes; an expression in {% … %}." : "";
    return { ok: false, message: parsed.message + hint };
  }
  const value = parsed.value;
  if (shape === "object" && !isJsonObject(value)) return { ok: false, message: `This field needs ${SHAPE_NAMES.object} or an expression {% … %}.` };
  if (shape === "array" && !Array.isArray(value)) return { ok: false, message: `This field needs ${SHAPE_NAMES.array} or an expression {% … %}.` };
  if (shape === "boolean" && typeof value !== "boolean") return { ok: false, message: `This field needs ${SHAPE_NAMES.boolean} or an expression {% … %}.` };
  const result: ExpressionTextResult = { ok: true, value, problems: jsonExpressionProblems(text) };
  if (parsed.warning !== undefined) result.warning = parsed.warning;
  return result;
}

/** The text a field shows for a value: an expression bare, anything else as indented JSON. */
export function formatExpressionValue(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  if (isJsonataExpression(value)) return value;
  return JSON.stringify(value, null, 2);
}

/** True when `text` already says `value` (a re-render keeps the user's spacing). */
export function expressionTextMatches(text: string, value: JsonValue | undefined): boolean {
  if (value === undefined) return text.trim() === "";
  const parsed = parseExpressionText(text);
  return parsed.ok && deepEqual(parsed.value, value);
}

export type ScalarKind = { kind: "number"; rule: NumberRule } | { kind: "text" };

export type ScalarTextResult = { ok: true; value: JsonValue; problems: string[] } | { ok: false; message: string };

/**
 * A scalar field of a JSONata state: `{% … %}` is an expression (checked), anything else the
 * number or text itself.
 */
export function parseScalarOrExpression(text: string, scalar: ScalarKind): ScalarTextResult {
  const trimmed = text.trim();
  if (trimmed.startsWith("{%")) {
    if (!isJsonataExpression(trimmed)) return { ok: false, message: "An expression starts with {% and ends with %}." };
    const problem = expressionProblem(trimmed);
    const lead = text.length - text.trimStart().length;
    return { ok: true, value: trimmed, problems: problem ? [located(text, lead + problem.offset, problem.message)] : [] };
  }
  if (scalar.kind === "text") return { ok: true, value: text, problems: [] };
  const number = parseNumberText(text, scalar.rule);
  return number.ok ? { ok: true, value: number.value, problems: [] } : { ok: false, message: `${number.message.replace(/\.$/, "")}, or an expression {% … %}.` };
}

export function formatScalarValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
}
