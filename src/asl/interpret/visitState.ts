/**
 * Runs machines (the top level, a Parallel branch, a Map iteration) state by state, and each
 * state visit: limits and abort, the `beforeState` hook, the Entered/Exited events, the visit
 * record, Retry and Catch around the state's own module.
 */
import type { JsonObject, JsonValue } from "../json";
import type { CompiledScope, CompiledState } from "./compile";
import { getState } from "./compile";
import { runtimeError } from "./errors/statesErrors";
import { StatesError, toStatesError } from "./errors/StatesError";
import type { StateEnteredType, StateExitedType } from "./events";
import { isPromise, type MaybePromise } from "./maybePromise";
import { runWithRetry } from "./retry";
import type { Frame, Run } from "./runtime";
import { NO_VARIABLES } from "./variables";
import { runChoice } from "./states/Choice";
import { runFail } from "./states/Fail";
import { runMap } from "./states/Map";
import { runParallel } from "./states/Parallel";
import { runPass } from "./states/Pass";
import { runSucceed } from "./states/Succeed";
import { runTask } from "./states/Task";
import type { StateHandler, StateResult } from "./states/types";
import { runWait } from "./states/Wait";
import { NO_RETRIES, type StateVisit } from "./types";
import { Visit } from "./visit";

const HANDLERS: Record<string, StateHandler> = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};

const ENTERED: Record<string, StateEnteredType> = {
  Pass: "PassStateEntered",
  Task: "TaskStateEntered",
  Choice: "ChoiceStateEntered",
  Wait: "WaitStateEntered",
  Succeed: "SucceedStateEntered",
  Fail: "FailStateEntered",
  Parallel: "ParallelStateEntered",
  Map: "MapStateEntered",
};

const EXITED: Record<string, StateExitedType> = {
  Pass: "PassStateExited",
  Task: "TaskStateExited",
  Choice: "ChoiceStateExited",
  Wait: "WaitStateExited",
  Succeed: "SucceedStateExited",
  Parallel: "ParallelStateExited",
  Map: "MapStateExited",
};

/** Runs a machine from `startAt` until a state ends it; returns the last output, throws the failure. */
export function runScope(run: Run, scope: CompiledScope, startAt: string, input: JsonValue, frame: Frame): MaybePromise<JsonValue> {
  let name = startAt;
  let value = input;
  for (;;) {
    const state = getState(scope, name);
    if (!state) throw runtimeError(undefined, `The state '${name}' does not exist in ${scope.pointer === "" ? "the state machine" : scope.pointer}.`);
    const step = visitState(run, state, value, frame);
    if (isPromise(step)) {
      return step.then((result) => (result.next === undefined ? result.output : runScope(run, scope, result.next, result.output, frame)));
    }
    if (step.next === undefined) return step.output;
    name = step.next;
    value = step.output;
  }
}

export function visitState(run: Run, state: CompiledState, raw: JsonValue, frame: Frame): MaybePromise<StateResult> {
  run.throwIfAborted();
  run.checkDeadline(frame);
  const history = frame.history;
  if (++history.transitions > run.maxTransitions) {
    throw new StatesError(
      "States.Runtime",
      `The execution reached the limit of ${run.maxTransitions} state transitions (the 25,000-event history limit by default) while entering '${state.name}'.`,
      "limit",
    );
  }
  const yieldEvery = run.options.yieldEvery;
  if (yieldEvery !== undefined && yieldEvery > 0 && history.transitions % yieldEvery === 0) {
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => afterYield(run, state, raw, frame));
  }
  return afterYield(run, state, raw, frame);
}

function afterYield(run: Run, state: CompiledState, raw: JsonValue, frame: Frame): MaybePromise<StateResult> {
  run.throwIfAborted();
  const history = frame.history;
  const hook = run.options.beforeState;
  if (hook) {
    const waited = hook({
      stateName: state.name,
      stateType: state.type,
      pointer: state.pointer,
      iterationPath: frame.iterationPath,
      input: raw,
      timestamp: frame.now,
      ...(history.childOf !== undefined ? { executionArn: history.executionArn } : {}),
    });
    if (isPromise(waited)) {
      return waited.then(() => {
        run.throwIfAborted();
        return enterState(run, state, raw, frame);
      });
    }
  }
  return enterState(run, state, raw, frame);
}

function enterState(run: Run, state: CompiledState, raw: JsonValue, frame: Frame): MaybePromise<StateResult> {
  const type = state.type;
  const entered = run.emit(frame, { type: ENTERED[type] ?? "PassStateEntered", stateEnteredEventDetails: { name: state.name, input: raw } });
  const record: StateVisit = {
    stateName: state.name,
    stateType: type,
    pointer: state.pointer,
    iterationPath: frame.iterationPath,
    input: raw,
    stages: {},
    retries: NO_RETRIES,
    enteredAt: frame.now,
    enteredEventId: entered.id,
    status: "running",
  };
  if (frame.history.childOf !== undefined) record.executionArn = frame.history.executionArn;
  // Only when there are some: a JSONPath run without variables keeps its records as they were.
  const variables = frame.variables?.snapshot();
  if (variables !== undefined && variables !== NO_VARIABLES) record.variables = variables;
  run.visits.push(record);
  const visit = new Visit(run, frame, state, record);
  const handler = HANDLERS[type];
  // No closures on this path: it runs once per transition (see bench/interpret.bench.ts).
  let result: MaybePromise<StateResult>;
  try {
    if (!handler) throw runtimeError(visit, `Unknown state type ${JSON.stringify(type)}.`);
    result = state.retriers.length > 0 || state.catchers.length > 0 ? runWithRetry(run, state, raw, frame, visit, handler) : handler(run, state, raw, frame, visit);
  } catch (error) {
    return fail(run, record, frame, toStatesError(error));
  }
  if (isPromise(result)) {
    return result.then(
      (r) => exit(run, state, record, frame, r),
      (error: unknown) => fail(run, record, frame, toStatesError(error)),
    );
  }
  return exit(run, state, record, frame, result);
}

function exit(run: Run, state: CompiledState, record: StateVisit, frame: Frame, result: StateResult): StateResult {
  record.exitedAt = frame.now;
  if (result.next !== undefined) record.nextState = result.next;
  if (record.status !== "caught") record.status = "succeeded";
  record.output = result.output;
  // A caught state exits too, with the catcher's output: AWS numbers the next state's entry
  // after that event (recorded, corpus 0975: 'Fallback' entered at #13 after a caught Task).
  const details: { name: string; output: JsonValue; assignedVariables?: JsonObject } = { name: state.name, output: result.output };
  if (record.assigned !== undefined) details.assignedVariables = record.assigned;
  run.emit(frame, { type: EXITED[state.type] ?? "PassStateExited", stateExitedEventDetails: details });
  run.options.onVisit?.(record);
  return result;
}

function fail(run: Run, record: StateVisit, frame: Frame, error: StatesError): never {
  record.exitedAt = frame.now;
  record.status = "failed";
  if (error.error !== undefined) record.error = error.error;
  if (error.cause !== undefined) record.cause = error.cause;
  run.options.onVisit?.(record);
  throw error;
}
