/**
 * Deterministic scheduling of Parallel branches and Map iterations on the virtual clock.
 *
 * Work starts in index order. With a concurrency limit L, item i starts when the earliest of the
 * L slots frees up (its virtual end time); without one, everything starts at the state's start
 * time. Synchronous work runs one item after another (deterministic event order); work that has
 * to wait (a callback, scaled real time) really overlaps, still bounded by L.
 *
 * Stopping: when `onOutcome` reports that the state must fail (an inline failure, a distributed
 * threshold crossed) at virtual time t, items that would only start at or after t are never
 * started, as on AWS where the failure aborts the run before they begin.
 */
import { StatesError, toStatesError } from "./errors/StatesError";
import { isPromise, type MaybePromise } from "./maybePromise";
import type { JsonValue } from "../json";
import { jsonByteSize } from "./payloadSize";
import type { CompiledScope } from "./compile";
import type { Frame, Run } from "./runtime";
import { runScope } from "./visitState";

export interface IterationOutcome {
  ok: boolean;
  value?: JsonValue;
  error?: StatesError;
  endTime: number;
  /** Size of `value` as JSON when its last state measured it (finishResult), else -1. */
  bytes: number;
}

export interface ScheduleResult {
  /** One per started item, in item order; `undefined` for items never started. */
  outcomes: (IterationOutcome | undefined)[];
  /** Latest end time over started items (the state's end). */
  endTime: number;
}

export type RunOne = (index: number, startTime: number) => MaybePromise<IterationOutcome>;

/** Runs one Map iteration / Parallel branch / child execution to its outcome. No closures: this runs per item. */
export function runIteration(run: Run, scope: CompiledScope, input: JsonValue, frame: Frame): MaybePromise<IterationOutcome> {
  let value: MaybePromise<JsonValue>;
  try {
    value = runScope(run, scope, scope.machine.StartAt, input, frame);
  } catch (thrown) {
    return failed(thrown, frame);
  }
  if (isPromise(value)) {
    return value.then(
      (v) => succeeded(v, frame),
      (thrown: unknown) => failed(thrown, frame),
    );
  }
  return succeeded(value, frame);
}

function succeeded(value: JsonValue, frame: Frame): IterationOutcome {
  return { ok: true, value, endTime: frame.now, bytes: frame.sizedOutput === value && frame.sizedBytes !== undefined ? frame.sizedBytes : -1 };
}

function failed(thrown: unknown, frame: Frame): IterationOutcome {
  const error = toStatesError(thrown);
  if (error.terminal) throw error;
  return { ok: false, error, endTime: frame.now, bytes: -1 };
}

/**
 * JSON size of the array of the outcomes' values, from the sizes their last states measured
 * (only values never measured are measured here).
 */
export function outcomesBytes(outcomes: readonly (IterationOutcome | undefined)[]): number {
  let bytes = 2 + (outcomes.length > 0 ? outcomes.length - 1 : 0);
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i] as IterationOutcome;
    bytes += outcome.bytes >= 0 ? outcome.bytes : outcome.value === undefined ? 4 : jsonByteSize(outcome.value);
  }
  return bytes;
}

export function runIterations(
  count: number,
  limit: number,
  startTime: number,
  runOne: RunOne,
  /** Return true when this outcome means the state fails (stop starting new work). */
  onOutcome: (outcome: IterationOutcome, index: number) => boolean,
): MaybePromise<ScheduleResult> {
  const outcomes: (IterationOutcome | undefined)[] = new Array<IterationOutcome | undefined>(count);
  const slotCount = limit > 0 ? Math.min(limit, count) : 0;
  const slots: number[] = slotCount > 0 ? new Array<number>(slotCount).fill(startTime) : [];
  let stopTime = Infinity;
  let endTime = startTime;
  /**
   * A slot known to be the earliest free one: the one just used, when its work took no virtual
   * time (slot times only grow, so it is still the earliest). Saves scanning every slot per item.
   */
  let earliest = -1;

  const takeSlot = (): number => {
    if (slotCount === 0) return -1;
    if (earliest >= 0) return earliest;
    let best = -1;
    for (let s = 0; s < slotCount; s++) {
      const t = slots[s] as number;
      if (!Number.isNaN(t) && (best < 0 || t < (slots[best] as number))) best = s;
    }
    return best;
  };

  const record = (index: number, slot: number, outcome: IterationOutcome): void => {
    outcomes[index] = outcome;
    if (slot >= 0) {
      earliest = slots[slot] === outcome.endTime ? slot : -1;
      slots[slot] = outcome.endTime;
    }
    if (outcome.endTime > endTime) endTime = outcome.endTime;
    if (onOutcome(outcome, index) && outcome.endTime < stopTime) stopTime = outcome.endTime;
  };

  for (let index = 0; index < count; index++) {
    const slot = takeSlot();
    const start = slot >= 0 ? (slots[slot] as number) : startTime;
    if (start >= stopTime) break;
    const outcome = runOne(index, start);
    if (isPromise(outcome)) {
      if (slot >= 0) {
        slots[slot] = NaN;
        earliest = -1;
      }
      return continueAsync(index, slot, outcome);
    }
    record(index, slot, outcome);
  }
  return { outcomes, endTime };

  async function continueAsync(firstIndex: number, firstSlot: number, first: Promise<IterationOutcome>): Promise<ScheduleResult> {
    const inFlight = new Map<number, Promise<{ index: number; slot: number; outcome: IterationOutcome }>>();
    const track = (index: number, slot: number, outcome: Promise<IterationOutcome>) => {
      inFlight.set(index, outcome.then((o) => ({ index, slot, outcome: o })));
    };
    const settleOne = async () => {
      const done = await Promise.race(inFlight.values());
      inFlight.delete(done.index);
      record(done.index, done.slot, done.outcome);
    };
    track(firstIndex, firstSlot, first);
    for (let index = firstIndex + 1; index < count; index++) {
      let slot = takeSlot();
      while (slotCount > 0 && slot < 0) {
        await settleOne();
        slot = takeSlot();
      }
      const start = slot >= 0 ? (slots[slot] as number) : startTime;
      if (start >= stopTime) break;
      const outcome = runOne(index, start);
      if (isPromise(outcome)) {
        if (slot >= 0) {
          slots[slot] = NaN;
          earliest = -1;
        }
        track(index, slot, outcome);
      } else {
        record(index, slot, outcome);
      }
    }
    while (inFlight.size > 0) await settleOne();
    return { outcomes, endTime };
  }
}

/** The failure a state reports: the earliest in virtual time, ties to the lowest index. */
export function firstFailure(outcomes: readonly (IterationOutcome | undefined)[]): StatesError | undefined {
  let best: IterationOutcome | undefined;
  for (const outcome of outcomes) {
    if (outcome && !outcome.ok && (!best || outcome.endTime < best.endTime)) best = outcome;
  }
  return best?.error;
}

export { StatesError };
