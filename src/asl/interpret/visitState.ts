/**
 * Runs machines (the top level, a Parallel branch, a Map iteration) state by state, and each
 * state visit: limits and abort, the `beforeState` hook, the Entered/Exited events, the visit
 * record, Retry and Catch around the state's own module.
 */
import type { JsonValue } from "../json";
import type { CompiledScope, CompiledState } from "./compile";
import { getState } from "./compile";
import { runtimeError } from "./errors/statesErrors";
import { StatesError, toStatesError } from "./errors/StatesError";
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
import { STATUS_CAUGHT, STATUS_FAILED, STATUS_SUCCEEDED } from "./record";
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

/** Runs a machine from `startAt` until a state ends it; returns the last output, throws the failure. */
export function runScope(run: Run, scope: CompiledScope, startAt: string, input: JsonValue, frame: Frame): MaybePromise<JsonValue> {
  let name = startAt;
  let value = input;
  let state = getState(scope, name);
  for (;;) {
    if (!state) throw runtimeError(undefined, `The state '${name}' does not exist in ${scope.pointer === "" ? "the state machine" : scope.pointer}.`);
    const step = visitState(run, state, value, frame);
    if (isPromise(step)) {
      return step.then((result) => (result.next === undefined ? result.output : runScope(run, scope, result.next, result.output, frame)));
    }
    const next = step.next;
    if (next === undefined) return step.output;
    value = step.output;
    name = next;
    // The state's own Next, looked up once; other targets (Choice, Catch) by name.
    if (next === state.next) state = state.nextState ?? (state.nextState = getState(scope, next));
    else state = getState(scope, next);
  }
}

export function visitState(run: Run, state: CompiledState, raw: JsonValue, frame: Frame): MaybePromise<StateResult> {
  run.throwIfAborted();
  // Not entered: its Parallel/Map group stopped before now (a sibling failed, seed L4660–L4664).
  if (frame.stop !== undefined) run.checkStopped(frame);
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
  if (frame.stop !== undefined) run.checkStopped(frame);
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
        // The group may have stopped while the hook held the entry (a breakpoint, the UI's pace).
        if (frame.stop !== undefined) run.checkStopped(frame);
        return enterState(run, state, raw, frame);
      });
    }
  }
  return enterState(run, state, raw, frame);
}

function enterState(run: Run, state: CompiledState, raw: JsonValue, frame: Frame): MaybePromise<StateResult> {
  const type = state.type;
  const history = frame.history;
  // Only when there are some: a JSONPath run without variables keeps its records as they were.
  let variables = frame.variables?.snapshot();
  if (variables === NO_VARIABLES) variables = undefined;
  // The visit is recorded first, with the id its entered event is about to get; the event refers to it.
  const enteredEventId = history.nextId;
  const index = run.visits.enter(state, frame, run.arnIndex(history), raw, frame.now, enteredEventId, variables);
  run.emitCompact(frame, state.enteredCode, index, 0);
  const spare = frame.spareVisit;
  let visit: Visit;
  if (spare !== undefined) {
    frame.spareVisit = undefined;
    visit = spare.reuse(state, index, enteredEventId);
  } else visit = new Visit(run, frame, state, undefined, index, enteredEventId);
  visit.input = raw;
  const handler = (state.handler as StateHandler | undefined) ?? (state.handler = HANDLERS[type]);
  // No closures on this path: it runs once per transition (see bench/interpret.bench.ts).
  let result: MaybePromise<StateResult>;
  try {
    if (!handler) throw runtimeError(visit, `Unknown state type ${JSON.stringify(type)}.`);
    result = state.retriers.length > 0 || state.catchers.length > 0 ? runWithRetry(run, state, raw, frame, visit, handler) : handler(run, state, raw, frame, visit);
  } catch (error) {
    return fail(run, visit, frame, toStatesError(error));
  }
  if (isPromise(result)) {
    return result.then(
      (r) => exit(run, state, visit, frame, r),
      (error: unknown) => fail(run, visit, frame, toStatesError(error)),
    );
  }
  return exit(run, state, visit, frame, result);
}

function exit(run: Run, state: CompiledState, visit: Visit, frame: Frame, result: StateResult): StateResult {
  const output = result.output;
  // A caught state exits too, with the catcher's output: AWS numbers the next state's entry
  // after that event (recorded, corpus 0975: 'Fallback' entered at #13 after a caught Task).
  const visits = run.visits;
  visits.exit(visit, frame, visit.status === "caught" ? STATUS_CAUGHT : STATUS_SUCCEEDED, frame.now, output, result.next);
  run.emitCompact(frame, state.exitedCode, visit.index, 0);
  visits.ended(visit.index);
  if (!visit.pinned) frame.spareVisit = visit;
  return result;
}

function fail(run: Run, visit: Visit, frame: Frame, error: StatesError): never {
  if (error.error !== undefined) visit.error = error.error;
  if (error.cause !== undefined) visit.cause = error.cause;
  run.visits.exit(visit, frame, STATUS_FAILED, frame.now, undefined, undefined);
  run.visits.ended(visit.index);
  throw error;
}
