/**
 * Runs one state like the TestState API (asl-semantics §13.1, seed L19740–L20200): one attempt,
 * no retries, and an answer shaped as the API's: `status` (SUCCEEDED, FAILED, RETRIABLE,
 * CAUGHT_ERROR), `output`, `error`, `cause`, `nextState` and, at DEBUG, `inspectionData` with the
 * data after each stage. Like the API, `output` and the stages are JSON *strings*.
 *
 * The guide's TestState cannot test Parallel, Map, activities, `.sync` or `.waitForTaskToken`
 * tasks (seed L19744–L19772); those are refused with TestStateError.
 *
 * JSONata states run too (the API's JSONata-era fields): `variables` gives the variables in
 * scope; `inspectionData` has `afterArguments` and, when the state assigned some, `variables`
 * (every variable after the Assign) instead of the JSONPath stages.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../json";
import { createSeededRandom } from "../intrinsics/random";
import { parseResource } from "../mocks/resources";
import { createTaskResolver } from "../mocks/resolveTask";
import type { StateMock } from "../mocks/types";
import type { State, StateMachine, TaskState } from "../types";
import { compileRoot, getState } from "./compile";
import { matchesErrorEquals } from "./errors/matchError";
import { toStatesError } from "./errors/StatesError";
import { isPromise } from "./maybePromise";
import { catchOutput, RETRY_DEFAULTS } from "./retry";
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from "./runExecution";
import { History, Run, type Frame } from "./runtime";
import { runChoice } from "./states/Choice";
import { runFail } from "./states/Fail";
import { runPass } from "./states/Pass";
import { runSucceed } from "./states/Succeed";
import { runTask } from "./states/Task";
import type { StateHandler, StateResult } from "./states/types";
import { runWait } from "./states/Wait";
import { stagesObject } from "./record";
import type { InspectionStages } from "./types";
import { VariableScope } from "./variables";
import { Visit } from "./visit";

export class TestStateError extends Error {}

export type InspectionLevel = "INFO" | "DEBUG" | "TRACE";
export type TestStateStatus = "SUCCEEDED" | "FAILED" | "RETRIABLE" | "CAUGHT_ERROR";

export interface TestStateOptions {
  /** Which state, when `definition` is a whole state machine. */
  stateName?: string;
  /** The Task's answer (a result, an error, or a sequence whose first step is used). Without one the Task returns its integration's default result. */
  mock?: StateMock;
  inspectionLevel?: InspectionLevel;
  random?: number | string;
  startTime?: number | string;
  /** Workflow variables in scope when the state runs (the API's `variables`). */
  variables?: JsonObject;
}

export interface TestStateResult {
  status: TestStateStatus;
  /** JSON text, as the API returns it. */
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  /** DEBUG and TRACE: the data after each stage, as JSON text. */
  inspectionData?: Partial<Record<keyof InspectionStages, string>>;
}

const HANDLERS: Partial<Record<string, StateHandler>> = { Pass: runPass, Task: runTask, Choice: runChoice, Wait: runWait, Succeed: runSucceed, Fail: runFail };

function pickState(definition: JsonValue, stateName: string | undefined): { name: string; machine: StateMachine } {
  if (!isJsonObject(definition)) throw new TestStateError("Expected a state definition or a state machine.");
  if (isJsonObject(definition.States as JsonValue)) {
    const states = definition.States as JsonObject;
    const names = Object.keys(states);
    const name = stateName ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) throw new TestStateError(`Say which state to test (one of ${names.join(", ")}).`);
    if (!Object.prototype.hasOwnProperty.call(states, name)) throw new TestStateError(`The state machine has no top-level state "${name}".`);
    return { name, machine: { StartAt: name, States: { [name]: states[name] as unknown as State } } };
  }
  if (typeof definition.Type !== "string") throw new TestStateError("A state definition needs a Type.");
  const name = stateName ?? "TestState";
  return { name, machine: { StartAt: name, States: { [name]: definition as unknown as State } } };
}

export async function testState(definition: JsonValue, input: JsonValue = {}, options: TestStateOptions = {}): Promise<TestStateResult> {
  const { name, machine } = pickState(definition, options.stateName);
  const compiled = getState(compileRoot(machine), name);
  if (!compiled) throw new TestStateError(`The state "${name}" is not an object.`);
  const handler = HANDLERS[compiled.type];
  if (!handler) throw new TestStateError(`TestState cannot test ${compiled.type} states (seed L19744–L19772).`);
  if (compiled.type === "Task") {
    const info = parseResource(String((compiled.state as TaskState).Resource ?? ""));
    if (info.kind === "activity" || info.pattern !== "requestResponse") {
      throw new TestStateError("TestState cannot test activities, .sync or .waitForTaskToken tasks (seed L19744–L19772).");
    }
  }
  const random = createSeededRandom(options.random ?? 0);
  const resolver = createTaskResolver(options.mock ? { states: { [name]: options.mock } } : {});
  const run = new Run({ callbacks: "default" }, random, resolver, DEFAULT_REGION, DEFAULT_ACCOUNT_ID, `arn:aws:states:${DEFAULT_REGION}:${DEFAULT_ACCOUNT_ID}:stateMachine:TestState`);
  const start = options.startTime === undefined ? Date.now() : typeof options.startTime === "number" ? options.startTime : Date.parse(options.startTime);
  const executionArn = `arn:aws:states:${DEFAULT_REGION}:${DEFAULT_ACCOUNT_ID}:execution:TestState:test`;
  const history = new History(
    executionArn,
    undefined,
    { Id: executionArn, Input: input, Name: "test", RoleArn: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:role/TestStateRole`, StartTime: new Date(start).toISOString(), RedriveCount: 0 },
    { Id: run.stateMachineArn, Name: "TestState" },
  );
  const frame: Frame = { history, now: start, stop: undefined, lastEventId: 0, iterationPath: [], variables: new VariableScope(undefined) };
  if (options.variables) (frame.variables as VariableScope).assign(options.variables, { stateName: name, enteredEventId: 2 });
  const visit = new Visit(run, frame, compiled, { enteredAt: start, enteredEventId: 2 });

  const debug = options.inspectionLevel === "DEBUG" || options.inspectionLevel === "TRACE";
  const inspection = (): TestStateResult["inspectionData"] => {
    const data: Partial<Record<keyof InspectionStages, string>> = {};
    for (const [key, value] of Object.entries(stagesObject(visit.stages)) as [keyof InspectionStages, JsonValue | undefined][]) {
      if (value !== undefined) data[key] = JSON.stringify(value);
    }
    return data;
  };
  const withInspection = (result: TestStateResult): TestStateResult => (debug ? { ...result, inspectionData: inspection() } : result);

  let result: StateResult;
  try {
    const attempt = handler(run, compiled, input, frame, visit);
    result = isPromise(attempt) ? await attempt : attempt;
  } catch (thrown) {
    const error = toStatesError(thrown);
    const base: TestStateResult = { status: "FAILED" };
    if (error.error !== undefined) base.error = error.error;
    if (error.cause !== undefined) base.cause = error.cause;
    if (error.error !== "States.Runtime") {
      for (const retrier of compiled.retriers) {
        if (!matchesErrorEquals(retrier.ErrorEquals, error.error)) continue;
        if ((retrier.MaxAttempts ?? RETRY_DEFAULTS.MaxAttempts) > 0) return withInspection({ ...base, status: "RETRIABLE" });
        break;
      }
      for (const catcher of compiled.catchers) {
        if (!matchesErrorEquals(catcher.ErrorEquals, error.error)) continue;
        const output = catchOutput(compiled, catcher, input, error, visit);
        return withInspection({ ...base, status: "CAUGHT_ERROR", output: JSON.stringify(output), nextState: catcher.Next });
      }
    }
    return withInspection(base);
  }
  const answer: TestStateResult = { status: "SUCCEEDED", output: JSON.stringify(result.output) };
  if (result.next !== undefined) answer.nextState = result.next;
  return withInspection(answer);
}
