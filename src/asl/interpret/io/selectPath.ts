/**
 * InputPath and OutputPath (asl-semantics §5.2): absent → the whole document; `null` → `{}`
 * (DECISION, ASL spec; the guide is silent); a path that matches nothing → States.Runtime with
 * AWS's recorded wording (corpus 0906).
 */
import type { JsonValue } from "../../json";
import { compilePath, evaluatePath, PathEvaluationError, type CompiledPath } from "../../paths/evaluatePath";
import { pathNotFoundMessage, runtimeError } from "../errors/statesErrors";
import type { StageEnv } from "./env";

/** A compiled InputPath/OutputPath: undefined = `$`, null = discard. */
export type PathSpec = CompiledPath | null | undefined | { invalid: string };

export function compilePathSpec(value: unknown): PathSpec {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== "string") return { invalid: `A path must be a string, not ${JSON.stringify(value)}` };
  if (value === "$") return undefined;
  try {
    return compilePath(value);
  } catch (error) {
    return { invalid: error instanceof PathEvaluationError ? error.message : String(error) };
  }
}

export function selectPath(spec: PathSpec, doc: JsonValue, env: StageEnv): JsonValue {
  if (spec === undefined) return doc;
  if (spec === null) return {};
  if ("invalid" in spec) throw runtimeError(env, spec.invalid);
  const value = evaluatePath(spec, doc, env);
  if (value === undefined) throw runtimeError(env, pathNotFoundMessage(spec.text, spec.normalized));
  return value;
}
