/**
 * Runs a state machine definition like an AWS Step Functions execution, without the network.
 *
 * @example
 * const handle = runExecution(definition, { who: "bob" }, { mocks: { states: { Charge: { result: { ok: true } } } } });
 * for await (const event of handle.events) console.log(event.type);
 * const { status, output } = await handle.result;
 *
 * The run starts at once and proceeds synchronously until something has to wait (an async
 * `beforeState`, a callback task, scaled real-time waits): a plain dry run has finished when this
 * function returns. `result` resolves with the status, output or error/cause, the full event
 * record and one `StateVisit` per state visit.
 */
import { deepClone, isJsonObject, type JsonObject, type JsonValue } from "../json";
import { uuidV4 } from "../intrinsics/functions/statesUuid";
import { createSeededRandom, type RandomSource } from "../intrinsics/random";
import { selectStateMachineName } from "../mocks/mockConfig";
import { createTaskResolver } from "../mocks/resolveTask";
import type { StateMachine } from "../types";
import { compileRoot } from "./compile";
import { dataLimitExceededInput } from "./errors/statesErrors";
import { toStatesError, type StatesError } from "./errors/StatesError";
import type { HistoryEvent } from "./events";
import { isPromise } from "./maybePromise";
import { exceedsPayloadLimit } from "./payloadSize";
import { History, Run, type Frame } from "./runtime";
import type { ExecutionHandle, ExecutionResult, ExecutionStatus, PendingTask, RunOptions, StateVisit } from "./types";
import { VariableScope } from "./variables";
import { runScope } from "./visitState";

export class InvalidDefinitionError extends Error {}

export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "123456789012";

function toRandom(option: RunOptions["random"]): RandomSource {
  if (option === undefined) return createSeededRandom(0);
  if (typeof option === "number" || typeof option === "string") return createSeededRandom(option);
  return option;
}

function toMillis(value: number | string | undefined): number {
  if (value === undefined) return Date.now();
  if (typeof value === "number") return value;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new InvalidDefinitionError(`startTime "${value}" is not an ISO 8601 time.`);
  return parsed;
}

/** Where a result keeps its run's record until `events` / `visits` are read (not enumerable: not part of the result's data). */
const RECORD = Symbol("record");
type LazyResult = ExecutionResult & { [RECORD]: Run };

/**
 * Replaces a lazy field of the result with its value (a plain, writable data property in the
 * same place); once both are, the result lets go of the run.
 */
function settle<K extends "events" | "visits">(result: ExecutionResult, key: K, value: ExecutionResult[K]): ExecutionResult[K] {
  Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
  const other = Object.getOwnPropertyDescriptor(result, key === "events" ? "visits" : "events");
  if (other !== undefined && "value" in other) Reflect.deleteProperty(result, RECORD);
  return value;
}

/*
 * `events` and `visits` are built as objects when first read (record.ts), then stay plain data
 * properties. The accessors are shared functions reading the run from a property of the result:
 * accessors made per result (closures over the run) sit in old space and keep every finished
 * run's record alive until a full GC (measured: a full GC every ~100 runs of 1,400 transitions).
 */
const EVENTS: PropertyDescriptor = {
  get(this: LazyResult): HistoryEvent[] {
    return settle(this, "events", this[RECORD].log.all());
  },
  set(this: LazyResult, value: HistoryEvent[]) {
    settle(this, "events", value);
  },
  enumerable: true,
  configurable: true,
};
const VISITS: PropertyDescriptor = {
  get(this: LazyResult): StateVisit[] {
    return settle(this, "visits", this[RECORD].visits.all());
  },
  set(this: LazyResult, value: StateVisit[]) {
    settle(this, "visits", value);
  },
  enumerable: true,
  configurable: true,
};

/** A result whose `events` and `visits` (in their usual place after `status`) come from the run's record. */
function lazyRecordResult(status: ExecutionStatus, run: Run): ExecutionResult {
  const result = { status } as ExecutionResult;
  Object.defineProperty(result, "events", EVENTS);
  Object.defineProperty(result, "visits", VISITS);
  Object.defineProperty(result, RECORD, { value: run, writable: false, enumerable: false, configurable: true });
  return result;
}

/**
 * Starts an execution.
 * @param definition the state machine (an object with StartAt and States)
 * @param input the execution input; `undefined` means `{}` (seed L5692–L5694)
 * @throws InvalidDefinitionError when the definition is not a state machine at all, or the mock config/test case cannot be used
 */
export function runExecution(definition: StateMachine | JsonValue, input?: JsonValue, options: RunOptions = {}): ExecutionHandle {
  if (!isJsonObject(definition as JsonValue) || typeof (definition as JsonObject).StartAt !== "string" || !isJsonObject((definition as JsonObject).States as JsonValue)) {
    throw new InvalidDefinitionError("The definition must be a state machine: an object with StartAt (string) and States (object).");
  }
  const machine = definition as unknown as StateMachine;
  const random = toRandom(options.random);
  let resolver;
  try {
    resolver = createTaskResolver({ ...options.mocks, ...(options.taskHandler ? { handler: options.taskHandler } : {}) });
  } catch (error) {
    throw new InvalidDefinitionError((error as Error).message);
  }
  const region = options.region ?? DEFAULT_REGION;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  // With a MockConfigFile test case, the machine is the config's (its name is the state machine's name).
  const mocks = options.mocks;
  const configName = mocks?.config !== undefined && mocks.testCase !== undefined ? selectStateMachineName(mocks.config, mocks.stateMachine) : undefined;
  const stateMachineName = options.stateMachineName ?? configName ?? "StateMachine";
  const executionName = options.executionName ?? uuidV4(random);
  const stateMachineArn = options.stateMachineArn ?? `arn:aws:states:${region}:${accountId}:stateMachine:${stateMachineName}`;
  const executionArn = options.executionArn ?? `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}:${executionName}`;
  const roleArn = options.roleArn ?? `arn:aws:iam::${accountId}:role/StepFunctionsSimulatorRole`;
  const startTime = toMillis(options.startTime);
  const executionInput: JsonValue = input === undefined ? {} : deepClone(input);

  const run = new Run(options, random, resolver, region, accountId, stateMachineArn);
  if (typeof machine.TimeoutSeconds === "number" && machine.TimeoutSeconds > 0) run.deadline = startTime + machine.TimeoutSeconds * 1000;
  const history = new History(
    executionArn,
    undefined,
    { Id: executionArn, Input: executionInput, Name: executionName, RoleArn: roleArn, StartTime: new Date(startTime).toISOString(), RedriveCount: 0 },
    { Id: stateMachineArn, Name: stateMachineName },
  );
  const frame: Frame = { history, now: startTime, stop: undefined, lastEventId: 0, iterationPath: [], variables: new VariableScope(undefined), recordSlot: -1, spareVisit: undefined, recordOutput: undefined, recordOutputAt: -1, sizedOutput: undefined, sizedBytes: -1 };
  if (options.variables !== undefined) {
    if (!isJsonObject(options.variables)) throw new InvalidDefinitionError("variables must be an object of variable names and values.");
    try {
      (frame.variables as VariableScope).assign(deepClone(options.variables), { stateName: "(execution)", enteredEventId: 0 });
    } catch (error) {
      throw new InvalidDefinitionError((error as Error).message);
    }
  }

  let stopListening: (() => void) | undefined;
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => run.abort(typeof signal.reason === "string" ? signal.reason : "The execution was aborted.");
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener("abort", onAbort, { once: true });
      stopListening = () => signal.removeEventListener("abort", onAbort);
    }
  }

  const finish = (status: ExecutionStatus, output: JsonValue | undefined, error: StatesError | undefined): ExecutionResult => {
    stopListening?.();
    const details: { error?: string; cause?: string } = {};
    if (error?.error !== undefined) details.error = error.error;
    if (error?.cause !== undefined) details.cause = error.cause;
    if (status === "SUCCEEDED") run.emit(frame, { type: "ExecutionSucceeded", executionSucceededEventDetails: { output: output as JsonValue } });
    else if (status === "TIMED_OUT") run.emit(frame, { type: "ExecutionTimedOut", executionTimedOutEventDetails: details });
    else if (status === "ABORTED") run.emit(frame, { type: "ExecutionAborted", executionAbortedEventDetails: details });
    else run.emit(frame, { type: "ExecutionFailed", executionFailedEventDetails: details });
    run.log.close();
    const result = lazyRecordResult(status, run);
    result.transitions = history.transitions;
    result.startTime = startTime;
    result.stopTime = frame.now;
    result.executionArn = executionArn;
    if (status === "SUCCEEDED") result.output = output;
    if (details.error !== undefined) result.error = details.error;
    if (details.cause !== undefined) result.cause = details.cause;
    return result;
  };
  const onError = (thrown: unknown): ExecutionResult => {
    const error = toStatesError(thrown);
    if (error.terminal === "aborted") return finish("ABORTED", undefined, error);
    if (error.terminal === "timedOut") return finish("TIMED_OUT", undefined, error);
    return finish("FAILED", undefined, error);
  };

  run.emit(frame, { type: "ExecutionStarted", executionStartedEventDetails: { input: executionInput, roleArn, stateMachineArn } });
  let result: Promise<ExecutionResult>;
  try {
    if (exceedsPayloadLimit(executionInput, run.maxPayloadBytes)) throw dataLimitExceededInput(executionArn);
    // The first state's entered event has previousEventId 0, not ExecutionStarted's id (guide's example history, seed L21050–L21054).
    frame.lastEventId = 0;
    const output = runScope(run, compileRoot(machine), machine.StartAt, executionInput, frame);
    result = isPromise(output) ? output.then((value) => finish("SUCCEEDED", value, undefined), onError) : Promise.resolve(finish("SUCCEEDED", output, undefined));
  } catch (thrown) {
    result = Promise.resolve(onError(thrown));
  }

  const respond = (taskToken: string, answer: Parameters<NonNullable<ReturnType<typeof run.callbacks.get>>["resolve"]>[0]): boolean => {
    const pending = run.callbacks.get(taskToken);
    if (!pending) return false;
    pending.resolve(answer);
    return true;
  };
  return {
    executionArn,
    abort: (reason?: string) => run.abort(reason ?? "The execution was aborted."),
    result,
    events: { [Symbol.asyncIterator]: () => run.log.iterate() } as AsyncIterable<HistoryEvent>,
    sendTaskSuccess: (token, output, opts) =>
      respond(token, { kind: "success", output, ...(opts?.afterSeconds !== undefined ? { afterSeconds: opts.afterSeconds } : {}) }),
    sendTaskFailure: (token, error, cause, opts) =>
      respond(token, {
        kind: "failure",
        ...(error !== undefined ? { error } : {}),
        ...(cause !== undefined ? { cause } : {}),
        ...(opts?.afterSeconds !== undefined ? { afterSeconds: opts.afterSeconds } : {}),
      }),
    sendTaskHeartbeat: (token) => run.callbacks.has(token),
    pendingTasks: (): PendingTask[] =>
      [...run.callbacks.values()].map(({ taskToken, stateName, resource, input: taskInput, iterationPath }) => ({ taskToken, stateName, resource, input: taskInput, iterationPath })),
  };
}
