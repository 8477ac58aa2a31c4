/**
 * The simulator's run state: one companion store per studio instance (created by
 * createStudioStore, never a module singleton), kept out of the document and its undo history.
 *
 * It owns the current run in the interpreter worker: the events and ended visits as they stream
 * in (published at most every PUBLISH_MS so a 25,000-transition run never floods React), the
 * pause before a state (breakpoint or Step), callback tasks waiting for an answer, and the final
 * result. The UI only renders what is here; it never recomputes a run.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { JsonValue } from "../asl/json";
import type { HistoryEvent } from "../asl/interpret/events";
import type { BeforeStateInfo, ExecutionResult, PendingTask, RunOptions, StateVisit } from "../asl/interpret/types";
import { createInterpreterClient, type InterpreterClient, type RemoteExecution } from "../worker/interpreterClient";

/** How fast a run goes: at once, or paced so a person can follow it (waits in scaled time). */
export type RunSpeed = "instant" | "1" | "10" | "100";

export const RUN_SPEEDS: { value: RunSpeed; label: string }[] = [
  { value: "instant", label: "Instant" },
  { value: "1", label: "Real time (1×)" },
  { value: "10", label: "Fast (10×)" },
  { value: "100", label: "Very fast (100×)" },
];

export type RunPhase = "idle" | "running" | "paused" | "finished";

export type BottomTab = "problems" | "simulator";
export type SimulatorView = "result" | "details" | "dataflow" | "variables" | "events" | "timeline";

/** What a run needs: everything is a plain value (the store never reads the document itself). */
export interface RunRequest {
  definition: JsonValue;
  input: JsonValue;
  inputName?: string;
  mocks?: RunOptions["mocks"];
  /** Pause before the first state (Step from idle). */
  stepping?: boolean;
  stateMachineName?: string;
}

export interface RunRecord {
  runId: string;
  /** The definition the run used (the document may change afterwards). */
  definition: JsonValue;
  input: JsonValue;
  inputName: string;
  speed: RunSpeed;
  events: HistoryEvent[];
  /** Ended visits while running (in the order they ended); every visit in entry order once finished. */
  visits: StateVisit[];
  result?: ExecutionResult;
  /** The run could not start or the worker failed (not an execution failure). */
  failure?: string;
}

export interface RunState {
  phase: RunPhase;
  run: RunRecord | undefined;
  paused: BeforeStateInfo | undefined;
  pendingTasks: PendingTask[];
  /** Pointers of the states to pause before. */
  breakpoints: string[];
  speed: RunSpeed;
  maxTransitions: number;
  stopping: boolean;
  /** The visit the step details show (index into run.visits); the data-flow view can start from it. */
  inspectedVisit: number | undefined;
  bottomTab: BottomTab;
  simulatorView: SimulatorView;
  /** Why the last Run could not start (invalid input JSON, no definition). */
  notice: string | undefined;
  /** The event table's filters (kept when switching views, set by "Events of this state"). */
  eventFilter: { stateName?: string; type?: string; text?: string };

  start: (request: RunRequest) => void;
  /** From idle: start and pause before the first state. While paused: run to the next state entry. */
  step: (request?: RunRequest) => void;
  /** While paused: run to the next breakpoint. */
  resume: () => void;
  stop: () => void;
  toggleBreakpoint: (pointer: string) => void;
  setBreakpoints: (pointers: string[]) => void;
  setSpeed: (speed: RunSpeed) => void;
  setMaxTransitions: (max: number) => void;
  sendTaskSuccess: (taskToken: string, output: JsonValue) => void;
  sendTaskFailure: (taskToken: string, error: string, cause: string) => void;
  inspectVisit: (index: number | undefined) => void;
  showBottomTab: (tab: BottomTab) => void;
  showSimulatorView: (view: SimulatorView) => void;
  setNotice: (notice: string | undefined) => void;
  setEventFilter: (filter: RunState["eventFilter"]) => void;
  clear: () => void;
  /** Stops the run and the worker (the studio is going away). */
  dispose: () => void;
}

export type RunStore = StoreApi<RunState>;

export interface RunStoreOptions {
  /** Default: the real worker client, created on the first run. */
  createClient?: () => InterpreterClient;
  /** How often streamed events reach the UI, in ms (default 60). */
  publishMs?: number;
}

export const DEFAULT_MAX_TRANSITIONS = 25_000;

/** Real milliseconds before each state entry at a paced speed (watchable, still quick). */
export function stateDelayMs(speed: RunSpeed): number {
  switch (speed) {
    case "instant":
      return 0;
    case "1":
      return 600;
    case "10":
      return 120;
    case "100":
      return 25;
  }
}

export function isRunActive(state: Pick<RunState, "phase">): boolean {
  return state.phase === "running" || state.phase === "paused";
}

export function createRunStore(options: RunStoreOptions = {}): RunStore {
  const publishMs = options.publishMs ?? 60;
  let client: InterpreterClient | undefined;
  let execution: RemoteExecution | undefined;
  let pendingEvents: HistoryEvent[] = [];
  let pendingVisits: StateVisit[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const getClient = () => (client ??= (options.createClient ?? createInterpreterClient)());

  return createStore<RunState>()((set, get) => {
    const current = (runId: string) => get().run?.runId === runId;

    const publish = () => {
      timer = undefined;
      const run = get().run;
      if (!run || (pendingEvents.length === 0 && pendingVisits.length === 0)) return;
      const next: RunRecord = { ...run };
      if (pendingEvents.length > 0) next.events = run.events.concat(pendingEvents);
      if (pendingVisits.length > 0) next.visits = run.visits.concat(pendingVisits);
      pendingEvents = [];
      pendingVisits = [];
      set({ run: next });
    };
    const schedulePublish = () => {
      if (timer === undefined) timer = setTimeout(publish, publishMs);
    };
    const flushNow = () => {
      if (timer !== undefined) clearTimeout(timer);
      publish();
    };

    const finish = (runId: string, result: ExecutionResult | undefined, failure?: string) => {
      if (!current(runId)) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pendingEvents = [];
      pendingVisits = [];
      execution = undefined;
      const run = get().run as RunRecord;
      const next: RunRecord = { ...run };
      if (result) {
        next.result = result;
        next.events = result.events;
        next.visits = result.visits;
      }
      if (failure !== undefined) next.failure = failure;
      set({ run: next, phase: "finished", paused: undefined, pendingTasks: [], stopping: false });
    };

    const launch = (request: RunRequest, stepping: boolean) => {
      if (execution) {
        const old = execution;
        execution = undefined;
        old.abort("Replaced by a new run.");
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pendingEvents = [];
      pendingVisits = [];
      const { speed, breakpoints, maxTransitions } = get();
      const mocks = request.mocks;
      const runOptions = {
        callbacks: "wait" as const,
        maxTransitions,
        breakpoints,
        stepping,
        ...(speed === "instant" ? {} : { clock: { mode: "scaled" as const, speed: Number(speed) }, stateDelayMs: stateDelayMs(speed) }),
        ...(mocks ? { mocks } : {}),
        ...(request.stateMachineName !== undefined ? { stateMachineName: request.stateMachineName } : {}),
      };
      let started: RemoteExecution;
      const placeholder: RunRecord = {
        runId: "",
        definition: request.definition,
        input: request.input,
        inputName: request.inputName ?? "Input",
        speed,
        events: [],
        visits: [],
      };
      try {
        started = getClient().run(request.definition, request.input, {
          ...runOptions,
          onEvent: (event) => {
            if (!current(started.runId)) return;
            pendingEvents.push(event);
            schedulePublish();
          },
          onVisits: (visits) => {
            if (!current(started.runId)) return;
            for (const visit of visits) pendingVisits.push(visit);
            schedulePublish();
          },
          onPaused: (info) => {
            if (!current(started.runId)) return;
            flushNow();
            set({ phase: "paused", paused: info });
          },
          onTaskPending: (task) => {
            if (!current(started.runId)) return;
            flushNow();
            set({ pendingTasks: [...get().pendingTasks, task] });
          },
          onTaskGone: (taskToken) => {
            if (!current(started.runId)) return;
            set({ pendingTasks: get().pendingTasks.filter((t) => t.taskToken !== taskToken) });
          },
        });
      } catch (error) {
        set({ run: { ...placeholder, failure: (error as Error).message }, phase: "finished", paused: undefined, pendingTasks: [], stopping: false, inspectedVisit: undefined });
        return;
      }
      execution = started;
      set({ run: { ...placeholder, runId: started.runId }, phase: "running", paused: undefined, pendingTasks: [], stopping: false, inspectedVisit: undefined });
      started.result.then(
        (result) => finish(started.runId, result),
        (error: unknown) => finish(started.runId, undefined, error instanceof Error ? error.message : String(error)),
      );
    };

    return {
      phase: "idle",
      run: undefined,
      paused: undefined,
      pendingTasks: [],
      breakpoints: [],
      speed: "instant",
      maxTransitions: DEFAULT_MAX_TRANSITIONS,
      stopping: false,
      inspectedVisit: undefined,
      bottomTab: "problems",
      simulatorView: "result",
      notice: undefined,
      eventFilter: {},

      start: (request) => launch(request, false),
      step: (request) => {
        const { phase } = get();
        if (phase === "paused" && execution) {
          set({ phase: "running", paused: undefined });
          execution.resume("step", get().breakpoints);
        } else if (phase !== "running" && request) launch(request, true);
      },
      resume: () => {
        if (get().phase !== "paused" || !execution) return;
        set({ phase: "running", paused: undefined });
        execution.resume("continue", get().breakpoints);
      },
      stop: () => {
        if (!execution || !isRunActive(get())) return;
        set({ stopping: true });
        execution.abort("Stopped by the user.");
      },
      toggleBreakpoint: (pointer) => {
        const { breakpoints } = get();
        get().setBreakpoints(breakpoints.includes(pointer) ? breakpoints.filter((p) => p !== pointer) : [...breakpoints, pointer]);
      },
      setBreakpoints: (pointers) => {
        set({ breakpoints: pointers });
        if (execution && isRunActive(get())) execution.setBreakpoints(pointers);
      },
      setSpeed: (speed) => set({ speed }),
      setMaxTransitions: (max) => set({ maxTransitions: Number.isInteger(max) && max > 0 ? max : DEFAULT_MAX_TRANSITIONS }),
      sendTaskSuccess: (taskToken, output) => {
        if (!execution) return;
        execution.sendTaskSuccess(taskToken, output);
        set({ pendingTasks: get().pendingTasks.filter((t) => t.taskToken !== taskToken) });
      },
      sendTaskFailure: (taskToken, error, cause) => {
        if (!execution) return;
        execution.sendTaskFailure(taskToken, error || undefined, cause || undefined);
        set({ pendingTasks: get().pendingTasks.filter((t) => t.taskToken !== taskToken) });
      },
      inspectVisit: (index) => set({ inspectedVisit: index }),
      showBottomTab: (tab) => set({ bottomTab: tab }),
      showSimulatorView: (view) => set({ bottomTab: "simulator", simulatorView: view }),
      setNotice: (notice) => set({ notice }),
      setEventFilter: (eventFilter) => set({ eventFilter }),
      clear: () => {
        if (execution) execution.abort("Cleared.");
        execution = undefined;
        set({ run: undefined, phase: "idle", paused: undefined, pendingTasks: [], inspectedVisit: undefined });
      },
      dispose: () => {
        if (execution) execution.abort("The studio was closed.");
        execution = undefined;
        if (timer !== undefined) clearTimeout(timer);
        client?.dispose();
        client = undefined;
      },
    };
  });
}
