/**
 * Wait (asl-semantics §2.4, seed L4376–L4444): Seconds, Timestamp, SecondsPath or TimestampPath,
 * on the run's virtual clock (scaled real time when asked). Paths read the effective input
 * (DECISION, §15). A timestamp in the past continues at once; milliseconds are truncated
 * (seed L4388–L4398). Causes follow recorded AWS wording (corpus 0751, 0894–0897).
 */
import type { JsonValue } from "../../json";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import type { WaitState } from "../../types";
import { parseTimestamp } from "../choice/timestamp";
import { runtimeError } from "../errors/statesErrors";
import { pipelineFor } from "../io/pipeline";
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
function waitSeconds(wait: WaitState, effective: JsonValue, now: number, visit: Visit): number {
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

export const runWait: StateHandler = (run, state, raw, frame, visit) => {
  const pipeline = pipelineFor(state, visit);
  const stages = visit.record.stages;
  stages.input = raw;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  let seconds = waitSeconds(state.state as WaitState, effective, frame.now, visit);
  const override = run.options.waitSeconds?.({ stateName: state.name, iterationPath: frame.iterationPath, seconds });
  if (override !== undefined) seconds = override;
  const output = pipeline.output(state, effective, visit);
  return chain(run.sleep(frame, seconds * 1000), () => ({ output, next: state.next }));
};
