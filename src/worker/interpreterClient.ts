/**
 * The UI-thread side: starts the interpreter worker lazily on the first run, streams each run's
 * events, forwards abort / resume / callback answers, and recovers when the worker dies or hangs:
 * the runs on it fail with WorkerCrashedError (an abort that gets no answer in time resolves as
 * ABORTED), the worker is terminated, and the next run starts a fresh one.
 *
 * @example
 * const client = createInterpreterClient();
 * const execution = client.run(definition, input, { mocks: { states: { Charge: { result: {} } } } });
 * for await (const event of execution.events) timeline.add(event);
 * const result = await execution.result;
 */
import type { JsonValue } from "../asl/json";
import type { HistoryEvent } from "../asl/interpret/events";
import type { BeforeStateInfo, ExecutionResult, PendingTask, StateVisit } from "../asl/interpret/types";
import { isProtocolMessage, PROTOCOL_VERSION, type FromWorker, type ToWorker, type WorkerRunOptions } from "./protocol";

/** What the client needs of a Worker (a real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: unknown) => void): void;
}

export class WorkerCrashedError extends Error {}

export interface InterpreterClientOptions {
  /** Default: a module Worker running interpreter.worker.ts. */
  createWorker?: () => WorkerLike;
  /** How long an abort may go unanswered before the worker is considered hung (ms, default 2000). */
  abortTimeoutMs?: number;
}

export interface RemoteRunOptions extends WorkerRunOptions {
  /** Each event as it arrives (also available through `events`). */
  onEvent?: (event: HistoryEvent) => void;
  /** Visits as they end (the result holds them all, in entry order). */
  onVisits?: (visits: StateVisit[]) => void;
  /** The run stopped before a state (breakpoint or stepping): call `resume`. */
  onPaused?: (info: BeforeStateInfo) => void;
  /** A callback task waits for sendTaskSuccess / sendTaskFailure. */
  onTaskPending?: (task: PendingTask) => void;
  /** A pending task was withdrawn by the run itself (no answer is needed any more). */
  onTaskGone?: (taskToken: string) => void;
}

export interface RemoteExecution {
  runId: string;
  /** Replays from the first event, then follows the run. */
  events: AsyncIterable<HistoryEvent>;
  result: Promise<ExecutionResult>;
  abort(reason?: string): void;
  /** After a pause: "step" pauses again before the next state, "continue" runs to the next breakpoint. */
  resume(mode: "step" | "continue", breakpoints?: string[]): void;
  /** Replaces the breakpoints while the run goes on. */
  setBreakpoints(breakpoints: string[]): void;
  sendTaskSuccess(taskToken: string, output: JsonValue, afterSeconds?: number): void;
  sendTaskFailure(taskToken: string, error?: string, cause?: string, afterSeconds?: number): void;
}

export interface InterpreterClient {
  run(definition: JsonValue, input?: JsonValue, options?: RemoteRunOptions): RemoteExecution;
  /** Terminates the worker; pending runs fail with WorkerCrashedError. */
  dispose(): void;
}

interface RunState {
  events: HistoryEvent[];
  visits: StateVisit[];
  wakers: (() => void)[];
  done: boolean;
  options: RemoteRunOptions;
  resolve: (result: ExecutionResult) => void;
  reject: (error: Error) => void;
  abortTimer: ReturnType<typeof setTimeout> | undefined;
  executionArn: string;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL("./interpreter.worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike;
}

export function createInterpreterClient(options: InterpreterClientOptions = {}): InterpreterClient {
  const createWorker = options.createWorker ?? defaultWorker;
  const abortTimeoutMs = options.abortTimeoutMs ?? 2000;
  let worker: WorkerLike | undefined;
  const runs = new Map<string, RunState>();
  let counter = 0;

  const wake = (state: RunState) => {
    const wakers = state.wakers;
    state.wakers = [];
    for (const w of wakers) w();
  };
  const settle = (runId: string, state: RunState) => {
    if (state.abortTimer !== undefined) clearTimeout(state.abortTimer);
    state.done = true;
    runs.delete(runId);
    wake(state);
  };

  const crash = (why: string) => {
    const dead = worker;
    worker = undefined;
    dead?.terminate();
    for (const [runId, state] of [...runs]) {
      settle(runId, state);
      state.reject(new WorkerCrashedError(why));
    }
  };

  const onMessage = (message: FromWorker) => {
    if (message.type === "error" && message.runId === undefined) return;
    const state = runs.get(message.runId as string);
    if (!state) return;
    switch (message.type) {
      case "events":
        for (const event of message.events) {
          state.events.push(event);
          state.options.onEvent?.(event);
        }
        wake(state);
        break;
      case "visits":
        for (const visit of message.visits) state.visits.push(visit);
        state.options.onVisits?.(message.visits);
        break;
      case "paused":
        state.options.onPaused?.(message.info);
        break;
      case "taskPending":
        state.options.onTaskPending?.(message.task);
        break;
      case "taskGone":
        state.options.onTaskGone?.(message.taskToken);
        break;
      case "result":
        settle(message.runId, state);
        state.resolve({ ...message.result, events: state.events });
        break;
      case "error":
        settle(message.runId as string, state);
        state.reject(new Error(message.message));
        break;
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener("message", (event: { data: unknown }) => {
      if (worker !== created) return;
      if (isProtocolMessage(event.data) && event.data.v === PROTOCOL_VERSION) onMessage(event.data as FromWorker);
    });
    created.addEventListener("error", (event: unknown) => {
      if (worker !== created) return;
      crash(`The interpreter worker stopped: ${(event as { message?: string })?.message ?? "unknown error"}`);
    });
    created.addEventListener("messageerror", () => {
      if (worker === created) crash("The interpreter worker sent a message that could not be read.");
    });
    worker = created;
    return created;
  };

  const send = (message: ToWorker) => {
    try {
      worker?.postMessage(message);
    } catch (error) {
      crash(`Could not post to the interpreter worker: ${(error as Error).message}`);
    }
  };

  return {
    run(definition, input, runOptions = {}) {
      const runId = `run-${++counter}`;
      let resolve!: (result: ExecutionResult) => void;
      let reject!: (error: Error) => void;
      const result = new Promise<ExecutionResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const state: RunState = { events: [], visits: [], wakers: [], done: false, options: runOptions, resolve, reject, abortTimer: undefined, executionArn: "" };
      runs.set(runId, state);
      const { onEvent: _e, onPaused: _p, onTaskPending: _t, onTaskGone: _g, onVisits: _v, ...workerOptions } = runOptions;
      const message: ToWorker = { v: 1, type: "start", runId, definition, options: workerOptions };
      if (input !== undefined) message.input = input;
      ensureWorker();
      send(message);
      return {
        runId,
        result,
        events: {
          async *[Symbol.asyncIterator]() {
            let index = 0;
            for (;;) {
              while (index < state.events.length) yield state.events[index++] as HistoryEvent;
              if (state.done) return;
              await new Promise<void>((r) => state.wakers.push(r));
            }
          },
        },
        abort(reason) {
          if (state.done) return;
          send({ v: 1, type: "abort", runId, ...(reason !== undefined ? { reason } : {}) });
          state.abortTimer = setTimeout(() => {
            if (state.done) return;
            // The worker did not answer: it is hung (a long synchronous step). Replace it.
            settle(runId, state);
            const started = state.events[0];
            const last = state.events.at(-1);
            state.resolve({
              status: "ABORTED",
              cause: reason ?? "The execution was aborted.",
              events: state.events,
              visits: state.visits,
              transitions: state.events.filter((e) => e.type.endsWith("StateEntered") && e.executionArn === undefined).length,
              startTime: started?.timestamp ?? Date.now(),
              stopTime: last?.timestamp ?? Date.now(),
              executionArn: state.executionArn,
            });
            crash("The interpreter worker did not answer an abort in time and was restarted.");
          }, abortTimeoutMs);
        },
        resume(mode, breakpoints) {
          send({ v: 1, type: "resume", runId, mode, ...(breakpoints ? { breakpoints } : {}) });
        },
        setBreakpoints(breakpoints) {
          if (!state.done) send({ v: 1, type: "breakpoints", runId, breakpoints });
        },
        sendTaskSuccess(taskToken, output, afterSeconds) {
          send({ v: 1, type: "taskSuccess", runId, taskToken, output, ...(afterSeconds !== undefined ? { afterSeconds } : {}) });
        },
        sendTaskFailure(taskToken, error, cause, afterSeconds) {
          send({
            v: 1,
            type: "taskFailure",
            runId,
            taskToken,
            ...(error !== undefined ? { error } : {}),
            ...(cause !== undefined ? { cause } : {}),
            ...(afterSeconds !== undefined ? { afterSeconds } : {}),
          });
        },
      };
    },
    dispose() {
      crash("The interpreter client was disposed.");
    },
  };
}
