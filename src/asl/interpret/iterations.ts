/**
 * Deterministic scheduling of Parallel branches and Map iterations on the virtual clock.
 *
 * Work starts in index order. With a concurrency limit L, item i starts when the earliest of the
 * L slots frees up (its virtual end time); without one, everything starts at the state's start
 * time. Synchronous work runs one item after another (deterministic event order); work that has
 * to wait (a callback, scaled real time) really overlaps, still bounded by L.
 *
 * Stopping (seed L4660–L4664: a failing branch fails the Parallel and its other branches are
 * stopped; Map likewise, asl-semantics §2.8): when `onOutcome` reports that the state must fail
 * (an inline failure, a distributed threshold crossed) at virtual time t, the group's StopSignal
 * stops at t. Items that would only start at or after t are never started; items still running
 * stop at t: a later state entry or a wait past t stops them (visitState.ts, `Run.sleep`), and
 * what they wait on from the host (a callback, a scaled real-time sleep, an async task handler)
 * is cancelled, so the state fails without waiting for them. Their outcome is `stopped`.
 *
 * What remains (documented, not fixed): synchronous items run one after another, so an item that
 * ran to its end *before* a later-index sibling failed at an earlier virtual time keeps the events
 * it recorded after that failure (e.g. branch 0 `Wait 100` then branch 1 `Fail`: branch 0's
 * `WaitStateExited` at +100 s stays in the history, before the Parallel's Failed event at +0 s).
 * Dropping them afterwards is not sound: they have been streamed to `onEvent` listeners (the UI)
 * and `handle.events` iterators already, later events' ids and previousEventIds were given after
 * them, and their task invocations and random draws have been made. The state's own result does
 * not depend on them: it fails at the failure's time with the failure's error.
 */
import { StatesError, toStatesError } from "./errors/StatesError";
import { isPromise, type MaybePromise } from "./maybePromise";
import type { JsonValue } from "../json";
import { jsonByteSize } from "./payloadSize";
import type { CompiledScope } from "./compile";
import { StopSignal, type Frame, type Run } from "./runtime";
import { runScope } from "./visitState";

export interface IterationOutcome {
  ok: boolean;
  /** Stopped because its state failed elsewhere (a sibling, or an enclosing group): not a failure of its own. */
  stopped: boolean;
  value?: JsonValue;
  error?: StatesError;
  endTime: number;
  /** Size of `value` as JSON when its last state measured it (finishResult), else -1. */
  bytes: number;
  /** Id of the last event the item recorded (in its frame's history). */
  lastEventId: number;
}

export interface ScheduleResult {
  /** One per started item, in item order; `undefined` for items never started. */
  outcomes: (IterationOutcome | undefined)[];
  /** Latest end time over started items. */
  endTime: number;
  /**
   * Some item was stopped or never started although the group did not fail of itself: an
   * enclosing group stopped it (the state then stops too, see `signal`).
   */
  cut: boolean;
  /** The group's stop signal (its time and reason once stopped). */
  signal: StopSignal;
}

/** Runs item `index` from `startTime` on a frame whose `stop` is `signal`. */
export type RunOne = (index: number, startTime: number, signal: StopSignal) => MaybePromise<IterationOutcome>;

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
  return {
    ok: true,
    stopped: false,
    value,
    error: undefined,
    endTime: frame.now,
    bytes: frame.sizedOutput === value && frame.sizedBytes !== undefined ? frame.sizedBytes : -1,
    lastEventId: frame.lastEventId,
  };
}

function failed(thrown: unknown, frame: Frame): IterationOutcome {
  const error = toStatesError(thrown);
  if (error.terminal !== undefined && error.terminal !== "stopped") throw error;
  return { ok: false, stopped: error.terminal === "stopped", value: undefined, error, endTime: frame.now, bytes: -1, lastEventId: frame.lastEventId };
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
  /** The stop signal of the frame the state runs on (an enclosing group's), if any. */
  parent: StopSignal | undefined,
  /** The cause recorded on the items stopped when the state fails. */
  reason: string,
  runOne: RunOne,
  /** Return true when this (not stopped) outcome means the state fails: the other items stop at its end time. */
  onOutcome: (outcome: IterationOutcome, index: number) => boolean,
): MaybePromise<ScheduleResult> {
  const outcomes: (IterationOutcome | undefined)[] = new Array<IterationOutcome | undefined>(count);
  const slotCount = limit > 0 ? Math.min(limit, count) : 0;
  const slots: number[] = slotCount > 0 ? new Array<number>(slotCount).fill(startTime) : [];
  const signal = new StopSignal(parent);
  let endTime = startTime;
  let failedItself = false;
  let started = 0;
  let stoppedItems = 0;
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
    if (outcome.stopped) stoppedItems++;
    else if (onOutcome(outcome, index)) {
      failedItself = true;
      signal.stop(outcome.endTime, reason);
    }
  };


  for (let index = 0; index < count; index++) {
    const slot = takeSlot();
    const start = slot >= 0 ? (slots[slot] as number) : startTime;
    if (start >= signal.time) break;
    started++;
    const outcome = runOne(index, start, signal);
    if (isPromise(outcome)) {
      if (slot >= 0) {
        slots[slot] = NaN;
        earliest = -1;
      }
      return continueAsync(index, slot, outcome);
    }
    record(index, slot, outcome);
  }
  return { outcomes, endTime, cut: !failedItself && (stoppedItems > 0 || started < count), signal };

  async function continueAsync(firstIndex: number, firstSlot: number, first: Promise<IterationOutcome>): Promise<ScheduleResult> {
    // From here on other work runs between this group's steps: an enclosing group may stop it.
    signal.follow();
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
      if (start >= signal.time) break;
      started++;
      const outcome = runOne(index, start, signal);
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
    // Items still in flight after a failure settle at once: their waits on the host are cancelled.
    while (inFlight.size > 0) await settleOne();
    signal.dispose();
    return { outcomes, endTime, cut: !failedItself && (stoppedItems > 0 || started < count), signal };
  }
}

/** The failed outcome a state reports: the earliest in virtual time, ties to the lowest index; stopped items are not failures. */
export function firstFailed(outcomes: readonly (IterationOutcome | undefined)[]): IterationOutcome | undefined {
  let best: IterationOutcome | undefined;
  for (const outcome of outcomes) {
    if (outcome && !outcome.ok && !outcome.stopped && (!best || outcome.endTime < best.endTime)) best = outcome;
  }
  return best;
}

/**
 * The outcome that ended last: latest virtual end time, ties to the highest index (the one
 * recorded last). Its last event is what a Parallel's / Map's Succeeded event follows.
 */
export function lastEnded(outcomes: readonly (IterationOutcome | undefined)[]): IterationOutcome | undefined {
  let best: IterationOutcome | undefined;
  for (const outcome of outcomes) {
    if (outcome && (!best || outcome.endTime >= best.endTime)) best = outcome;
  }
  return best;
}

/** The failure a state reports (see `firstFailed`). */
export function firstFailure(outcomes: readonly (IterationOutcome | undefined)[]): StatesError | undefined {
  return firstFailed(outcomes)?.error;
}

export { StatesError };
