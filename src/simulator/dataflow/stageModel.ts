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
import { errorOutput } from "../../asl/interpret/retry";
import { History, Run, type Frame } from "../../asl/interpret/runtime";
import { runFail } from "../../asl/interpret/states/Fail";
import { NO_RETRIES, type StateVisit } from "../../asl/interpret/types";
import { Visit } from "../../asl/interpret/visit";
import { defaultTaskResult } from "../../asl/mocks/defaultResults";
import { parseResource } from "../../asl/mocks/resources";
import { createTaskResolver } from "../../asl/mocks/resolveTask";
import { compilePath, evaluatePath } from "../../asl/paths/evaluatePath";
import type { ItemReader, MapState, State } from "../../asl/types";
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
  | "output";

/** How a field is edited in the view. */
export type FieldKind = "path" | "resultPath" | "template" | "value";

export interface StageField {
  /** The ASL field, e.g. "InputPath", "ItemSelector". */
  name: string;
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
  output: "State output",
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
  output: "output",
};

interface Env {
  compiled: CompiledState;
  visit: Visit;
}

function createEnv(stateName: string, state: State, input: JsonValue): Env {
  const machine = { StartAt: stateName, States: { [stateName]: state } };
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
  const frame: Frame = { history, now, lastEventId: 1, iterationPath: [] };
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

/** Evaluates the stages of one state for an input and a result. */
export function computeDataFlow({ stateName, state, input, result, itemReaderData }: DataFlowInput): DataFlowModel {
  if (!isJsonObject(state) || typeof state.Type !== "string") {
    return { stateType: "", stages: [], error: { stage: "input", error: "InvalidDefinition", cause: "The state is not an object with a Type." } };
  }
  const type = state.Type;
  const env = createEnv(stateName, state as unknown as State, input);
  const { compiled, visit } = env;
  const p = new Pipeline();
  const model: DataFlowModel = { stateType: type, stages: p.stages };
  p.step("input", undefined, undefined, () => input);

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
    if (!p.failed && type === "Choice") {
      try {
        model.nextState = choose(state, effective as JsonValue, visit);
      } catch (thrown) {
        const error = toStatesError(thrown);
        model.error = { stage: "output", error: error.error ?? "States.Runtime", ...(error.cause !== undefined ? { cause: error.cause } : {}) };
        return model;
      }
    } else if (typeof state.Next === "string") model.nextState = state.Next;
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
      const stage = p.stages.length;
      resultValue = p.step("result", undefined, undefined, () => {
        if (result?.kind === "error") throw new StatesError(result.error, result.cause);
        if (type === "Parallel") {
          if (result?.kind === "value") {
            model.resultLabel = result.label;
            return result.value;
          }
          const branches = Array.isArray(state.Branches) ? state.Branches.length : 0;
          model.resultLabel = "Assumed: each branch returns its input unchanged (run the workflow, or type the result)";
          return new Array<JsonValue>(branches).fill(parameters as JsonValue);
        }
        const answer = taskResult(result, state, parameters as JsonValue, env);
        model.resultLabel = answer.label;
        return answer.value;
      });
      const resultStage = p.stages[stage];
      if (resultStage) resultStage.title = type === "Task" ? "Task result" : "Branch results";
      if (result?.kind === "error") {
        model.resultLabel = result.label;
        thrownAtResult = new StatesError(result.error, result.cause);
      }
    }
  }

  if (type !== "Pass") {
    p.step("afterResultSelector", field("ResultSelector", "template", state), resultValue, () => jsonPathPipeline.selectResult(compiled, resultValue as JsonValue, visit));
  }
  const selected = type === "Pass" ? resultValue : p.stages.at(-1)?.value;
  const placed = p.step("afterResultPath", field("ResultPath", "resultPath", state), input, () => jsonPathPipeline.placeResult(compiled.resultPath, input, selected as JsonValue, visit));
  const output = p.step("output", field("OutputPath", "path", state), placed, () => jsonPathPipeline.output(compiled, placed as JsonValue, visit));

  const failure = thrownAtResult ?? (p.failed ? new StatesError(p.failed.error, p.failed.cause) : undefined);
  if (failure) {
    model.error = p.failed ?? { stage: "result", error: failure.error ?? "", ...(failure.cause !== undefined ? { cause: failure.cause } : {}) };
    const retriers = Array.isArray(state.Retry) ? state.Retry : [];
    if (failure.error !== "States.Runtime") {
      for (let index = 0; index < retriers.length; index++) {
        const retrier = retriers[index];
        if (!isJsonObject(retrier) || !Array.isArray(retrier.ErrorEquals) || !matchesErrorEquals(retrier.ErrorEquals as string[], failure.error)) continue;
        const maxAttempts = typeof retrier.MaxAttempts === "number" ? retrier.MaxAttempts : 3;
        if (maxAttempts > 0) model.retriable = { index, maxAttempts };
        break;
      }
    }
    // Like a run: a matching catcher (States.Runtime included, as AWS catches it) places the error output.
    const catchers = Array.isArray(state.Catch) ? state.Catch : [];
    for (let index = 0; index < catchers.length; index++) {
      const catcher = catchers[index];
      if (!isJsonObject(catcher) || !Array.isArray(catcher.ErrorEquals)) continue;
      if (!matchesErrorEquals(catcher.ErrorEquals as string[], failure.error)) continue;
      const spec = compiled.catchers[index];
      if (!spec || typeof catcher.Next !== "string") break;
      try {
        model.output = jsonPathPipeline.placeResult(spec.resultPathSpec, input, errorOutput(failure), visit);
        model.caught = { index, next: catcher.Next, error: { error: failure.error ?? "", ...(failure.cause !== undefined ? { cause: failure.cause } : {}) } };
        model.nextState = catcher.Next;
      } catch {
        /* the catcher's own ResultPath failed: the state fails */
      }
      break;
    }
    return model;
  }
  model.output = output as JsonValue;
  if (typeof state.Next === "string") model.nextState = state.Next;
  return model;
}

function choose(state: JsonObject, effective: JsonValue, visit: Visit): string {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  for (const rule of rules) {
    if (!isJsonObject(rule)) continue;
    if (compileRule(rule as never)(effective, visit)) return typeof rule.Next === "string" ? rule.Next : "";
  }
  if (typeof state.Default === "string") return state.Default;
  throw new StatesError("States.NoChoiceMatched", `No Choice rule matched and the state has no Default.`);
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
