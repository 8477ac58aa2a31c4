/**
 * The JSONata engine of the studio: jsonata 2.0.6 (the version Step Functions implements,
 * "Transforming data with JSONata in Step Functions": "Supported JSONata version") in a
 * synchronous build (vendor/jsonataSync.js), with Step Functions' functions (functions.ts).
 *
 * - `compileJsonata(text)` parses once per text (cached) and throws `JsonataSyntaxError` with
 *   the offset of the problem in the text;
 * - `evaluateJsonata(compiled, bindings, host)` evaluates synchronously. Variables and `$states`
 *   come in as bindings; `$now()`/`$millis()` read `host.now` (the run's virtual clock) and
 *   `$random()`/`$uuid()` the run's seedable random source.
 *
 * Untrusted definitions: jsonata is an expression language evaluated by its own interpreter
 * (never `eval`); path steps read own properties only (the vendored build is patched so
 * `$x.__proto__` and `$x.constructor` are nothing); no function that reaches a host object is
 * registered. Evaluation is bounded: nesting deeper than MAX_DEPTH, or running longer than
 * the time budget, fails cleanly with an error instead of overflowing the stack or hanging
 * the worker; `$range` refuses huge results.
 */
import type { JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import { STEP_FUNCTIONS_FUNCTIONS, StepFunctionsFunctionError, UNAVAILABLE_FUNCTIONS, type FunctionHost } from "./functions";
import jsonata, { type JsonataExpression, type JsonataNode, type JsonataRawError } from "./vendor/jsonataSync";

/** Evaluation nesting (jsonata's own evaluate calls) allowed before the expression is stopped. */
export const MAX_DEPTH = 600;
/** Default wall-clock budget of one evaluation, in milliseconds. */
export const DEFAULT_TIME_LIMIT_MS = 2_000;

export class JsonataSyntaxError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    /** Offset in the expression text where jsonata noticed the problem (0-based). */
    readonly offset: number,
    /** Length of the offending token (at least 1). */
    readonly length = 1,
  ) {
    super(message);
    this.name = "JsonataSyntaxError";
  }
}

/** An expression that failed while it ran: jsonata's code (T1006, D3030, …) when it has one. */
export class JsonataEvaluationError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    readonly offset: number | undefined,
  ) {
    super(message);
    this.name = "JsonataEvaluationError";
  }

  /** "T1006: Attempted to invoke a non-function", the way AWS shows it in causes (corpus 0735). */
  get detail(): string {
    return this.code ? `${this.code}: ${this.message}` : this.message;
  }
}

export interface CompiledJsonata {
  /** The expression text (the body of `{% … %}`). */
  text: string;
  ast: JsonataNode;
  expression: JsonataExpression;
}

export interface EvaluationHost {
  random: RandomSource;
  /** Virtual time in epoch milliseconds, for `$now()` and `$millis()`. */
  now: number;
  /** Wall-clock budget of the evaluation in ms (default DEFAULT_TIME_LIMIT_MS). */
  timeLimitMs?: number;
}

const NOW = Symbol.for("asl-studio.jsonata.now");
const ENTRY = Symbol.for("jsonata.__evaluate_entry");
const EXIT = Symbol.for("jsonata.__evaluate_exit");

// The evaluation in progress. jsonata runs synchronously here, so one slot is enough; nested
// evaluations (none today) would save and restore it.
let active: { host: EvaluationHost; depth: number; steps: number; deadline: number } | undefined;

class LimitExceeded extends Error {}

function onEntry(): void {
  const state = active;
  if (!state) return;
  if (++state.depth > MAX_DEPTH) throw new LimitExceeded(`The expression nests deeper than ${MAX_DEPTH} levels of evaluation (unbounded recursion?).`);
  if ((++state.steps & 1023) === 0 && Date.now() > state.deadline) {
    throw new LimitExceeded(`The expression ran longer than ${state.host.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS} ms and was stopped.`);
  }
}

function onExit(): void {
  if (active) active.depth--;
}

const functionHost = (): FunctionHost => {
  if (!active) throw new StepFunctionsFunctionError("No evaluation in progress.");
  return active.host;
};

const cache = new Map<string, CompiledJsonata | JsonataSyntaxError>();
const CACHE_LIMIT = 5000;

function rawError(value: unknown): JsonataRawError {
  return typeof value === "object" && value !== null ? (value as JsonataRawError) : { message: String(value) };
}

function compileUncached(text: string): CompiledJsonata | JsonataSyntaxError {
  if (text.trim() === "") return new JsonataSyntaxError(undefined, "The expression is empty.", 0);
  let expression: JsonataExpression;
  try {
    expression = jsonata(text);
  } catch (thrown) {
    const error = rawError(thrown);
    // jsonata's position is just past the offending token; point at the token itself when known.
    const end = typeof error.position === "number" ? error.position : 0;
    const token = typeof error.token === "string" ? error.token : "";
    if (token === "(end)") {
      // "Unexpected end of expression": point at the last thing written.
      const last = Math.max(0, text.trimEnd().length - 1);
      return new JsonataSyntaxError(error.code, error.message ?? "Syntax error", last, 1);
    }
    const offset = Math.max(0, Math.min(text.length, end - token.length));
    return new JsonataSyntaxError(error.code, error.message ?? "Syntax error", offset, Math.max(1, Math.min(token.length, text.length - offset)));
  }
  for (const fn of STEP_FUNCTIONS_FUNCTIONS) expression.registerFunction(fn.name, fn.make(functionHost), fn.signature);
  for (const name of UNAVAILABLE_FUNCTIONS) expression.assign(name, undefined);
  expression.assign(ENTRY, onEntry);
  expression.assign(EXIT, onExit);
  return { text, ast: expression.ast(), expression };
}

/** Parses a JSONata expression (cached by text). @throws JsonataSyntaxError */
export function compileJsonata(text: string): CompiledJsonata {
  let hit = cache.get(text);
  if (!hit) {
    hit = compileUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, hit);
  }
  if (hit instanceof JsonataSyntaxError) throw hit;
  return hit;
}

/** The syntax problem of an expression, or undefined when it parses (for the validator). */
export function jsonataSyntaxProblem(text: string): JsonataSyntaxError | undefined {
  try {
    compileJsonata(text);
    return undefined;
  } catch (error) {
    if (error instanceof JsonataSyntaxError) return error;
    throw error;
  }
}

function evaluationError(thrown: unknown): JsonataEvaluationError {
  if (thrown instanceof LimitExceeded || thrown instanceof StepFunctionsFunctionError) return new JsonataEvaluationError(undefined, thrown.message, undefined);
  if (thrown instanceof RangeError) {
    // A stack overflow or an allocation jsonata could not make ("Invalid string length").
    return new JsonataEvaluationError(undefined, /call stack/i.test(thrown.message) ? "The expression recursed too deeply." : thrown.message, undefined);
  }
  const error = rawError(thrown);
  return new JsonataEvaluationError(typeof error.code === "string" ? error.code : undefined, error.message ?? String(thrown), typeof error.position === "number" ? error.position : undefined);
}

/**
 * Evaluates a compiled expression. Returns undefined when it yields nothing (the caller words
 * "returned nothing (undefined)"); the value may still hold jsonata's own shapes (sequences):
 * pass it through `toJsonValue`.
 * @throws JsonataEvaluationError
 */
export function evaluateJsonata(compiled: CompiledJsonata, bindings: Record<string | symbol, unknown>, host: EvaluationHost): unknown {
  const previous = active;
  active = { host, depth: 0, steps: 0, deadline: Date.now() + (host.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) };
  bindings[NOW] = host.now;
  try {
    return compiled.expression.evaluate(undefined, bindings);
  } catch (thrown) {
    throw evaluationError(thrown);
  } finally {
    active = previous;
  }
}

/** What `toJsonValue` found that JSON cannot hold. */
export class UnsupportedResultError extends Error {}

/**
 * jsonata's result as plain JSON: sequences become arrays, and a value that is already plain is
 * returned as is (not copied). Functions (a lambda, a built-in) are not JSON: UnsupportedResultError.
 * Undefined members of objects are dropped, as JSON.stringify does.
 */
export function toJsonValue(value: unknown): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new UnsupportedResultError(`the number ${String(value)} cannot be represented in JSON`);
    return value;
  }
  if (typeof value === "function" || (typeof value === "object" && (isJsonataFunction(value)))) throw new UnsupportedResultError("a function is not a JSON value");
  if (Array.isArray(value)) {
    let copy: JsonValue[] | undefined = (value as { sequence?: unknown }).sequence === true ? [] : undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      const json = toJsonValue(item);
      if (copy === undefined && (json !== item || item === undefined)) copy = (value as JsonValue[]).slice(0, i);
      if (copy !== undefined && json !== undefined) copy.push(json);
    }
    return copy ?? (value as JsonValue[]);
  }
  if (typeof value === "object") {
    const source = value as Record<string, unknown>;
    let copy: Record<string, JsonValue> | undefined;
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const item = source[key];
      if (typeof item === "function" || (typeof item === "object" && item !== null && isJsonataFunction(item))) {
        copy ??= copyKeys(source, keys, i);
        continue;
      }
      const json = toJsonValue(item);
      if (copy === undefined && json !== item) copy = copyKeys(source, keys, i);
      if (copy !== undefined && json !== undefined) Object.defineProperty(copy, key, { value: json, enumerable: true, writable: true, configurable: true });
    }
    return copy ?? (value as JsonValue);
  }
  throw new UnsupportedResultError(`a ${typeof value} is not a JSON value`);
}

function copyKeys(source: Record<string, unknown>, keys: string[], count: number): Record<string, JsonValue> {
  const copy: Record<string, JsonValue> = {};
  for (let i = 0; i < count; i++) {
    const key = keys[i] as string;
    Object.defineProperty(copy, key, { value: source[key] as JsonValue, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function isJsonataFunction(value: object): boolean {
  const v = value as { _jsonata_lambda?: unknown; _jsonata_function?: unknown };
  return v._jsonata_lambda === true || v._jsonata_function === true;
}

/** JSONata's type name of a value, as AWS words it in causes: "array", "number", "null" (corpus 0856–0876). */
export function jsonataTypeName(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
