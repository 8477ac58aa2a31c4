/**
 * Retry and Catch (asl-semantics §8.2–§8.5, seed L10793–L11010).
 *
 * Retriers are scanned in order and the first whose ErrorEquals matches is the only one
 * considered: when it is exhausted (or MaxAttempts is 0) there is no fall-through to later
 * retriers (seed L10900–L10944). Each retrier counts its own attempts over the whole visit. The
 * delay of the n-th retry is IntervalSeconds × BackoffRate^(n−1), capped by MaxDelaySeconds, and
 * with JitterStrategy FULL drawn uniformly from [0, that] with the run's seeded random source.
 * Then the catchers, in order; the catcher's ResultPath places `{Error, Cause}` into the raw
 * input, and OutputPath is not applied on the catch path (DECISION, §8.4). JSONata catchers
 * have Output and Assign instead (catchOutput).
 */
import type { JsonObject, JsonValue } from "../json";
import type { Retrier } from "../types";
import type { CompiledState } from "./compile";
import { isUncatchable, matchesErrorEquals } from "./errors/matchError";
import { toStatesError, type StatesError } from "./errors/StatesError";
import { commitAssign, compileOutputAndAssign, evaluateJsonPathAssign, finishJsonata, type OutputAndAssign } from "./io/assign";
import { statesValue } from "./io/jsonata";
import { jsonPathPipeline } from "./io/pipeline";
import { attempt, chain, type MaybePromise } from "./maybePromise";
import type { Frame, Run } from "./runtime";
import type { StateHandler, StateResult } from "./states/types";
import type { RetryRecord } from "./types";
import type { Visit } from "./visit";

export const RETRY_DEFAULTS = { IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 } as const;

/** The n-th (1-based) retry delay of a retrier, before jitter. */
export function retryDelaySeconds(retrier: Retrier, n: number): number {
  const interval = retrier.IntervalSeconds ?? RETRY_DEFAULTS.IntervalSeconds;
  const backoff = retrier.BackoffRate ?? RETRY_DEFAULTS.BackoffRate;
  const base = interval * Math.pow(backoff, n - 1);
  return retrier.MaxDelaySeconds !== undefined ? Math.min(base, retrier.MaxDelaySeconds) : base;
}

/** The `{Error, Cause}` object a catcher receives (seed L10990–L10992); absent fields stay absent. */
export function errorOutput(error: StatesError): JsonObject {
  const out: JsonObject = {};
  if (error.error !== undefined) out.Error = error.error;
  if (error.cause !== undefined) out.Cause = error.cause;
  return out;
}

const catcherOutputs = new WeakMap<object, OutputAndAssign>();

/**
 * What a matching catcher makes of the error: JSONPath, `{Error, Cause}` placed by its
 * ResultPath into the raw input, and its Assign over `{Error, Cause}`; JSONata, its Output
 * (default: the error output) and Assign over `$states.input` and `$states.errorOutput`
 * (recorded, corpus 0969). The assignments are made here.
 */
export function catchOutput(state: CompiledState, catcher: CompiledState["catchers"][number], raw: JsonValue, error: StatesError, visit: Visit): JsonValue {
  const errorValue = errorOutput(error);
  if (state.queryLanguage === "JSONata") {
    let compiled = catcherOutputs.get(catcher);
    if (!compiled) {
      compiled = compileOutputAndAssign(catcher.Output, catcher.Assign);
      catcherOutputs.set(catcher, compiled);
    }
    return finishJsonata(compiled, statesValue(visit, raw, { errorOutput: errorValue }), errorValue, visit);
  }
  const assigned = catcher.Assign === undefined ? undefined : evaluateJsonPathAssign(catcher.Assign, errorValue, visit);
  const output = jsonPathPipeline.placeResult(catcher.resultPathSpec, raw, errorValue, visit);
  if (assigned !== undefined) commitAssign(visit, assigned);
  return output;
}

export function runWithRetry(run: Run, state: CompiledState, raw: JsonValue, frame: Frame, visit: Visit, handler: StateHandler): MaybePromise<StateResult> {
  return attempt(
    () => handler(run, state, raw, frame, visit),
    (thrown) => handleError(run, state, raw, frame, visit, handler, toStatesError(thrown)),
  );
}

function handleError(run: Run, state: CompiledState, raw: JsonValue, frame: Frame, visit: Visit, handler: StateHandler, error: StatesError): MaybePromise<StateResult> {
  if (error.terminal || isUncatchable(error.error)) throw error;
  const retriers = state.retriers;
  for (let i = 0; i < retriers.length; i++) {
    const retrier = retriers[i] as Retrier;
    if (!Array.isArray(retrier.ErrorEquals) || !matchesErrorEquals(retrier.ErrorEquals, error.error)) continue;
    const used = visit.retrierCounts[i] as number;
    if (used >= (retrier.MaxAttempts ?? RETRY_DEFAULTS.MaxAttempts)) break;
    visit.retrierCounts[i] = used + 1;
    let seconds = retryDelaySeconds(retrier, used + 1);
    if (retrier.JitterStrategy === "FULL") seconds = run.random.next() * seconds;
    const override = run.options.retryDelaySeconds?.({
      stateName: state.name,
      retrierIndex: i,
      attempt: visit.retryCount + 1,
      ...(error.error !== undefined ? { error: error.error } : {}),
      seconds,
    });
    if (override !== undefined) seconds = override;
    visit.retryCount++;
    visit.resetContext();
    const record: RetryRecord = { attempt: visit.retryCount, retrierIndex: i, delaySeconds: seconds };
    if (error.error !== undefined) record.error = error.error;
    if (error.cause !== undefined) record.cause = error.cause;
    (visit.retries ??= []).push(record);
    visit.resetStages();
    return chain(run.sleep(frame, seconds * 1000), () => runWithRetry(run, state, raw, frame, visit, handler));
  }
  for (const catcher of state.catchers) {
    if (!Array.isArray(catcher.ErrorEquals) || !matchesErrorEquals(catcher.ErrorEquals, error.error)) continue;
    const output = catchOutput(state, catcher, raw, error, visit);
    visit.status = "caught";
    if (error.error !== undefined) visit.error = error.error;
    if (error.cause !== undefined) visit.cause = error.cause;
    return { output, next: catcher.Next };
  }
  throw error;
}
