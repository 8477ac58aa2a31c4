/**
 * ResultPath (asl-semantics §5.2, §5.5): places a result into the state's *raw* input.
 * - absent or `$` → the result replaces the input;
 * - `null` → the input passes through, the result is discarded;
 * - `$.a.b` → copy-on-write: only the objects on the path are copied, so the input (shared with
 *   earlier states' records) is never mutated. Missing objects on the way are created (DECISION,
 *   per AWS); a non-object on the way, or a non-object input, is States.ResultPathMatchFailure.
 *   An index step writes only into an existing array element.
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../json";
import { compilePath, PathEvaluationError, type CompiledPath } from "../../paths/evaluatePath";
import { resultPathMatchFailure, runtimeError } from "../errors/statesErrors";
import type { StatesError } from "../errors/StatesError";
import type { StageEnv } from "./env";

export type ResultPathSpec = { kind: "replace" } | { kind: "discard" } | { kind: "path"; path: CompiledPath } | { kind: "invalid"; message: string };

export function compileResultPath(value: unknown): ResultPathSpec {
  if (value === undefined || value === "$") return { kind: "replace" };
  if (value === null) return { kind: "discard" };
  if (typeof value !== "string") return { kind: "invalid", message: `ResultPath must be a string or null, not ${JSON.stringify(value)}` };
  try {
    const path = compilePath(value);
    if (path.root.kind !== "input" || !path.definite) {
      return { kind: "invalid", message: `ResultPath '${value}' must be a reference path to a single node of the input ($.name, $['name'], $[0]).` };
    }
    return path.steps.length === 0 ? { kind: "replace" } : { kind: "path", path };
  } catch (error) {
    return { kind: "invalid", message: error instanceof PathEvaluationError ? error.message : String(error) };
  }
}

function shallowCopy(value: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setOwn(copy, key, value[key] as JsonValue);
  return copy;
}

export function applyResultPath(spec: ResultPathSpec, raw: JsonValue, result: JsonValue, env: StageEnv): JsonValue {
  switch (spec.kind) {
    case "replace":
      return result;
    case "discard":
      return raw;
    case "invalid":
      throw runtimeError(env, spec.message);
    case "path":
      break;
  }
  const steps = spec.path.steps;
  const fail = (why: string): StatesError => resultPathMatchFailure(env, spec.path.text, why);
  const write = (node: JsonValue | undefined, index: number): JsonValue => {
    if (index === steps.length) return result;
    const step = steps[index] as string | number;
    if (typeof step === "number") {
      if (!Array.isArray(node)) throw fail(`the node at step ${index + 1} is not an array`);
      if (step >= node.length) throw fail(`index ${step} is out of bounds`);
      const copy = node.slice();
      copy[step] = write(node[step], index + 1);
      return copy;
    }
    if (node === undefined) {
      const created: JsonObject = {};
      setOwn(created, step, write(undefined, index + 1));
      return created;
    }
    if (!isJsonObject(node)) throw fail(index === 0 ? "the state input is not a JSON object" : `'${step}' cannot be added to a value that is not a JSON object`);
    const copy = shallowCopy(node);
    setOwn(copy, step, write(Object.prototype.hasOwnProperty.call(node, step) ? node[step] : undefined, index + 1));
    return copy;
  };
  return write(raw, 0);
}
