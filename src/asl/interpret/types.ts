/**
 * Public types of the interpreter: run options, the per-state visit record, the result.
 * See runExecution.ts for the entry point.
 */
import type { JsonObject, JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import type { MockConfigFile, StateMockMap } from "../mocks/types";
import type { TaskHandler } from "../mocks/taskInvocation";
import type { HistoryEvent } from "./events";

export type ExecutionStatus = "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

/** One step of the way into nested scopes: the i-th item of a Map, or the i-th branch of a Parallel. */
export interface IterationStep {
  kind: "map" | "branch";
  /** Name of the Map or Parallel state. */
  state: string;
  index: number;
}

/**
 * The data of one state visit at each stage of its pipeline, named as the TestState API's
 * `inspectionData` (seed L20192–L20200; `afterArguments` and `variables` are the API's JSONata-era
 * fields). A stage the state does not have is absent.
 *
 * JSONPath: input → afterInputPath → afterParameters → result → afterResultSelector →
 * afterResultPath (→ the visit's output after OutputPath).
 * JSONata: input → afterArguments (Task/Parallel: the Arguments; Map: each iteration's input
 * after Items and ItemSelector) → result → (the visit's output after Output).
 * Both: `variables`, present when the state assigned variables: every variable in scope after
 * its Assign (as TestState's `variables`).
 */
export interface InspectionStages {
  input?: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  afterArguments?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  variables?: JsonObject;
}

export interface RetryRecord {
  /** 1-based retry number for the state (the value `$$.State.RetryCount` has during that retry). */
  attempt: number;
  /** Index of the retrier that matched. */
  retrierIndex: number;
  error?: string;
  cause?: string;
  /** Delay before the retry, in seconds on the virtual clock (after MaxDelaySeconds and jitter). */
  delaySeconds: number;
}

/** Shared empty retry list of visits that were never retried (replaced on the first retry). */
export const NO_RETRIES: RetryRecord[] = [];

export type VisitStatus = "running" | "succeeded" | "failed" | "caught";

/** One visit of one state: what went in, what came out at every stage, and how it ended. */
export interface StateVisit {
  stateName: string;
  stateType: string;
  /** JSON Pointer of the state in the definition, e.g. "/States/Map/ItemProcessor/States/Work". */
  pointer: string;
  /** Map item / Parallel branch indexes leading to this visit; empty at top level. */
  iterationPath: readonly IterationStep[];
  /** Set for visits inside a distributed Map child execution. */
  executionArn?: string;
  input: JsonValue;
  stages: InspectionStages;
  output?: JsonValue;
  error?: string;
  cause?: string;
  retries: RetryRecord[];
  /** Where a Task's result came from. */
  mock?: string;
  enteredAt: number;
  exitedAt?: number;
  enteredEventId: number;
  status: VisitStatus;
  /** The state that runs next (Next, Choice target, catcher Next); absent at an end. */
  nextState?: string;
  /** Distributed Map with ResultWriter: the files the simulated writer produced. */
  resultWriterFiles?: Record<string, JsonValue>;
  /**
   * The workflow variables in scope when the state was entered: what its expressions read.
   * Absent when there are none. A shared, read-only snapshot (the same object until a variable
   * changes): do not mutate.
   */
  variables?: Readonly<JsonObject>;
  /** The variables this visit assigned (the state's Assign, the matched Choice rule's, or the catcher's). */
  assigned?: JsonObject;
}

export interface ExecutionResult {
  status: ExecutionStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  visits: StateVisit[];
  /** State entries counted against `maxTransitions` (top-level history). */
  transitions: number;
  startTime: number;
  stopTime: number;
  executionArn: string;
}

/** What `beforeState` learns about the state about to be entered. */
export interface BeforeStateInfo {
  stateName: string;
  stateType: string;
  pointer: string;
  iterationPath: readonly IterationStep[];
  input: JsonValue;
  /** Virtual time the state is entered at. */
  timestamp: number;
  executionArn?: string;
}

/**
 * How waits, retry delays and task durations pass.
 * - `virtual` (default): time is simulated, a run never sleeps;
 * - `scaled`: also sleep in real time, `speed` virtual seconds per real second (for the UI).
 */
export type ClockMode = { mode: "virtual" } | { mode: "scaled"; speed: number };

/** What to do with a `.waitForTaskToken` / activity task that has no mock. */
export type CallbackPolicy = "wait" | "default";

export interface WaitInfo {
  stateName: string;
  iterationPath: readonly IterationStep[];
  /** The wait the definition asks for, in seconds. */
  seconds: number;
}

export interface RetryDelayInfo {
  stateName: string;
  retrierIndex: number;
  attempt: number;
  error?: string;
  /** The delay the retrier asks for, in seconds. */
  seconds: number;
}

export interface RunOptions {
  /** Task results: a Step Functions Local mock file with a test case, and/or simple per-state mocks (those win). */
  mocks?: {
    config?: MockConfigFile;
    testCase?: string;
    /** Which state machine of the config; may be left out when the config has exactly one. */
    stateMachine?: string;
    states?: StateMockMap;
  };
  /** Seam: answers tasks before any mock. Return undefined to fall through to the mocks. */
  taskHandler?: TaskHandler;
  /** A seed (number or string) or a RandomSource for MathRandom, UUID and retry jitter. Default: seed 0 (replayable). */
  random?: number | string | RandomSource;
  clock?: ClockMode;
  /** Virtual start time, epoch ms or ISO 8601. Default: the real time when the run starts. */
  startTime?: number | string;
  /** Stop with States.Runtime after this many state entries in one history. Default 25,000. */
  maxTransitions?: number;
  executionName?: string;
  stateMachineName?: string;
  executionArn?: string;
  stateMachineArn?: string;
  roleArn?: string;
  region?: string;
  accountId?: string;
  /** Aborts the run (status ABORTED), like StopExecution. */
  signal?: AbortSignal;
  /** Awaited before each state is entered: breakpoints, Step and Continue live here. */
  beforeState?: (info: BeforeStateInfo) => void | Promise<void>;
  /** Called synchronously for every history event as it is recorded. */
  onEvent?: (event: HistoryEvent) => void;
  /** Called when a state visit ends (succeeded, failed or caught). */
  onVisit?: (visit: StateVisit) => void;
  /** Unmocked callback/activity tasks: wait for sendTaskSuccess/Failure ("wait", default) or return the default result at once. */
  callbacks?: CallbackPolicy;
  /** Seam: override the length of a Wait (seconds). */
  waitSeconds?: (info: WaitInfo) => number | undefined;
  /** Seam: override a retry delay (seconds). */
  retryDelaySeconds?: (info: RetryDelayInfo) => number | undefined;
  /**
   * Yield to the host's event loop every N state entries (a macrotask), so a worker can receive
   * an abort while a long synchronous run is going. Off by default (fastest).
   */
  yieldEvery?: number;
  /** Payload limit in bytes (default 262,144). */
  maxPayloadBytes?: number;
  /** Extra fields merged into `$$` (e.g. `{ "Execution": { "RedriveCount": 1 } }` is not merged deeply; top-level keys replace). */
  contextOverrides?: JsonObject;
  /** Workflow variables in scope when the execution starts (as TestState's `variables`); none by default. */
  variables?: JsonObject;
  /** Wall-clock budget of one JSONata evaluation in ms (default 2,000): a runaway expression fails with States.QueryEvaluationError. */
  jsonataTimeLimitMs?: number;
}

/** A callback task waiting for the host. */
export interface PendingTask {
  taskToken: string;
  stateName: string;
  resource: string;
  input: JsonValue;
  iterationPath: readonly IterationStep[];
}

export interface CallbackResponseOptions {
  /** Virtual seconds the worker took to answer; beyond TimeoutSeconds/HeartbeatSeconds the task times out. */
  afterSeconds?: number;
}

/** What `runExecution` returns: an abort handle, the result, and the live event stream. */
export interface ExecutionHandle {
  executionArn: string;
  abort(reason?: string): void;
  result: Promise<ExecutionResult>;
  /** Replays every event from the start, then follows the run until it ends. */
  events: AsyncIterable<HistoryEvent>;
  /** SendTaskSuccess for a waiting `.waitForTaskToken` / activity task. */
  sendTaskSuccess(taskToken: string, output: JsonValue, options?: CallbackResponseOptions): boolean;
  /** SendTaskFailure. */
  sendTaskFailure(taskToken: string, error?: string, cause?: string, options?: CallbackResponseOptions): boolean;
  /** SendTaskHeartbeat (accepted; the virtual clock needs no heartbeats). */
  sendTaskHeartbeat(taskToken: string): boolean;
  /**
   * The callback tasks waiting for an answer now. A task whose branch was stopped (its Parallel or
   * Map failed, seed L4660–L4664) leaves the list at once; answering it then returns false.
   */
  pendingTasks(): PendingTask[];
}
