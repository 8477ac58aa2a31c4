/**
 * JSONata states' data (Transforming data with JSONata in Step Functions): a field's value is
 * JSON in which any string written `{% … %}` is an expression (objects and arrays are walked
 * at any depth; other strings are literals, corpus 0002). Expressions read `$states`
 * (`input`, `context`, and `result` / `errorOutput` where they exist, "Reserved variable:
 * $states") and the workflow variables in scope at state entry.
 *
 * Failures are States.QueryEvaluationError with AWS's recorded causes:
 * - "The JSONata expression '<expr>' specified for the field '<Field/key>' returned nothing (undefined)." (corpus 0037, 0975)
 * - "... threw an error during evaluation. T1006: Attempted to invoke a non-function" (corpus 0735)
 * - "... returned an unexpected result type. Expected 'array', but was 'number' for value: 1" (corpus 0856–0876)
 * Each failure is also recorded as an EvaluationFailed history event.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../../json";
import { compileJsonata, evaluateJsonata, JsonataEvaluationError, JsonataSyntaxError, jsonataTypeName, toJsonValue, UnsupportedResultError, type CompiledJsonata } from "../../jsonata/engine";
import { isJsonataExpression, jsonataBody, jsonataQuoted } from "../../jsonata/expression";
import { queryEvaluationError } from "../errors/statesErrors";
import type { StatesError } from "../errors/StatesError";
import { variablesOf } from "../runtime";
import type { Visit } from "../visit";

export type JsonataTemplate =
  | { kind: "static"; value: JsonValue }
  | { kind: "expression"; field: string; quoted: string; compiled: CompiledJsonata | JsonataSyntaxError }
  | { kind: "object"; entries: { key: string; node: JsonataTemplate }[] }
  | { kind: "array"; items: JsonataTemplate[] };

/**
 * Compiles a field's value. `field` names it in causes: nested values add `/key` (AWS:
 * 'Output/FunctionResult', corpus 0735) and `[i]` for array items (DECISION, not recorded).
 */
export function compileJsonataTemplate(value: JsonValue, field: string): JsonataTemplate {
  if (typeof value === "string") {
    if (!isJsonataExpression(value)) return { kind: "static", value };
    let compiled: CompiledJsonata | JsonataSyntaxError;
    try {
      compiled = compileJsonata(jsonataBody(value));
    } catch (error) {
      if (!(error instanceof JsonataSyntaxError)) throw error;
      compiled = error;
    }
    return { kind: "expression", field, quoted: jsonataQuoted(value), compiled };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => compileJsonataTemplate(item, `${field}[${i}]`));
    return items.every((item) => item.kind === "static") ? { kind: "static", value } : { kind: "array", items };
  }
  if (isJsonObject(value)) {
    const entries = Object.keys(value).map((key) => ({ key, node: compileJsonataTemplate(value[key] as JsonValue, `${field}/${key}`) }));
    return entries.every((entry) => entry.node.kind === "static") ? { kind: "static", value } : { kind: "object", entries };
  }
  return { kind: "static", value };
}

/** The `$states` of one evaluation context (a state visit's stage). `context` is built only when read. */
export interface StatesValue {
  input: JsonValue;
  result?: JsonValue;
  errorOutput?: JsonValue;
  readonly context: JsonValue;
}

export function statesValue(visit: Visit, input: JsonValue, extra?: { result?: JsonValue; errorOutput?: JsonValue }): StatesValue {
  const states = { input } as StatesValue;
  if (extra?.result !== undefined) states.result = extra.result;
  if (extra?.errorOutput !== undefined) states.errorOutput = extra.errorOutput;
  Object.defineProperty(states, "context", { get: () => visit.context(), enumerable: true, configurable: true });
  // The getter reads the visit live (a Map's ItemSelector sees each item), and an expression
  // may return `$states` itself: this visit object must never be reused for another visit.
  visit.pinned = true;
  return states;
}

/** Records the failure (EvaluationFailed event) and returns the error to throw. */
export function queryFailure(visit: Visit, field: string | undefined, message: string): StatesError {
  const error = queryEvaluationError(visit, message);
  const details: { error: string; cause?: string; location?: string; state: string } = { error: error.error as string, state: visit.stateName };
  if (error.cause !== undefined) details.cause = error.cause;
  if (field !== undefined) details.location = field;
  visit.run.emit(visit.frame, { type: "EvaluationFailed", evaluationFailedEventDetails: details });
  return error;
}

function evaluateExpression(node: Extract<JsonataTemplate, { kind: "expression" }>, states: StatesValue, visit: Visit): JsonValue {
  const where = `The JSONata expression '${node.quoted}' specified for the field '${node.field}'`;
  if (node.compiled instanceof JsonataSyntaxError) {
    throw queryFailure(visit, node.field, `${where} could not be parsed: ${node.compiled.message} (at character ${node.compiled.offset + 1}).`);
  }
  const bindings = Object.create(variablesOf(visit.frame).snapshot()) as Record<string | symbol, unknown>;
  Object.defineProperty(bindings, "states", { value: states, enumerable: true, writable: true, configurable: true });
  let raw: unknown;
  try {
    raw = evaluateJsonata(node.compiled, bindings, { random: visit.random, now: visit.frame.now, ...(visit.run.options.jsonataTimeLimitMs !== undefined ? { timeLimitMs: visit.run.options.jsonataTimeLimitMs } : {}) });
  } catch (error) {
    if (error instanceof JsonataEvaluationError) throw queryFailure(visit, node.field, `${where} threw an error during evaluation. ${error.detail}`);
    throw error;
  }
  let value: JsonValue | undefined;
  try {
    value = toJsonValue(raw);
  } catch (error) {
    if (error instanceof UnsupportedResultError) throw queryFailure(visit, node.field, `${where} returned an unsupported result type.`);
    throw error;
  }
  if (value === undefined) throw queryFailure(visit, node.field, `${where} returned nothing (undefined).`);
  return value;
}

/** Evaluates a compiled field value: every expression in it, the rest as written. */
export function evaluateJsonataTemplate(node: JsonataTemplate, states: StatesValue, visit: Visit): JsonValue {
  switch (node.kind) {
    case "static":
      return node.value;
    case "expression":
      return evaluateExpression(node, states, visit);
    case "object": {
      const out: JsonObject = {};
      for (const entry of node.entries) {
        Object.defineProperty(out, entry.key, { value: evaluateJsonataTemplate(entry.node, states, visit), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "array":
      return node.items.map((item) => evaluateJsonataTemplate(item, states, visit));
  }
}

export type ExpectedType = "array" | "string" | "boolean" | "number" | "integer" | "object";

function hasType(value: JsonValue, expected: ExpectedType): boolean {
  switch (expected) {
    case "array":
      return Array.isArray(value);
    case "object":
      return isJsonObject(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    default:
      return typeof value === expected;
  }
}

/**
 * A field whose value must have one type (Items: an array; Seconds: an integer; Condition: a
 * boolean…). A wrong type from an expression gets AWS's wording (corpus 0856–0876).
 */
export function evaluateTyped(node: JsonataTemplate, expected: ExpectedType, field: string, states: StatesValue, visit: Visit): JsonValue {
  const value = evaluateJsonataTemplate(node, states, visit);
  if (hasType(value, expected)) return value;
  const shown = JSON.stringify(value);
  if (node.kind === "expression") {
    throw queryFailure(visit, field, `The JSONata expression '${node.quoted}' specified for the field '${field}' returned an unexpected result type. Expected '${expected}', but was '${jsonataTypeName(value)}' for value: ${shown}`);
  }
  throw queryFailure(visit, field, `The field '${field}' must be of type '${expected}', but was '${jsonataTypeName(value)}' for value: ${shown}`);
}
