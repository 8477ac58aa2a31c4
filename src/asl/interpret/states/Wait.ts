/**
 * Wait (asl-semantics §2.4, seed L4376–L4444): Seconds, Timestamp, SecondsPath or TimestampPath,
 * on the run's virtual clock (scaled real time when asked). Paths read the effective input
 * (DECISION, §15). A timestamp in the past continues at once; milliseconds are truncated
 * (seed L4388–L4398). Causes follow recorded AWS wording (corpus 0751, 0894–0897).
 * JSONata: Seconds and Timestamp take a value or an expression over `$states.input`.
 * DECISION: the Assign/Output of a Wait are made when it is entered, the wait follows.
 */
import type { JsonValue } from "../../json";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import type { WaitState } from "../../types";
import { parseTimestamp } from "../choice/timestamp";
import { runtimeError } from "../errors/statesErrors";
import { cached, type CompiledState } from "../compile";
import { commitAssign, evaluateJsonPathAssign, finishJsonata, stateOutputAndAssign } from "../io/assign";
import { compileJsonataTemplate, evaluateTyped, queryFailure, statesValue, type JsonataTemplate, type StatesValue } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import { chain } from "../maybePromise";
import type { Visit } from "../visit";
import type { StateHandler } from "./types";

function readPath(field: "SecondsPath" | "TimestampPath", text: string, effective: JsonValue, visit: Visit): JsonValue {
  let value: JsonValue | undefined;
  try {
    value = evaluatePath(compilePath(text), effective, visit);
  } catch (error) {
    throw runtimeError(visit, (error as Error).message);
  }
  if (value === undefined) throw runtimeError(visit, `The ${field} parameter does not reference an input value: ${text}`);
  return value;
}

function timestampMillis(text: string, onInvalid: () => never): number {
  const instant = parseTimestamp(text);
  if (!instant) onInvalid();
  return instant.seconds * 1000;
}

/** Seconds to wait from `now`, per the state's field. */
export function waitSeconds(wait: WaitState, effective: JsonValue, now: number, visit: Visit): number {
  if (wait.Seconds !== undefined) {
    if (typeof wait.Seconds !== "number" || !Number.isInteger(wait.Seconds) || wait.Seconds < 0) {
      throw runtimeError(visit, `The Seconds field must be a non-negative integer, not ${JSON.stringify(wait.Seconds)}.`);
    }
    return wait.Seconds;
  }
  if (typeof wait.SecondsPath === "string") {
    const value = readPath("SecondsPath", wait.SecondsPath, effective, visit);
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw runtimeError(visit, `The SecondsPath parameter references an invalid value: ${wait.SecondsPath} == ${JSON.stringify(value)}`);
    }
    return value;
  }
  if (typeof wait.Timestamp === "string") {
    const text = wait.Timestamp;
    const at = timestampMillis(text, () => {
      throw runtimeError(visit, `The Timestamp field is not a valid ISO-8601 extended offset date-time format string: ${text}`);
    });
    return Math.max(0, (at - now) / 1000);
  }
  if (typeof wait.TimestampPath === "string") {
    const path = wait.TimestampPath;
    const value = readPath("TimestampPath", path, effective, visit);
    const invalid = (): never => {
      throw runtimeError(visit, `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${typeof value === "string" ? value : JSON.stringify(value)}`);
    };
    if (typeof value !== "string") invalid();
    const at = timestampMillis(value as string, invalid);
    return Math.max(0, (at - now) / 1000);
  }
  throw runtimeError(visit, "A Wait state needs one of Seconds, Timestamp, SecondsPath or TimestampPath.");
}

interface CompiledJsonataWait {
  seconds: JsonataTemplate | undefined;
  timestamp: JsonataTemplate | undefined;
}

/** JSONata: Seconds (an integer ≥ 0) or Timestamp (an RFC 3339 string), each a value or an expression. */
function jsonataWaitSeconds(state: CompiledState, states: StatesValue, now: number, visit: Visit): number {
  const wait = state.state as WaitState;
  const compiled = cached<CompiledJsonataWait>(state, "jsonata:wait", () => ({
    seconds: wait.Seconds !== undefined ? compileJsonataTemplate(wait.Seconds, "Seconds") : undefined,
    timestamp: wait.Timestamp !== undefined ? compileJsonataTemplate(wait.Timestamp, "Timestamp") : undefined,
  }));
  if (compiled.seconds) {
    const seconds = evaluateTyped(compiled.seconds, "integer", "Seconds", states, visit) as number;
    if (seconds < 0) throw queryFailure(visit, "Seconds", `The Seconds field must be a non-negative integer, not ${seconds}.`);
    return seconds;
  }
  if (compiled.timestamp) {
    const text = evaluateTyped(compiled.timestamp, "string", "Timestamp", states, visit) as string;
    // Recorded wording, corpus 0887, 0890.
    const at = timestampMillis(text, () => {
      throw queryFailure(visit, "Timestamp", `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`);
    });
    return Math.max(0, (at - now) / 1000);
  }
  throw runtimeError(visit, "A Wait state needs Seconds or Timestamp.");
}

export const runWait: StateHandler = (run, state, raw, frame, visit) => {
  const stages = visit.stages;
  stages.input = raw;
  let seconds: number;
  let output: JsonValue;
  if (state.queryLanguage === "JSONata") {
    const states = statesValue(visit, raw);
    seconds = jsonataWaitSeconds(state, states, frame.now, visit);
    output = finishJsonata(stateOutputAndAssign(state), states, raw, visit);
  } else {
    const effective = jsonPathPipeline.input(state, raw, visit);
    stages.afterInputPath = effective;
    seconds = waitSeconds(state.state as WaitState, effective, frame.now, visit);
    const assigned = state.assign === undefined ? undefined : evaluateJsonPathAssign(state.assign, effective, visit);
    output = jsonPathPipeline.output(state, effective, visit);
    if (assigned !== undefined) commitAssign(visit, assigned);
  }
  const override = run.options.waitSeconds?.({ stateName: state.name, iterationPath: frame.iterationPath, seconds });
  if (override !== undefined) seconds = override;
  return chain(run.sleep(frame, seconds * 1000), () => ({ output, next: state.next }));
};
