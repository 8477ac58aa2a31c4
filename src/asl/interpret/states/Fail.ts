/**
 * Fail (seed L4458–L4532): raises Error/ErrorPath with Cause/CausePath. The paths read the raw
 * state input (Fail has no InputPath) and may be intrinsic calls (seed L4474–L4496). A path that
 * matches nothing is States.Runtime (recorded, corpus 0901, 0904). JSONata: Error and Cause
 * are strings or expressions over `$states.input`.
 */
import type { JsonValue } from "../../json";
import { looksLikeIntrinsic } from "../../intrinsics/parseIntrinsic";
import { evaluatePath } from "../../paths/evaluatePath";
import type { FailState } from "../../types";
import { pathNotFoundMessage, runtimeError } from "../errors/statesErrors";
import { StatesError } from "../errors/StatesError";
import { runIntrinsicText } from "../io/payloadTemplate";
import { compilePathSpec } from "../io/selectPath";
import { cached } from "../compile";
import { compileJsonataTemplate, evaluateTyped, statesValue, type JsonataTemplate } from "../io/jsonata";
import type { Visit } from "../visit";
import type { StateHandler } from "./types";

function resolveText(field: "ErrorPath" | "CausePath", expression: string, raw: JsonValue, visit: Visit): string {
  let value: JsonValue | undefined;
  if (looksLikeIntrinsic(expression)) {
    // A malformed call is States.IntrinsicFailure too, not an interpreter error (seed L3162–L3190).
    value = runIntrinsicText(expression, field, raw, visit);
  } else {
    const spec = compilePathSpec(expression);
    if (spec === null) throw runtimeError(visit, `The ${field} field must be a path.`);
    if (spec === undefined) value = raw;
    else if ("invalid" in spec) throw runtimeError(visit, spec.invalid);
    else {
      value = evaluatePath(spec, raw, visit);
      if (value === undefined) throw runtimeError(visit, pathNotFoundMessage(spec.text, spec.normalized));
    }
  }
  // DECISION (guide: "a path to a string"): a non-string value is a runtime error.
  if (typeof value !== "string") throw runtimeError(visit, `The ${field} field refers to value ${JSON.stringify(value)} which is not a string: ${expression}`);
  return value;
}

interface CompiledJsonataFail {
  error: JsonataTemplate | undefined;
  cause: JsonataTemplate | undefined;
}

export const runFail: StateHandler = (_run, state, raw, _frame, visit) => {
  const fail = state.state as FailState;
  visit.stages.input = raw;
  if (state.queryLanguage === "JSONata") {
    // Error and Cause: a string or an expression giving one (recorded, corpus 0843, 0844).
    const compiled = cached<CompiledJsonataFail>(state, "jsonata:fail", () => ({
      error: fail.Error !== undefined ? compileJsonataTemplate(fail.Error, "Error") : undefined,
      cause: fail.Cause !== undefined ? compileJsonataTemplate(fail.Cause, "Cause") : undefined,
    }));
    const states = statesValue(visit, raw);
    const error = compiled.error ? (evaluateTyped(compiled.error, "string", "Error", states, visit) as string) : undefined;
    const cause = compiled.cause ? (evaluateTyped(compiled.cause, "string", "Cause", states, visit) as string) : undefined;
    throw new StatesError(error, cause);
  }
  const error = typeof fail.ErrorPath === "string" ? resolveText("ErrorPath", fail.ErrorPath, raw, visit) : fail.Error;
  const cause = typeof fail.CausePath === "string" ? resolveText("CausePath", fail.CausePath, raw, visit) : fail.Cause;
  throw new StatesError(error, cause);
};
