/**
 * The worker side of the protocol: starts runs, streams their events in batches, pauses at
 * breakpoints until the UI resumes, relays callback-task answers and aborts. A plain module:
 * tests drive it with an in-memory port; interpreter.worker.ts binds it to the worker's global.
 */
import { runExecution } from "../asl/interpret/runExecution";
import type { HistoryEvent } from "../asl/interpret/events";
import type { BeforeStateInfo, ExecutionHandle } from "../asl/interpret/types";
import { isProtocolMessage, PROTOCOL_VERSION, type FromWorker, type ToWorker, type WorkerRunOptions } from "./protocol";

export interface HostPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** Events are posted in batches of this size, or at the end of the current task. */
const BATCH = 500;
/** Long synchronous runs yield this often so an abort message can get through. */
const YIELD_EVERY = 2000;

interface ActiveRun {
  handle: ExecutionHandle | undefined;
  options: WorkerRunOptions;
  stepping: boolean;
  breakpoints: Set<string>;
  resume: (() => void) | undefined;
  knownTokens: Set<string>;
}

export function attachInterpreterHost(port: HostPort): void {
  const runs = new Map<string, ActiveRun>();
  const post = (message: FromWorker) => port.postMessage(message);

  const start = (message: Extract<ToWorker, { type: "start" }>) => {
    const { runId, options } = message;
    const active: ActiveRun = { handle: undefined, options, stepping: options.stepping === true, breakpoints: new Set(options.breakpoints ?? []), resume: undefined, knownTokens: new Set() };
    runs.set(runId, active);
    let batch: HistoryEvent[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      if (batch.length > 0) {
        post({ v: 1, type: "events", runId, events: batch });
        batch = [];
      }
      for (const task of active.handle?.pendingTasks() ?? []) {
        if (active.knownTokens.has(task.taskToken)) continue;
        active.knownTokens.add(task.taskToken);
        post({ v: 1, type: "taskPending", runId, task });
      }
    };
    const onEvent = (event: HistoryEvent) => {
      batch.push(event);
      if (batch.length >= BATCH) flush();
      else if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    };
    const beforeState = (info: BeforeStateInfo): void | Promise<void> => {
      if (!active.stepping && !active.breakpoints.has(info.stateName)) return undefined;
      flush();
      post({ v: 1, type: "paused", runId, info });
      return new Promise<void>((resolve) => {
        active.resume = resolve;
      });
    };
    const { breakpoints: _breakpoints, stepping: _stepping, ...runOptions } = options;
    try {
      active.handle = runExecution(message.definition, message.input, { ...runOptions, onEvent, beforeState, yieldEvery: YIELD_EVERY });
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
      case "abort":
        active.handle?.abort(msg.reason);
        active.resume?.();
        break;
      case "resume": {
        active.stepping = msg.mode === "step";
        if (msg.breakpoints) active.breakpoints = new Set(msg.breakpoints);
        const resume = active.resume;
        active.resume = undefined;
        resume?.();
        break;
      }
      case "taskSuccess":
        active.handle?.sendTaskSuccess(msg.taskToken, msg.output, msg.afterSeconds !== undefined ? { afterSeconds: msg.afterSeconds } : undefined);
        break;
      case "taskFailure":
        active.handle?.sendTaskFailure(msg.taskToken, msg.error, msg.cause, msg.afterSeconds !== undefined ? { afterSeconds: msg.afterSeconds } : undefined);
        break;
    }
  });
}
