/**
 * The worker side of the protocol: starts runs, streams their events (and ended visits) in
 * batches, pauses at breakpoints until the UI resumes, relays callback-task answers and aborts.
 * A plain module: tests drive it with an in-memory port; interpreter.worker.ts binds it to the
 * worker's global.
 */
import { runExecution } from "../asl/interpret/runExecution";
import type { HistoryEvent } from "../asl/interpret/events";
import type { BeforeStateInfo, ExecutionHandle, StateVisit } from "../asl/interpret/types";
import { isProtocolMessage, PROTOCOL_VERSION, type FromWorker, type ToWorker, type WorkerRunOptions } from "./protocol";

export interface HostPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** Events are posted in batches of this size, or at the end of the current task. */
const BATCH = 500;
/** Long synchronous runs yield this often so an abort message can get through. */
const YIELD_EVERY = 2000;

/** A state entry held back: at a breakpoint / step (reported to the UI), or by the pace delay. */
interface Waiter {
  info: BeforeStateInfo;
  release: () => void;
}

interface ActiveRun {
  handle: ExecutionHandle | undefined;
  options: WorkerRunOptions;
  stepping: boolean;
  breakpoints: Set<string>;
  /**
   * Paused state entries, oldest first. Concurrent Map iterations and Parallel branches can
   * reach a breakpoint at the same time: each waits its turn, only the head is reported.
   */
  paused: Waiter[];
  /** Pace delays in progress (released at once by an abort). */
  pacing: Set<() => void>;
  knownTokens: Set<string>;
  aborted: boolean;
}

export function attachInterpreterHost(port: HostPort): void {
  const runs = new Map<string, ActiveRun>();
  const post = (message: FromWorker) => port.postMessage(message);

  const start = (message: Extract<ToWorker, { type: "start" }>) => {
    const { runId, options } = message;
    const active: ActiveRun = {
      handle: undefined,
      options,
      stepping: options.stepping === true,
      breakpoints: new Set(options.breakpoints ?? []),
      paused: [],
      pacing: new Set(),
      knownTokens: new Set(),
      aborted: false,
    };
    runs.set(runId, active);
    let batch: HistoryEvent[] = [];
    let visitBatch: StateVisit[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      if (batch.length > 0) {
        post({ v: 1, type: "events", runId, events: batch });
        batch = [];
      }
      if (visitBatch.length > 0) {
        post({ v: 1, type: "visits", runId, visits: visitBatch });
        visitBatch = [];
      }
      const pending = active.handle?.pendingTasks() ?? [];
      for (const task of pending) {
        if (active.knownTokens.has(task.taskToken)) continue;
        active.knownTokens.add(task.taskToken);
        post({ v: 1, type: "taskPending", runId, task });
      }
      if (active.knownTokens.size > pending.length) {
        const still = new Set(pending.map((task) => task.taskToken));
        for (const taskToken of active.knownTokens) {
          if (still.has(taskToken)) continue;
          active.knownTokens.delete(taskToken);
          post({ v: 1, type: "taskGone", runId, taskToken });
        }
      }
    };
    const schedule = () => {
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    };
    const onEvent = (event: HistoryEvent) => {
      batch.push(event);
      if (batch.length >= BATCH) flush();
      else schedule();
    };
    const onVisit = (visit: StateVisit) => {
      visitBatch.push(visit);
      if (visitBatch.length >= BATCH) flush();
      else schedule();
    };
    const pace = (): Promise<void> | undefined => {
      const ms = active.options.stateDelayMs ?? 0;
      if (ms <= 0 || active.aborted) return undefined;
      flush();
      return new Promise<void>((resolve) => {
        const release = () => {
          clearTimeout(timer);
          active.pacing.delete(release);
          resolve();
        };
        const timer = setTimeout(release, ms);
        active.pacing.add(release);
      });
    };
    const beforeState = (info: BeforeStateInfo): void | Promise<void> => {
      const hit = active.stepping || active.breakpoints.has(info.stateName) || active.breakpoints.has(info.pointer);
      if (!hit) return pace();
      flush();
      return new Promise<void>((resolve) => {
        active.paused.push({ info, release: resolve });
        if (active.paused.length === 1) post({ v: 1, type: "paused", runId, info });
      });
    };
    const { breakpoints: _breakpoints, stepping: _stepping, stateDelayMs: _delay, ...runOptions } = options;
    try {
      active.handle = runExecution(message.definition, message.input, { ...runOptions, onEvent, onVisit, beforeState, yieldEvery: YIELD_EVERY });
    } catch (error) {
      runs.delete(runId);
      post({ v: 1, type: "error", runId, message: (error as Error).message });
      return;
    }
    active.handle.result.then(
      (result) => {
        flush();
        runs.delete(runId);
        const { events: _events, ...rest } = result;
        post({ v: 1, type: "result", runId, result: rest });
      },
      (error: unknown) => {
        runs.delete(runId);
        post({ v: 1, type: "error", runId, message: (error as Error).message });
      },
    );
  };

  /** Lets the head paused entry go; with `continue`, also every queued one that is not at a breakpoint. */
  const resume = (runId: string, active: ActiveRun, mode: "step" | "continue") => {
    active.stepping = mode === "step";
    const head = active.paused.shift();
    if (mode === "continue") {
      const still: Waiter[] = [];
      for (const waiter of active.paused) {
        if (active.breakpoints.has(waiter.info.stateName) || active.breakpoints.has(waiter.info.pointer)) still.push(waiter);
        else waiter.release();
      }
      active.paused = still;
    }
    head?.release();
    const next = active.paused[0];
    if (next) post({ v: 1, type: "paused", runId, info: next.info });
  };

  port.addEventListener("message", (event) => {
    const message = event.data;
    if (!isProtocolMessage(message)) return;
    if (message.v !== PROTOCOL_VERSION) {
      post({ v: 1, type: "error", message: `Protocol version ${message.v} is not supported (expected ${PROTOCOL_VERSION}).` });
      return;
    }
    const msg = message as ToWorker;
    if (msg.type === "start") return start(msg);
    const active = runs.get(msg.runId);
    if (!active) return;
    switch (msg.type) {
      case "abort": {
        active.aborted = true;
        active.handle?.abort(msg.reason);
        const waiting = active.paused;
        active.paused = [];
        for (const waiter of waiting) waiter.release();
        for (const release of [...active.pacing]) release();
        break;
      }
      case "breakpoints":
        active.breakpoints = new Set(msg.breakpoints);
        break;
      case "resume":
        if (msg.breakpoints) active.breakpoints = new Set(msg.breakpoints);
        resume(msg.runId, active, msg.mode);
        break;
      case "taskSuccess":
        active.handle?.sendTaskSuccess(msg.taskToken, msg.output, msg.afterSeconds !== undefined ? { afterSeconds: msg.afterSeconds } : undefined);
        break;
      case "taskFailure":
        active.handle?.sendTaskFailure(msg.taskToken, msg.error, msg.cause, msg.afterSeconds !== undefined ? { afterSeconds: msg.afterSeconds } : undefined);
        break;
    }
  });
}
