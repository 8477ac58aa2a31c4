/**
 * Per-run and per-thread state.
 *
 * - `Run`: one execution: options, event log, visit records, mocks, random source, callbacks.
 * - `History`: an execution's own history (event ids, transition count, `$$.Execution`). The run
 *   has one; each distributed Map child execution gets its own.
 * - `Frame`: one thread of control (the top level, a Parallel branch, a Map iteration). It owns
 *   its virtual time: branches fork the parent's time and the parent resumes at the latest end,
 *   so concurrent waits overlap as they would on AWS, deterministically.
 * - `StopSignal`: the stop of a Parallel's branches / a Map's iterations once the state failed.
 */
import type { JsonObject, JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import type { TaskResolver } from "../mocks/resolveTask";
import { StatesError } from "./errors/StatesError";
import type { EventDraft, HistoryEvent } from "./events";
import { ArnTable, EventLog, VisitLog, type RecordFrame } from "./record";
import type { MaybePromise } from "./maybePromise";
import type { IterationStep, PendingTask, RunOptions } from "./types";
import type { Visit } from "./visit";
import { VariableScope } from "./variables";
import type { JsonValue as Json } from "../json";

export class History {
  nextId = 1;
  transitions = 0;
  /** This history's executionArn in the run's record (0: the run's own history); set on first use. */
  arnIndex = -1;
  constructor(
    readonly executionArn: string,
    /** Set for a distributed Map child; undefined for the run's own history. */
    readonly childOf: string | undefined,
    readonly contextExecution: JsonObject,
    readonly stateMachineContext: JsonObject,
  ) {}
}

/**
 * Stops the branches of a Parallel or the iterations of a Map once the state has failed: "if any
 * branch fails … the whole Parallel state fails and all its branches are stopped" (seed
 * L4660–L4664; Map likewise, asl-semantics §2.8). `time` is the virtual time of the failure
 * (Infinity while the state runs). The group's work is held to it:
 * - a state entered after `time`, or a wait (Wait, task duration, retry delay) ending after it,
 *   stops the branch there (visitState.ts, `Run.sleep`);
 * - work waiting for the host (a callback task, a scaled real-time sleep, an async task handler)
 *   listens and is cancelled, so a run never waits for work AWS would have stopped;
 * - a group inside a branch of another group stops with it (it follows its parent).
 * A stopped branch unwinds with a `stopped` StatesError, which no retrier or catcher sees.
 */
export class StopSignal {
  /** Virtual time the group stops at (Infinity while it runs). */
  time = Infinity;
  /** Why, as the cause recorded on the stopped visits. */
  reason = "";
  private listeners: Set<(signal: StopSignal) => void> | undefined;
  private detach: (() => void) | undefined;

  constructor(readonly parent: StopSignal | undefined) {
    if (parent !== undefined && parent.time < Infinity) {
      this.time = parent.time;
      this.reason = parent.reason;
    }
  }

  /**
   * Follows the parent's stops from now on. A signal changes only at an async boundary (a group
   * records an outcome after an await) or by its own group, so a group that runs synchronously
   * never needs this: runIterations calls it when the group starts waiting.
   */
  follow(): void {
    const parent = this.parent;
    if (parent === undefined || this.detach !== undefined) return;
    this.detach = parent.listen((from) => this.stop(from.time, from.reason));
    if (parent.time < this.time) this.stop(parent.time, parent.reason);
  }

  get stopped(): boolean {
    return this.time < Infinity;
  }

  /** Stops the group at `time` (an earlier failure found later moves the time back and tells the listeners again). */
  stop(time: number, reason: string): void {
    if (!(time < this.time)) return;
    this.time = time;
    this.reason = reason;
    if (this.listeners !== undefined) for (const listener of [...this.listeners]) listener(this);
  }

  /** Calls `listener` each time the group is stopped; returns the function that removes it. */
  listen(listener: (signal: StopSignal) => void): () => void {
    (this.listeners ??= new Set()).add(listener);
    return () => this.listeners?.delete(listener);
  }

  /** The group has ended: stop following the parent. */
  dispose(): void {
    if (this.detach !== undefined) this.detach();
  }

  error(): StatesError {
    return new StatesError(undefined, this.reason, "stopped");
  }
}

/** Moves a stopped frame's clock to the stop (never back: a frame already past it keeps its time). */
export function stopFrame(frame: Frame, signal: StopSignal): StatesError {
  if (frame.now < signal.time) frame.now = signal.time;
  return signal.error();
}

export interface Frame extends RecordFrame {
  history: History;
  /** Virtual time of this thread, epoch ms. */
  now: number;
  /** The stop signal of the innermost Parallel/Map group the thread belongs to (none at top level). */
  stop?: StopSignal | undefined;
  lastEventId: number;
  iterationPath: readonly IterationStep[];
  /** The workflow variables of this thread; created on first use (see `variablesOf`). */
  variables?: VariableScope;
  /** The frame's last visit object, once ended: its next visit reuses it (visitState.ts). */
  spareVisit?: Visit | undefined;
  /** The last output whose size finishResult measured, and that size (a Map sums its iterations'). */
  sizedOutput?: JsonValue | undefined;
  sizedBytes?: number;
}

/** The frame's variable scope, created (empty, with no outer scope) the first time it is needed. */
export function variablesOf(frame: Frame): VariableScope {
  return (frame.variables ??= new VariableScope(undefined));
}

/**
 * A thread forked from `parent`: a Parallel branch or Map iteration reads the parent's variables
 * through a scope of its own; a distributed Map child (another history) starts with none.
 */
export function forkFrame(parent: Frame, step: IterationStep | undefined, history = parent.history): Frame {
  return {
    history,
    now: parent.now,
    stop: parent.stop,
    lastEventId: history === parent.history ? parent.lastEventId : 0,
    iterationPath: step ? [...parent.iterationPath, step] : parent.iterationPath,
    variables: new VariableScope(history === parent.history ? variablesOf(parent) : undefined),
    recordSlot: -1,
    spareVisit: undefined,
    recordOutput: undefined,
    recordOutputAt: -1,
    sizedOutput: undefined,
    sizedBytes: -1,
  };
}

export interface PendingCallback extends PendingTask {
  resolve(answer: CallbackAnswer): void;
}

export type CallbackAnswer =
  | { kind: "success"; output: Json; afterSeconds?: number }
  | { kind: "failure"; error?: string; cause?: string; afterSeconds?: number }
  | { kind: "aborted" }
  /** The task's Parallel/Map failed and stopped its branch (StopSignal). */
  | { kind: "stopped" };

export class Run {
  readonly arns = new ArnTable();
  /** The history events of the run (compact; see record.ts). */
  readonly log: EventLog;
  /** The state visits of the run, in entry order (compact; see record.ts). */
  readonly visits: VisitLog;
  readonly invocationCounts = new Map<string, number>();
  readonly callbacks = new Map<string, PendingCallback>();
  private readonly abortListeners = new Set<() => void>();
  abortReason: string | undefined;
  /** Epoch ms at which the execution's TimeoutSeconds expires (Infinity when unset). */
  deadline = Infinity;
  readonly maxTransitions: number;
  readonly maxPayloadBytes: number;
  readonly speed: number | undefined;

  constructor(
    readonly options: RunOptions,
    readonly random: RandomSource,
    readonly resolver: TaskResolver,
    readonly region: string,
    readonly accountId: string,
    readonly stateMachineArn: string,
  ) {
    this.visits = new VisitLog(this.arns, options.onVisit);
    this.log = new EventLog(this.arns, this.visits, options.onEvent);
    this.maxTransitions = options.maxTransitions ?? 25_000;
    this.maxPayloadBytes = options.maxPayloadBytes ?? 262_144;
    this.speed = options.clock?.mode === "scaled" ? Math.max(options.clock.speed, 1e-9) : undefined;
  }

  /** Records an event on a frame: gives it the next id of the frame's history, links it to the frame's previous event, stamps the frame's time. */
  emit(frame: Frame, draft: EventDraft): HistoryEvent {
    const event = draft as HistoryEvent;
    const history = frame.history;
    event.id = history.nextId++;
    event.previousEventId = frame.lastEventId;
    event.timestamp = frame.now;
    if (history.childOf !== undefined) event.executionArn = history.executionArn;
    frame.lastEventId = event.id;
    this.log.addObject(event);
    return event;
  }

  /**
   * Records a compact event (record.ts: `…StateEntered` / `…StateExited` of visit `ref`,
   * `MapIteration…` of the Map visit `ref` and item `item`) the way `emit` records an object.
   */
  emitCompact(frame: Frame, code: number, ref: number, item: number): void {
    const history = frame.history;
    const id = history.nextId++;
    this.log.add(code, id, frame.lastEventId, frame.now, history.arnIndex >= 0 ? history.arnIndex : this.arnIndex(history), ref, item);
    frame.lastEventId = id;
  }

  /** Index of a history's executionArn in the record (0 for the run's own history). */
  arnIndex(history: History): number {
    if (history.arnIndex < 0) history.arnIndex = history.childOf === undefined ? 0 : this.arns.add(history.executionArn);
    return history.arnIndex;
  }

  get aborted(): boolean {
    return this.abortReason !== undefined;
  }

  abort(reason: string): void {
    if (this.abortReason !== undefined) return;
    this.abortReason = reason;
    for (const listener of [...this.abortListeners]) listener();
    for (const callback of [...this.callbacks.values()]) callback.resolve({ kind: "aborted" });
  }

  onAbort(listener: () => void): () => void {
    this.abortListeners.add(listener);
    return () => this.abortListeners.delete(listener);
  }

  throwIfAborted(): void {
    if (this.abortReason !== undefined) throw new StatesError(undefined, this.abortReason, "aborted");
  }

  /** Next 0-based invocation index of a Task state (Step Functions Local's numbering, per state name). */
  nextInvocation(stateName: string): number {
    const n = this.invocationCounts.get(stateName) ?? 0;
    this.invocationCounts.set(stateName, n + 1);
    return n;
  }

  /**
   * Lets `ms` of virtual time pass on a frame. Past the execution deadline the run times out at
   * the deadline. In scaled mode it also sleeps `ms / speed` of real time (abortable).
   */
  sleep(frame: Frame, ms: number): MaybePromise<void> {
    if (ms <= 0) return undefined;
    const signal = frame.stop;
    if (signal !== undefined && frame.now + ms > signal.time && signal.time <= this.deadline) throw stopFrame(frame, signal);
    if (frame.now + ms > this.deadline) {
      frame.now = this.deadline;
      throw executionTimedOut();
    }
    const start = frame.now;
    const end = (frame.now += ms);
    if (this.speed === undefined) return undefined;
    const realMs = ms / this.speed;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        stopAbort();
        stopStop();
        resolve();
      }, realMs);
      const stopAbort = this.onAbort(() => {
        clearTimeout(timer);
        stopAbort();
        stopStop();
        reject(new StatesError(undefined, this.abortReason, "aborted"));
      });
      // A sibling failed before this sleep ends: it ends at the failure instead.
      const stopStop =
        signal === undefined
          ? noop
          : signal.listen((stopped) => {
              if (end <= stopped.time) return;
              clearTimeout(timer);
              stopAbort();
              stopStop();
              frame.now = start;
              reject(stopFrame(frame, stopped));
            });
    });
  }

  /** Checks, at a state entry, that the frame's Parallel/Map group has not stopped before now (StopSignal). */
  checkStopped(frame: Frame): void {
    const signal = frame.stop;
    if (signal !== undefined && frame.now > signal.time) throw signal.error();
  }

  /** Checks the execution deadline at a state entry. */
  checkDeadline(frame: Frame): void {
    if (frame.now > this.deadline) {
      frame.now = this.deadline;
      throw executionTimedOut();
    }
  }
}

function noop(): void {}

export function executionTimedOut(): StatesError {
  return new StatesError("States.Timeout", "The execution timed out (TimeoutSeconds).", "timedOut");
}

/** Value of a JSON document kept as the execution input (copied once so later caller mutations cannot leak in). */
export type ExecutionInput = JsonValue;
