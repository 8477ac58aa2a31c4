/**
 * Payload templates: Parameters, ResultSelector, ItemSelector, BatchInput, Credentials
 * (asl-semantics §5.3). A key ending in `.$` takes a path (`$…`, `$$…`) or an intrinsic call;
 * the output key drops the suffix. Objects nested in objects and arrays are processed; static
 * subtrees are compiled once and shared as they are (values are never mutated).
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../json";
import { compileIntrinsic, evaluateIntrinsicCall, type IntrinsicEnv } from "../../intrinsics/evaluateIntrinsic";
import type { RandomSource } from "../../intrinsics/random";
import { IntrinsicError } from "../../intrinsics/IntrinsicError";
import { looksLikeIntrinsic, type IntrinsicCall, type PathArg } from "../../intrinsics/parseIntrinsic";
import { compilePath, evaluatePath, PathEvaluationError, type CompiledPath } from "../../paths/evaluatePath";
import { intrinsicFailure, runtimeError } from "../errors/statesErrors";
import { StatesError } from "../errors/StatesError";
import type { StageEnv } from "./env";

export type TemplateNode =
  | { kind: "static"; value: JsonValue }
  | { kind: "object"; entries: TemplateEntry[] }
  | { kind: "array"; items: TemplateNode[] }
  | { kind: "path"; field: string; path: CompiledPath }
  | { kind: "intrinsic"; field: string; text: string; call: IntrinsicCall }
  | { kind: "invalid"; field: string; message: string }
  /** An intrinsic call that does not parse (bad escape, unclosed quote, trailing comma…): States.IntrinsicFailure when evaluated. */
  | { kind: "badIntrinsic"; field: string; message: string };

interface TemplateEntry {
  key: string;
  node: TemplateNode;
}

const cache = new WeakMap<object, TemplateNode>();

function isStatic(node: TemplateNode): boolean {
  return node.kind === "static";
}

export function compileTemplate(value: JsonValue): TemplateNode {
  if (value === null || typeof value !== "object") return { kind: "static", value };
  const hit = cache.get(value);
  if (hit) return hit;
  let node: TemplateNode;
  if (Array.isArray(value)) {
    const items = value.map(compileTemplate);
    node = items.every(isStatic) ? { kind: "static", value } : { kind: "array", items };
  } else {
    const entries: TemplateEntry[] = [];
    let dynamic = false;
    for (const key of Object.keys(value)) {
      const item = value[key] as JsonValue;
      if (key.endsWith(".$") && key.length > 2) {
        dynamic = true;
        entries.push({ key: key.slice(0, -2), node: compileDynamic(key, item) });
      } else {
        const child = compileTemplate(item);
        if (!isStatic(child)) dynamic = true;
        entries.push({ key, node: child });
      }
    }
    node = dynamic ? { kind: "object", entries } : { kind: "static", value };
  }
  cache.set(value, node);
  return node;
}

function compileDynamic(field: string, value: JsonValue): TemplateNode {
  if (typeof value !== "string") return { kind: "invalid", field, message: `The value of the field '${field}' must be a path or an intrinsic function, not ${JSON.stringify(value)}.` };
  if (looksLikeIntrinsic(value)) {
    try {
      return { kind: "intrinsic", field, text: value, call: compileIntrinsic(value) };
    } catch (error) {
      if (error instanceof IntrinsicError) return { kind: "badIntrinsic", field, message: error.message };
      return { kind: "invalid", field, message: (error as Error).message };
    }
  }
  try {
    return { kind: "path", field, path: compilePath(value) };
  } catch (error) {
    return { kind: "invalid", field, message: error instanceof PathEvaluationError ? error.message : String(error) };
  }
}

/** Recorded AWS wording for a `.$` path that matches nothing (asl-semantics §5.3: States.Runtime, not ParameterPathFailure). */
export function fieldPathNotFound(env: StageEnv, field: string, path: string, input: JsonValue): StatesError {
  return runtimeError(env, `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(input)}'`);
}

export function evaluateTemplate(node: TemplateNode, doc: JsonValue, env: StageEnv): JsonValue {
  switch (node.kind) {
    case "static":
      return node.value;
    case "object": {
      const out: JsonObject = {};
      for (const entry of node.entries) setOwn(out, entry.key, evaluateTemplate(entry.node, doc, env));
      return out;
    }
    case "array": {
      const out = new Array<JsonValue>(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = evaluateTemplate(node.items[i] as TemplateNode, doc, env);
      return out;
    }
    case "path": {
      const value = evaluatePath(node.path, doc, env);
      if (value === undefined) throw fieldPathNotFound(env, node.field, node.path.text, node.path.root.kind === "context" ? env.context() : doc);
      return value;
    }
    case "intrinsic":
      return runIntrinsic(node.call, node.field, doc, env);
    case "invalid":
      throw runtimeError(env, node.message);
    case "badIntrinsic":
      // A malformed call is a failing intrinsic, catchable by States.ALL (seed L3162–L3190, L10731–L10732; asl-semantics §7.2).
      throw intrinsicFailure(env, node.message);
  }
}

/** The IntrinsicEnv of one call: path arguments read the template's document (or `$$`). A class, not closures: this runs per item in a Map. */
class IntrinsicScope implements IntrinsicEnv {
  readonly random: RandomSource;
  constructor(
    private readonly field: string,
    private readonly doc: JsonValue,
    private readonly env: StageEnv,
  ) {
    this.random = env.random;
  }

  resolvePath(path: string, arg?: PathArg): JsonValue {
    let value: JsonValue | undefined;
    try {
      let compiled = arg?.compiled as CompiledPath | undefined;
      if (compiled === undefined) {
        compiled = compilePath(path);
        if (arg) arg.compiled = compiled;
      }
      value = evaluatePath(compiled, this.doc, this.env);
    } catch (error) {
      throw runtimeError(this.env, (error as Error).message);
    }
    if (value === undefined) throw fieldPathNotFound(this.env, this.field, path, path.startsWith("$$") ? this.env.context() : this.doc);
    return value;
  }
}

export function runIntrinsic(call: IntrinsicCall, field: string, doc: JsonValue, env: StageEnv): JsonValue {
  try {
    return evaluateIntrinsicCall(call, new IntrinsicScope(field, doc, env));
  } catch (error) {
    if (error instanceof IntrinsicError) throw intrinsicFailure(env, error.message);
    throw error;
  }
}

/**
 * Parses and evaluates an intrinsic given as text (Fail's ErrorPath/CausePath): a call that does
 * not parse fails like one that fails to run, with States.IntrinsicFailure (seed L3162–L3190).
 */
export function runIntrinsicText(text: string, field: string, doc: JsonValue, env: StageEnv): JsonValue {
  let call: IntrinsicCall;
  try {
    call = compileIntrinsic(text);
  } catch (error) {
    if (error instanceof IntrinsicError) throw intrinsicFailure(env, error.message);
    throw error;
  }
  return runIntrinsic(call, field, doc, env);
}

/** Convenience for one-off templates: compile (cached) and evaluate. */
export function applyTemplate(template: JsonValue, doc: JsonValue, env: StageEnv): JsonValue {
  return evaluateTemplate(compileTemplate(template), doc, env);
}

export function isTemplateObject(value: JsonValue | undefined): value is JsonObject {
  return isJsonObject(value);
}
