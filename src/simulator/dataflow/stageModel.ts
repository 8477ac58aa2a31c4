/**
 * The data-flow view's model: one state's JSONPath stages, each with the field that produced it,
 * evaluated with the interpreter's own stage functions (the same code a run uses), so what the
 * view shows is what a run would do. Stages are named as the TestState API names them
 * (`input`, `afterInputPath`, `afterParameters`, `result`, `afterResultSelector`,
 * `afterResultPath`, then the state `output`); a Map adds its own stages (items, ItemSelector,
 * ItemBatcher), which the console's data flow simulator does not have.
 *
 * A failing stage carries the error AWS would raise (States.Runtime for a path that matches
 * nothing, States.ResultPathMatchFailure for a ResultPath into a non-object, States.IntrinsicFailure…);
 * the stages after it are not reached. One state is cheap, so this runs on the main thread.
 *
 * JSONata states (issue 9) have TestState's JSONata stages: `input` → `afterArguments` (Task,
 * Parallel; a Map's Items, then each iteration's input after ItemSelector) → `result` → the
 * state `output` (Output) → `variables` (every variable in scope after Assign). A state with
 * Assign, in either language, ends with the `variables` stage; the variables of state entry
 * (from the run's visit, or typed) are what the expressions read.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import { createSeededRandom } from "../../asl/intrinsics/random";
import { compileRule } from "../../asl/interpret/choice/evaluateRule";
import { compileRoot, getState, type CompiledState } from "../../asl/interpret/compile";
import { matchesErrorEquals } from "../../asl/interpret/errors/matchError";
import { pathNotFoundMessage, runtimeError } from "../../asl/interpret/errors/statesErrors";
import { StatesError, toStatesError } from "../../asl/interpret/errors/StatesError";
import { compileTemplate } from "../../asl/interpret/io/payloadTemplate";
import { jsonPathPipeline } from "../../asl/interpret/io/pipeline";
import { compilePathSpec, selectPath } from "../../asl/interpret/io/selectPath";
import { batchItems } from "../../asl/interpret/map/itemBatcher";
import { readItems } from "../../asl/interpret/map/itemReader";
import { History, Run, type Frame } from "../../asl/interpret/runtime";
import { runFail } from "../../asl/interpret/states/Fail";
import { waitSeconds } from "../../asl/interpret/states/Wait";
import { NO_RETRIES, type StateVisit } from "../../asl/interpret/types";
import { Visit } from "../../asl/interpret/visit";
import { defaultTaskResult } from "../../asl/mocks/defaultResults";
import { parseResource } from "../../asl/mocks/resources";
import { createTaskResolver } from "../../asl/mocks/resolveTask";
import { compilePath, evaluatePath } from "../../asl/paths/evaluatePath";
import { commitAssign, evaluateJsonPathAssign } from "../../asl/interpret/io/assign";
import { compileJsonataTemplate, evaluateJsonataTemplate, evaluateTyped, statesValue, type StatesValue } from "../../asl/interpret/io/jsonata";
import { catchOutput } from "../../asl/interpret/retry";
import { variablesOf } from "../../asl/interpret/runtime";
import { VariableScope } from "../../asl/interpret/variables";
import type { ItemReader, MapState, State, WaitState } from "../../asl/types";
import { isDistributedMap } from "../../asl/types";

export type StageId =
  | "input"
  | "afterInputPath"
  | "items"
  | "afterItemSelector"
  | "afterItemBatcher"
  | "afterParameters"
  | "result"
  | "afterResultSelector"
  | "afterResultPath"
  | "afterArguments"
  | "output"
  | "variables";

/** How a field is edited in the view: a JSONata field is JSON with {% %} expressions, or one expression. */
export type FieldKind = "path" | "resultPath" | "template" | "value" | "jsonata";

export interface StageField {
  /** The ASL field, e.g. "InputPath", "ItemSelector". */
  name: string;
  /** Where it is below the state when not a field of the state itself (a Choice rule's Output: ["Choices", 0, "Output"]). */
  path?: (string | number)[];
  kind: FieldKind;
  /** Its value in the definition; undefined when absent. */
  value: JsonValue | undefined;
  /** False for fields shown for context only (ResultWriter, ItemReader). */
  editable: boolean;
}

export interface StageError {
  error: string;
  cause?: string;
}

export interface DataFlowStage {
  id: StageId;
  /** The TestState name (`afterInputPath`), or ours for Map-only stages. */
  apiName: string;
  title: string;
  field?: StageField;
  status: "ok" | "error" | "not-reached";
  value?: JsonValue;
  /** The value this stage changed (the diff's left side); undefined: nothing to compare with. */
  base?: JsonValue;
  error?: StageError;
  note?: string;
}

/** Where the task result (or Map/Parallel result) comes from. */
export type ResultSource =
  | { kind: "value"; value: JsonValue; label: string }
  | { kind: "error"; error: string; cause?: string; label: string }
  | { kind: "default" };

export interface DataFlowInput {
  stateName: string;
  state: JsonValue;
  input: JsonValue;
  /** The query language in force for the state (its own, its parent's, the machine's); default JSONPath. */
  language?: "JSONPath" | "JSONata";
  /** The workflow variables in scope when the state is entered. */
  variables?: JsonObject;
  result?: ResultSource;
  /** A Map's ItemReader data (its mock). */
  itemReaderData?: JsonValue;
}

export interface DataFlowModel {
  stateType: string;
  stages: DataFlowStage[];
  output?: JsonValue;
  nextState?: string;
  /** The state fails (and no catcher takes the error). */
  error?: StageError & { stage: StageId };
  /** A retrier matches the error: TestState's RETRIABLE; a run retries before any catcher (States.Runtime is never retried). */
  retriable?: { index: number; maxAttempts: number };
  /** A catcher took the error: its index and Next. */
  caught?: { index: number; next: string; error: StageError };
  /** What the result stage used, in words. */
  resultLabel?: string;
  language?: "JSONPath" | "JSONata";
  /** Choice: the rule that matched (undefined: the Default). */
  matchedRule?: number;
}

const TITLES: Record<StageId, string> = {
  input: "State input",
  afterInputPath: "After InputPath",
  items: "Items",
  afterItemSelector: "After ItemSelector",
  afterItemBatcher: "After ItemBatcher",
  afterParameters: "After Parameters",
  result: "Task result",
  afterResultSelector: "After ResultSelector",
  afterResultPath: "After ResultPath",
  afterArguments: "After Arguments",
  output: "State output",
  variables: "Variables after Assign",
};

const API_NAMES: Record<StageId, string> = {
  input: "input",
  afterInputPath: "afterInputPath",
  items: "items",
  afterItemSelector: "afterItemSelector",
  afterItemBatcher: "afterItemBatcher",
  afterParameters: "afterParameters",
  result: "result",
  afterResultSelector: "afterResultSelector",
  afterResultPath: "afterResultPath",
  afterArguments: "afterArguments",
  output: "output",
  variables: "variables",
};

interface Env {
  compiled: CompiledState;
  visit: Visit;
}

function createEnv(stateName: string, state: State, input: JsonValue, language: "JSONPath" | "JSONata" = "JSONPath", variables?: JsonObject): Env {
  const machine = { ...(language === "JSONata" ? { QueryLanguage: "JSONata" as const } : {}), StartAt: stateName, States: { [stateName]: state } };
  const compiled = getState(compileRoot(machine), stateName);
  if (!compiled) throw new Error("Not a state object.");
  const run = new Run({ callbacks: "default" }, createSeededRandom(0), createTaskResolver({}), "us-east-1", "123456789012", "arn:aws:states:us-east-1:123456789012:stateMachine:DataFlow");
  const now = Date.now();
  const executionArn = "arn:aws:states:us-east-1:123456789012:execution:DataFlow:simulated";
  const history = new History(
    executionArn,
    undefined,
    { Id: executionArn, Input: input, Name: "simulated", RoleArn: "arn:aws:iam::123456789012:role/DataFlowRole", StartTime: new Date(now).toISOString(), RedriveCount: 0 },
    { Id: run.stateMachineArn, Name: "DataFlow" },
  );
  const frame: Frame = { history, now, lastEventId: 1, iterationPath: [], variables: new VariableScope(undefined) };
  if (variables && Object.keys(variables).length > 0) variablesOf(frame).assign(variables, { stateName, enteredEventId: 2 });
  const record: StateVisit = { stateName, stateType: compiled.type, pointer: compiled.pointer, iterationPath: [], input, stages: {}, retries: NO_RETRIES, enteredAt: now, enteredEventId: 2, status: "running" };
  return { compiled, visit: new Visit(run, frame, compiled, record) };
}

const field = (name: string, kind: FieldKind, state: JsonObject, editable = true): StageField => ({ name, kind, value: Object.prototype.hasOwnProperty.call(state, name) ? state[name] : undefined, editable });

/** Builds the stage list step by step; a failing step marks the rest not reached. */
class Pipeline {
  readonly stages: DataFlowStage[] = [];
  failed: (StageError & { stage: StageId }) | undefined;

  step(id: StageId, fieldInfo: StageField | undefined, base: JsonValue | undefined, compute: () => JsonValue, note?: string): JsonValue | undefined {
    const stage: DataFlowStage = { id, apiName: API_NAMES[id], title: TITLES[id], status: "not-reached" };
    if (fieldInfo) stage.field = fieldInfo;
    if (note !== undefined) stage.note = note;
    this.stages.push(stage);
    if (this.failed) return undefined;
    try {
      const value = compute();
      stage.status = "ok";
      stage.value = value;
      if (base !== undefined) stage.base = base;
      return value;
    } catch (thrown) {
      const error = toStatesError(thrown);
      stage.status = "error";
      stage.error = { error: error.error ?? "States.Runtime", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
      this.failed = { stage: id, ...stage.error };
      return undefined;
    }
  }
}

function taskResult(source: ResultSource | undefined, state: JsonObject, parameters: JsonValue, env: Env): { value: JsonValue; label: string } {
  if (source?.kind === "value") return { value: source.value, label: source.label };
  if (source?.kind === "error") throw new StatesError(source.error, source.cause);
  const info = parseResource(typeof state.Resource === "string" ? state.Resource : "");
  let n = 0;
  const value = defaultTaskResult(info, {
    input: parameters,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    region: info.region,
    accountId: "123456789012",
    now: new Date(env.visit.frame.now).toISOString(),
  });
  return { value, label: "The integration's default result (no mock)" };
}

/** The result stage of a Task or Parallel: the given result or error, else the integration's default (Task) or each branch echoing its input (Parallel). */
function taskOrBranchResult(p: Pipeline, env: Env, model: DataFlowModel, state: JsonObject, result: ResultSource | undefined, argument: JsonValue): { value: JsonValue | undefined; thrown?: StatesError } {
  const isTask = state.Type === "Task";
  const stageIndex = p.stages.length;
  const value = p.step("result", undefined, undefined, () => {
    if (result?.kind === "error") throw new StatesError(result.error, result.cause);
    if (!isTask) {
      if (result?.kind === "value") {
        model.resultLabel = result.label;
        return result.value;
      }
      const branches = Array.isArray(state.Branches) ? state.Branches.length : 0;
      model.resultLabel = "Assumed: each branch returns its input unchanged (run the workflow, or type the result)";
      return new Array<JsonValue>(branches).fill(argument);
    }
    const answer = taskResult(result, state, argument, env);
    model.resultLabel = answer.label;
    return answer.value;
  });
  const stage = p.stages[stageIndex];
  if (stage) stage.title = isTask ? "Task result" : "Branch results";
  if (result?.kind !== "error") return { value };
  model.resultLabel = result.label;
  return { value, thrown: new StatesError(result.error, result.cause) };
}

/** Evaluates the stages of one state for an input and a result. */
export function computeDataFlow({ stateName, state, input, result, itemReaderData, language: given, variables }: DataFlowInput): DataFlowModel {
  if (!isJsonObject(state) || typeof state.Type !== "string") {
    return { stateType: "", stages: [], error: { stage: "input", error: "InvalidDefinition", cause: "The state is not an object with a Type." } };
  }
  const type = state.Type;
  const language = given ?? (state.QueryLanguage === "JSONata" ? "JSONata" : "JSONPath");
  const env = createEnv(stateName, state as unknown as State, input, language, variables);
  const { compiled, visit } = env;
  const p = new Pipeline();
  const model: DataFlowModel = { stateType: type, stages: p.stages, language };
  p.step("input", undefined, undefined, () => input);
  if (language === "JSONata" && type !== "Fail") return jsonataFlow(p, env, model, state, input, result, itemReaderData);

  if (type === "Fail") {
    try {
      runFail(visit.run, compiled, input, visit.frame, visit);
    } catch (thrown) {
      const error = toStatesError(thrown);
      model.error = { stage: "input", error: error.error ?? "", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
    }
    return model;
  }

  const effective = p.step("afterInputPath", field("InputPath", "path", state), input, () => jsonPathPipeline.input(compiled, input, visit));

  if (type === "Choice" || type === "Wait" || type === "Succeed") {
    const output = p.step("output", field("OutputPath", "path", state), effective, () => jsonPathPipeline.output(compiled, effective as JsonValue, visit));
    let assignField: StageField | undefined = type === "Succeed" ? undefined : field("Assign", "template", state);
    if (!p.failed && type === "Choice") {
      try {
        const chosen = choose(state, effective as JsonValue, visit);
        model.nextState = chosen.next;
        if (chosen.rule !== undefined) {
          model.matchedRule = chosen.rule;
          assignField = ruleField(state, chosen.rule, "Assign", "template");
        }
      } catch (thrown) {
        const error = toStatesError(thrown);
        model.error = { stage: "output", error: error.error ?? "States.Runtime", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
        return model;
      }
    } else {
      if (!p.failed && type === "Wait") {
        try {
          waitSeconds(state as unknown as WaitState, effective as JsonValue, visit.frame.now, visit);
        } catch (thrown) {
          // A SecondsPath/TimestampPath that reads nothing or a bad value fails the state here, as a run does.
          const error = toStatesError(thrown);
          model.error = { stage: "output", error: error.error ?? "States.Runtime", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
          return model;
        }
      }
      if (typeof state.Next === "string") model.nextState = state.Next;
    }
    if (assignField?.value !== undefined) jsonPathAssignStage(p, visit, assignField, effective);
    if (p.failed) model.error = p.failed;
    else model.output = output as JsonValue;
    return model;
  }

  let resultValue: JsonValue | undefined;
  let thrownAtResult: StatesError | undefined;
  if (type === "Map") {
    resultValue = mapStages(p, env, state, effective, result, itemReaderData, model);
  } else {
    const parameters = p.step("afterParameters", field("Parameters", "template", state), effective, () =>
      compiled.parameters ? jsonPathPipeline.build(compiled.parameters, effective as JsonValue, visit) : (effective as JsonValue),
    );
    if (type === "Pass") {
      if (state.Result !== undefined) resultValue = p.step("result", field("Result", "value", state), undefined, () => state.Result as JsonValue);
      else resultValue = parameters;
    } else {
      ({ value: resultValue, thrown: thrownAtResult } = taskOrBranchResult(p, env, model, state, result, parameters as JsonValue));
    }
  }

  if (type !== "Pass") {
    p.step("afterResultSelector", field("ResultSelector", "template", state), resultValue, () => jsonPathPipeline.selectResult(compiled, resultValue as JsonValue, visit));
  }
  const selected = type === "Pass" ? resultValue : p.stages.at(-1)?.value;
  const placed = p.step("afterResultPath", field("ResultPath", "resultPath", state), input, () => jsonPathPipeline.placeResult(compiled.resultPath, input, selected as JsonValue, visit));
  const output = p.step("output", field("OutputPath", "path", state), placed, () => jsonPathPipeline.output(compiled, placed as JsonValue, visit));
  // JSONPath Assign reads the raw result (Task, Parallel, Map) or the result (Pass): interpret/io/assign.ts.
  if (state.Assign !== undefined) jsonPathAssignStage(p, visit, field("Assign", "template", state), resultValue);

  const failure = thrownAtResult ?? (p.failed ? new StatesError(p.failed.error, p.failed.cause) : undefined);
  if (failure) return settleFailure(model, p, env, state, input, failure);
  model.output = output as JsonValue;
  if (typeof state.Next === "string") model.nextState = state.Next;
  return model;
}

/** The retrier a run would use first for `failure` (States.Runtime is never retried). */
/**
 * A state that failed, ended as a run ends it: the error, whether a retrier would retry it, and,
 * when a catcher catches it (States.Runtime included, as AWS catches it), that catcher's output
 * and next state, in either query language.
 */
function settleFailure(model: DataFlowModel, p: Pipeline, { compiled, visit }: Env, state: JsonObject, input: JsonValue, failure: StatesError): DataFlowModel {
  model.error = p.failed ?? { stage: "result", error: failure.error ?? "", ...(failure.cause !== undefined ? { cause: failure.cause } : {}) };
  delete model.nextState;
  const retriable = retrierFor(state, failure);
  if (retriable) model.retriable = retriable;
  const catchers = Array.isArray(state.Catch) ? state.Catch : [];
  for (let index = 0; index < catchers.length; index++) {
    const catcher = catchers[index];
    if (!isJsonObject(catcher) || !Array.isArray(catcher.ErrorEquals) || !matchesErrorEquals(catcher.ErrorEquals as string[], failure.error)) continue;
    const spec = compiled.catchers[index];
    if (!spec || typeof catcher.Next !== "string") break;
    try {
      model.output = catchOutput(compiled, spec, input, failure, visit);
      model.caught = { index, next: catcher.Next, error: { error: failure.error ?? "", ...(failure.cause !== undefined ? { cause: failure.cause } : {}) } };
      model.nextState = catcher.Next;
    } catch {
      /* the catcher's own ResultPath or Output failed: the state fails */
    }
    break;
  }
  return model;
}

function retrierFor(state: JsonObject, failure: StatesError): { index: number; maxAttempts: number } | undefined {
  if (failure.error === "States.Runtime") return undefined;
  const retriers = Array.isArray(state.Retry) ? state.Retry : [];
  for (let index = 0; index < retriers.length; index++) {
    const retrier = retriers[index];
    if (!isJsonObject(retrier) || !Array.isArray(retrier.ErrorEquals) || !matchesErrorEquals(retrier.ErrorEquals as string[], failure.error)) continue;
    const maxAttempts = typeof retrier.MaxAttempts === "number" ? retrier.MaxAttempts : 3;
    return maxAttempts > 0 ? { index, maxAttempts } : undefined;
  }
  return undefined;
}

function choose(state: JsonObject, effective: JsonValue, visit: Visit): { next: string; rule?: number } {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!isJsonObject(rule)) continue;
    if (compileRule(rule as never)(effective, visit)) return { next: typeof rule.Next === "string" ? rule.Next : "", rule: i };
  }
  if (typeof state.Default === "string") return { next: state.Default };
  throw new StatesError("States.NoChoiceMatched", `No Choice rule matched and the state has no Default.`);
}

/** A field of Choice rule `index` (its Output, Assign, Condition). */
function ruleField(state: JsonObject, index: number, name: string, kind: FieldKind): StageField {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  const rule = rules[index];
  const value = isJsonObject(rule) && Object.prototype.hasOwnProperty.call(rule, name) ? rule[name] : undefined;
  return { name, path: ["Choices", index, name], kind, value, editable: true };
}

/** The variables stage of a JSONPath state: its Assign over `doc`, then every variable in scope. */
function jsonPathAssignStage(p: Pipeline, visit: Visit, assignField: StageField, doc: JsonValue | undefined): void {
  const before = variablesOf(visit.frame).snapshot() as JsonObject;
  p.step("variables", assignField, before, () => {
    commitAssign(visit, evaluateJsonPathAssign(assignField.value, doc as JsonValue, visit));
    return variablesOf(visit.frame).snapshot() as JsonObject;
  }, "Assign reads the variables of state entry; the new values are visible from the next state on.");
}

/**
 * A JSONata state's stages: Arguments (Task, Parallel) or Items and ItemSelector (Map), the
 * result, Output and Assign (both over the variables of state entry), with the interpreter's
 * own template evaluation (the same `States.QueryEvaluationError` causes).
 */
function jsonataFlow(p: Pipeline, env: Env, model: DataFlowModel, state: JsonObject, input: JsonValue, result: ResultSource | undefined, itemReaderData: JsonValue | undefined): DataFlowModel {
  const { visit } = env;
  const type = String(state.Type);
  const entry = variablesOf(visit.frame).snapshot() as JsonObject;
  const jsonataField = (name: string) => field(name, "jsonata", state);
  const evaluate = (value: JsonValue | undefined, name: string, states: StatesValue, fallback: JsonValue): JsonValue => (value === undefined ? fallback : evaluateJsonataTemplate(compileJsonataTemplate(value, name), states, visit));
  const states = statesValue(visit, input);
  let resultValue: JsonValue | undefined;
  let thrownAtResult: StatesError | undefined;
  let outputField = jsonataField("Output");
  let assignField = jsonataField("Assign");
  let fallback: JsonValue | undefined = input;

  if (type === "Task" || type === "Parallel") {
    const args = p.step("afterArguments", jsonataField("Arguments"), input, () => evaluate(state.Arguments, "Arguments", states, input));
    ({ value: resultValue, thrown: thrownAtResult } = taskOrBranchResult(p, env, model, state, result, args as JsonValue));
    fallback = resultValue;
  } else if (type === "Map") {
    const map = state as unknown as MapState;
    const items = p.step("items", jsonataField("Items"), undefined, () => {
      if (map.ItemReader !== undefined && isDistributedMap(map)) return readItems(map.ItemReader as ItemReader, itemReaderData, input, visit);
      if (state.Items === undefined) {
        if (!Array.isArray(input)) throw new StatesError("States.QueryEvaluationError", `Map state input must be an array but was: ${JSON.stringify(input)}`);
        return input;
      }
      return evaluateTyped(compileJsonataTemplate(state.Items, "Items"), "array", "Items", states, visit);
    });
    const selected = p.step("afterItemSelector", jsonataField("ItemSelector"), items, () => {
      const list = items as JsonValue[];
      if (state.ItemSelector === undefined) return list;
      const template = compileJsonataTemplate(state.ItemSelector, "ItemSelector");
      const out: JsonValue[] = [];
      for (let i = 0; i < list.length; i++) {
        visit.setMapItem({ index: i, value: list[i] as JsonValue });
        out.push(evaluateJsonataTemplate(template, statesValue(visit, input), visit));
      }
      visit.setMapItem(undefined);
      return out;
    }, "Evaluated once per item, with $states.context.Map.Item.Index and .Value (TestState's afterArguments).");
    const stage = p.stages.at(-1);
    if (stage) stage.apiName = "afterArguments";
    const stageIndex = p.stages.length;
    resultValue = p.step("result", undefined, undefined, () => {
      if (result?.kind === "value") {
        model.resultLabel = result.label;
        return result.value;
      }
      if (result?.kind === "error") throw new StatesError(result.error, result.cause);
      model.resultLabel = "Assumed: each iteration returns its input unchanged (run the workflow, or type the result)";
      return selected as JsonValue;
    });
    const resultStage = p.stages[stageIndex];
    if (resultStage) resultStage.title = "Iteration results";
    if (result?.kind === "error") {
      model.resultLabel = result.label;
      thrownAtResult = new StatesError(result.error, result.cause);
    }
    fallback = resultValue;
  } else if (type === "Choice") {
    try {
      const rules = Array.isArray(state.Choices) ? state.Choices : [];
      let matched: number | undefined;
      for (let i = 0; i < rules.length && matched === undefined; i++) {
        const rule = rules[i];
        if (!isJsonObject(rule) || rule.Condition === undefined) throw new StatesError("States.Runtime", "A choice rule of a JSONata state needs a Condition.");
        if (evaluateTyped(compileJsonataTemplate(rule.Condition, "Condition"), "boolean", "Condition", states, visit) === true) matched = i;
      }
      if (matched !== undefined) {
        const rule = rules[matched] as JsonObject;
        model.matchedRule = matched;
        model.nextState = typeof rule.Next === "string" ? rule.Next : "";
        outputField = ruleField(state, matched, "Output", "jsonata");
        assignField = ruleField(state, matched, "Assign", "jsonata");
      } else if (typeof state.Default === "string") model.nextState = state.Default;
      else throw new StatesError("States.NoChoiceMatched", "No Choice rule matched and the state has no Default.");
    } catch (thrown) {
      const error = toStatesError(thrown);
      model.error = { stage: "input", error: error.error ?? "States.Runtime", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
      return model;
    }
  }

  const finalStates = resultValue !== undefined && (type === "Task" || type === "Parallel" || type === "Map") ? statesValue(visit, input, { result: resultValue }) : states;
  const output = p.step("output", outputField, fallback, () => evaluate(outputField.value, "Output", finalStates, fallback as JsonValue));
  if (type !== "Succeed" && assignField.value !== undefined) {
    p.step("variables", assignField, entry, () => {
      const values = evaluate(assignField.value, "Assign", finalStates, {});
      if (!isJsonObject(values)) throw new StatesError("States.QueryEvaluationError", "The Assign field must be a JSON object of variable names and values.");
      commitAssign(visit, values);
      return variablesOf(visit.frame).snapshot() as JsonObject;
    }, "Assign and Output both read the variables of state entry; the new values are visible from the next state on.");
  }
  if (type !== "Choice" && typeof state.Next === "string") model.nextState = state.Next;

  const failure = thrownAtResult ?? (p.failed ? new StatesError(p.failed.error, p.failed.cause) : undefined);
  if (failure) return settleFailure(model, p, env, state, input, failure);
  model.output = output as JsonValue;
  return model;
}

/** Map: ItemsPath (or ItemReader) → ItemSelector per item → ItemBatcher → the iterations' results. */
function mapStages(p: Pipeline, env: Env, state: JsonObject, effective: JsonValue | undefined, result: ResultSource | undefined, itemReaderData: JsonValue | undefined, model: DataFlowModel): JsonValue | undefined {
  const map = state as unknown as MapState;
  const { visit } = env;
  const distributed = isDistributedMap(map);
  const usesReader = distributed && map.ItemReader !== undefined;
  const items = p.step(
    "items",
    usesReader ? field("ItemReader", "value", state, false) : field("ItemsPath", "path", state),
    undefined,
    () => {
      let value: JsonValue | undefined;
      if (usesReader) value = readItems(map.ItemReader as ItemReader, itemReaderData, effective as JsonValue, visit);
      else {
        const spec = compilePathSpec(map.ItemsPath);
        if (spec !== undefined && spec !== null && !("invalid" in spec)) {
          value = evaluatePath(spec, effective as JsonValue, visit) as JsonValue | undefined;
          if (value === undefined) throw runtimeError(visit, pathNotFoundMessage(spec.text, spec.normalized));
        } else value = selectPath(spec, effective as JsonValue, visit);
      }
      if (!Array.isArray(value)) throw runtimeError(visit, `The Map state's items must be a JSON array, not ${JSON.stringify(value).slice(0, 200)}.`);
      return value;
    },
    usesReader ? "The ItemReader's data comes from the Map state's mock (no S3 call)." : undefined,
  );
  const selectorField = state.ItemSelector !== undefined || state.Parameters === undefined ? field("ItemSelector", "template", state) : field("Parameters", "template", state);
  const selected = p.step("afterItemSelector", selectorField, items, () => {
    const list = items as JsonValue[];
    const template = map.ItemSelector !== undefined ? map.ItemSelector : map.Parameters;
    if (template === undefined) return list;
    const compiledTemplate = compileTemplate(template);
    const out: JsonValue[] = [];
    for (let i = 0; i < list.length; i++) {
      visit.setMapItem({ index: i, value: list[i] as JsonValue });
      out.push(jsonPathPipeline.build(compiledTemplate, effective as JsonValue, visit));
    }
    visit.setMapItem(undefined);
    return out;
  }, "Evaluated once per item, with $$.Map.Item.Index and $$.Map.Item.Value.");
  let iterationInputs = selected;
  if (distributed) {
    iterationInputs = p.step("afterItemBatcher", field("ItemBatcher", "template", state), selected, () =>
      map.ItemBatcher ? batchItems(map.ItemBatcher, selected as JsonValue[], effective as JsonValue, visit, jsonPathPipeline) : (selected as JsonValue),
    );
  }
  const stageIndex = p.stages.length;
  const value = p.step("result", undefined, undefined, () => {
    if (result?.kind === "value") {
      model.resultLabel = result.label;
      return result.value;
    }
    if (result?.kind === "error") throw new StatesError(result.error, result.cause);
    model.resultLabel = "Assumed: each iteration returns its input unchanged (run the workflow, or type the result)";
    return iterationInputs as JsonValue;
  });
  const stage = p.stages[stageIndex];
  if (stage) {
    stage.title = "Iteration results";
    if (state.ResultWriter !== undefined) {
      stage.field = field("ResultWriter", "value", state, false);
      stage.note = "ResultWriter: the simulator keeps the files it would write on the run's visit.";
    }
  }
  return value;
}

/** Reads a path-ish field typed by a person: "" removes it, "null" is JSON null, anything else is the path text. */
export function parsePathField(text: string): JsonValue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (trimmed === "null") return null;
  return text;
}

/** The text a path field shows for a value. */
export function formatPathField(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  if (value === null) return "null";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Checks a path as AWS would on save (syntax only); undefined when fine. */
export function pathSyntaxError(text: string): string | undefined {
  const value = parsePathField(text);
  if (typeof value !== "string") return undefined;
  try {
    compilePath(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
