/**
 * Map (asl-semantics §2.8–§2.9, seed L4679–L7668).
 *
 * Inline: items from ItemsPath (default `$`) of the effective input; each item through
 * ItemSelector (or the deprecated Parameters) with `$$.Map.Item.Index/Value`; iterations
 * scheduled deterministically under MaxConcurrency (0 = up to 40 at a time, seed L4700–L4708);
 * the result is the outputs in item order; any failure fails the state with that error, at the
 * virtual time it happened, and stops the other iterations there (seed L4875–L4876, §2.8;
 * iterations.ts): a stopped iteration records MapIterationAborted. Stopped from outside (an
 * enclosing Parallel/Map failed), the state records MapStateAborted and stops too.
 * History (inline): each MapIterationStarted follows MapStateStarted; MapStateSucceeded follows
 * the last event (MapIterationSucceeded) of the iteration that ended last, MapStateFailed the
 * last event (MapIterationFailed) of the failing one.
 *
 * Distributed (simulated): items from a mocked ItemReader or ItemsPath, ItemSelector, ItemBatcher,
 * each child a separate execution history; failures counted against ToleratedFailureCount /
 * Percentage → States.ExceedToleratedFailureThreshold; ResultWriter files kept on the visit.
 */
import { appendPointer, isJsonObject, type JsonValue } from "../../json";
import { uuidV4 } from "../../intrinsics/functions/statesUuid";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import { getItemProcessor, isDistributedMap, type MapState } from "../../types";
import { cached, compileChildScope, type CompiledScope, type CompiledState } from "../compile";
import { exceedToleratedFailureThreshold, pathNotFoundMessage, runtimeError } from "../errors/statesErrors";
import type { StatesError } from "../errors/StatesError";
import { finishResult } from "../finishResult";
import { compileTemplate, type TemplateNode } from "../io/payloadTemplate";
import { compileJsonataTemplate, evaluateJsonataTemplate, evaluateTyped, queryFailure, statesValue, type JsonataTemplate, type StatesValue } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import { compilePathSpec, selectPath } from "../io/selectPath";
import { firstFailed, lastEnded, outcomesBytes, runIteration, runIterations, type IterationOutcome } from "../iterations";
import { rememberPayloadBytes } from "../payloadSize";
import { batchItems, batchWith } from "../map/itemBatcher";
import { isItemReaderMock, readItems } from "../map/itemReader";
import { writeResults, type ChildRecord } from "../map/resultWriter";
import { chain, isPromise, type MaybePromise } from "../maybePromise";
import { MAP_ITERATION_ABORTED, MAP_ITERATION_FAILED, MAP_ITERATION_STARTED, MAP_ITERATION_SUCCEEDED } from "../record";
import { forkFrame, History, stopFrame, type Frame, type Run } from "../runtime";
import { errorOutput } from "../retry";
import type { Visit } from "../visit";
import type { StateHandler, StateResult } from "./types";

/** Inline Map's effective concurrency cap (seed L4700–L4708, L4813–L4820). */
export const INLINE_MAX_CONCURRENCY = 40;
/** Distributed Map's default and cap (seed L5145, L5353–L5361). */
export const DISTRIBUTED_MAX_CONCURRENCY = 10_000;

interface CompiledMap {
  processor: CompiledScope | undefined;
  itemSelector: TemplateNode | undefined;
  distributed: boolean;
}

function compileMap(state: CompiledState): CompiledMap {
  const map = state.state as MapState;
  const processor = getItemProcessor(map);
  const key = map.ItemProcessor ? "ItemProcessor" : "Iterator";
  const selector = map.ItemSelector !== undefined ? map.ItemSelector : map.Parameters;
  return {
    processor: processor && isJsonObject(processor as unknown as JsonValue) ? compileChildScope(processor, appendPointer(state.pointer, key), state) : undefined,
    itemSelector: selector !== undefined ? compileTemplate(selector) : undefined,
    distributed: isDistributedMap(map),
  };
}

/** Numbers written as text that the …Path fields accept, as Java's parseInt/parseDouble would. */
const INTEGER_TEXT = /^[+-]?\d{1,9}$/;
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Shows a value in a cause the way AWS does: strings bare, other values as JSON (recorded, corpus 0825–0831). */
function shown(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

function resolveInteger(map: MapState, field: "MaxConcurrency" | "ToleratedFailureCount", effective: JsonValue, visit: Visit): number | undefined {
  const fixed = map[field];
  let value: JsonValue | undefined = typeof fixed === "number" ? fixed : undefined;
  const path = map[`${field}Path`];
  if (value === undefined && typeof path === "string") {
    value = evaluatePath(compilePath(path), effective, visit);
    if (value === undefined) throw runtimeError(visit, `The ${field}Path field does not reference an input value: ${path}`);
    // Recorded: a variable holding "1" is accepted as MaxConcurrencyPath (corpus 0030), "NoNumber" is not (0826).
    if (typeof value === "string" && INTEGER_TEXT.test(value)) value = Number(value);
    if (typeof value !== "number" || !Number.isInteger(value)) throw runtimeError(visit, `The ${field}Path field refers to value "${shown(value)}" which is not a valid integer: ${path}`);
  }
  if (value === undefined) return undefined;
  if ((value as number) < 0) throw runtimeError(visit, `${field} cannot be negative.`);
  return value as number;
}

function resolvePercentage(map: MapState, effective: JsonValue, visit: Visit): number | undefined {
  let value: JsonValue | undefined = typeof map.ToleratedFailurePercentage === "number" ? map.ToleratedFailurePercentage : undefined;
  const path = map.ToleratedFailurePercentagePath;
  if (value === undefined && typeof path === "string") {
    value = evaluatePath(compilePath(path), effective, visit);
    if (value === undefined) throw runtimeError(visit, `The ToleratedFailurePercentagePath field does not reference an input value: ${path}`);
    if (typeof value === "string" && NUMBER_TEXT.test(value)) value = Number(value);
    if (typeof value !== "number") throw runtimeError(visit, `The ToleratedFailurePercentagePath field refers to value "${shown(value)}" which is not a valid float: ${path}`);
  }
  if (value === undefined) return undefined;
  if ((value as number) < 0 || (value as number) > 100) throw runtimeError(visit, "ToleratedFailurePercentage must be between 0 and 100.");
  return value as number;
}

/** What the Map runs, however it was computed (JSONPath paths and templates, or JSONata). */
interface PreparedMap {
  inputs: JsonValue[];
  maxConcurrency: number;
  toleratedCount: number | undefined;
  toleratedPercentage: number | undefined;
  /** ResultWriter's Parameters / Arguments, evaluated when the results are written. */
  writerParameters: () => JsonValue;
}

function prepareJsonPath(run: Run, state: CompiledState, map: MapState, compiled: CompiledMap, raw: JsonValue, visit: Visit): PreparedMap {
  const pipeline = jsonPathPipeline;
  const stages = visit.stages;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;

  // Items: ItemReader (distributed, mocked data) or ItemsPath.
  let items: JsonValue;
  if (compiled.distributed && map.ItemReader) {
    const mock = run.resolver.stateMock(state.name);
    items = readItems(map.ItemReader, isItemReaderMock(mock) ? mock.itemReader : undefined, effective, visit);
  } else {
    const spec = cached(state, "itemsPath", () => compilePathSpec(map.ItemsPath));
    if (spec !== undefined && spec !== null && !("invalid" in spec)) {
      items = evaluatePath(spec, effective, visit) as JsonValue;
      if (items === undefined) throw runtimeError(visit, pathNotFoundMessage(spec.text, spec.normalized));
    } else {
      items = selectPath(spec, effective, visit);
    }
  }
  if (!Array.isArray(items)) {
    // DECISION (guide: "must identify a JSON array", error name not given): States.Runtime.
    throw runtimeError(visit, `The Map state's items must be a JSON array, not ${JSON.stringify(items).slice(0, 200)}.`);
  }
  const maxConcurrency = resolveInteger(map, "MaxConcurrency", effective, visit) ?? 0;
  const toleratedCount = compiled.distributed ? resolveInteger(map, "ToleratedFailureCount", effective, visit) : undefined;
  const toleratedPercentage = compiled.distributed ? resolvePercentage(map, effective, visit) : undefined;

  // ItemSelector per item, with $$.Map.Item.
  let inputs: JsonValue[] = items;
  if (compiled.itemSelector) {
    const selector = compiled.itemSelector;
    inputs = new Array<JsonValue>(items.length);
    for (let i = 0; i < items.length; i++) {
      visit.setMapItem({ index: i, value: items[i] as JsonValue });
      inputs[i] = pipeline.build(selector, effective, visit);
    }
    visit.setMapItem(undefined);
  }
  if (compiled.distributed && map.ItemBatcher) inputs = batchItems(map.ItemBatcher, inputs, effective, visit, pipeline);
  stages.afterParameters = inputs;
  const writer = map.ResultWriter;
  return {
    inputs,
    maxConcurrency,
    toleratedCount,
    toleratedPercentage,
    writerParameters: () => (writer?.Parameters !== undefined ? pipeline.build(compileTemplate(writer.Parameters), raw, visit) : {}),
  };
}

interface CompiledJsonataMap {
  items: JsonataTemplate | undefined;
  itemSelector: JsonataTemplate | undefined;
  maxConcurrency: JsonataTemplate | undefined;
  toleratedCount: JsonataTemplate | undefined;
  toleratedPercentage: JsonataTemplate | undefined;
  readerArguments: JsonataTemplate | undefined;
  readerMaxItems: JsonataTemplate | undefined;
  batchInput: JsonataTemplate | undefined;
  maxItemsPerBatch: JsonataTemplate | undefined;
  maxInputBytesPerBatch: JsonataTemplate | undefined;
  writerArguments: JsonataTemplate | undefined;
}

function compileJsonataMap(map: MapState): CompiledJsonataMap {
  const field = (value: JsonValue | undefined, name: string) => (value === undefined ? undefined : compileJsonataTemplate(value, name));
  return {
    items: field(map.Items, "Items"),
    itemSelector: field(map.ItemSelector, "ItemSelector"),
    maxConcurrency: field(map.MaxConcurrency, "MaxConcurrency"),
    toleratedCount: field(map.ToleratedFailureCount, "ToleratedFailureCount"),
    toleratedPercentage: field(map.ToleratedFailurePercentage, "ToleratedFailurePercentage"),
    readerArguments: field(map.ItemReader?.Arguments, "ItemReader/Arguments"),
    readerMaxItems: field(map.ItemReader?.ReaderConfig?.MaxItems, "ItemReader/ReaderConfig/MaxItems"),
    batchInput: field(map.ItemBatcher?.BatchInput, "ItemBatcher/BatchInput"),
    maxItemsPerBatch: field(map.ItemBatcher?.MaxItemsPerBatch, "ItemBatcher/MaxItemsPerBatch"),
    maxInputBytesPerBatch: field(map.ItemBatcher?.MaxInputBytesPerBatch, "ItemBatcher/MaxInputBytesPerBatch"),
    writerArguments: field(map.ResultWriter?.Arguments, "ResultWriter/Arguments"),
  };
}

/** A JSONata integer field with a lower bound: a value or an expression (corpus 0581, 0583, 0588). */
function jsonataInteger(node: JsonataTemplate | undefined, field: string, min: number, states: StatesValue, visit: Visit): number | undefined {
  if (!node) return undefined;
  const value = evaluateTyped(node, "integer", field, states, visit) as number;
  if (value < min) throw queryFailure(visit, field, `The ${field} field must be ${min === 0 ? "a non-negative" : "a positive"} integer, not ${value}.`);
  return value;
}

/**
 * JSONata: the items are Items (an array, or an expression giving one: corpus 0579, 0585, 0882)
 * or else the input, which must then be an array (recorded causes, corpus 0856–0876); each
 * iteration's input is ItemSelector over `$states.input` and `$states.context.Map.Item` (corpus
 * 0914). The other fields take values or expressions.
 */
function prepareJsonata(run: Run, state: CompiledState, map: MapState, compiled: CompiledMap, raw: JsonValue, visit: Visit): PreparedMap {
  const fields = cached(state, "jsonata:map", () => compileJsonataMap(map));
  const states = statesValue(visit, raw);
  let items: JsonValue;
  if (compiled.distributed && map.ItemReader) {
    if (fields.readerArguments) evaluateJsonataTemplate(fields.readerArguments, states, visit);
    const mock = run.resolver.stateMock(state.name);
    items = readItems(map.ItemReader, isItemReaderMock(mock) ? mock.itemReader : undefined, raw, visit);
    const maxItems = jsonataInteger(fields.readerMaxItems, "ItemReader/ReaderConfig/MaxItems", 1, states, visit);
    if (maxItems !== undefined) items = items.slice(0, maxItems);
  } else if (fields.items) {
    items = evaluateTyped(fields.items, "array", "Items", states, visit);
  } else {
    if (!Array.isArray(raw)) throw queryFailure(visit, undefined, `Map state input must be an array but was: ${JSON.stringify(raw)}`);
    items = raw;
  }
  const list = items as JsonValue[];
  const maxConcurrency = jsonataInteger(fields.maxConcurrency, "MaxConcurrency", 0, states, visit) ?? 0;
  let toleratedCount: number | undefined;
  let toleratedPercentage: number | undefined;
  if (compiled.distributed) {
    toleratedCount = jsonataInteger(fields.toleratedCount, "ToleratedFailureCount", 0, states, visit);
    if (fields.toleratedPercentage) {
      toleratedPercentage = evaluateTyped(fields.toleratedPercentage, "number", "ToleratedFailurePercentage", states, visit) as number;
      if (toleratedPercentage < 0 || toleratedPercentage > 100) throw queryFailure(visit, "ToleratedFailurePercentage", "ToleratedFailurePercentage must be between 0 and 100.");
    }
  }
  let inputs: JsonValue[] = list;
  if (fields.itemSelector) {
    const selector = fields.itemSelector;
    inputs = new Array<JsonValue>(list.length);
    for (let i = 0; i < list.length; i++) {
      visit.setMapItem({ index: i, value: list[i] as JsonValue });
      inputs[i] = evaluateJsonataTemplate(selector, states, visit);
    }
    visit.setMapItem(undefined);
  }
  if (compiled.distributed && map.ItemBatcher) {
    const batchInput = fields.batchInput ? evaluateJsonataTemplate(fields.batchInput, states, visit) : undefined;
    const maxItems = jsonataInteger(fields.maxItemsPerBatch, "ItemBatcher/MaxItemsPerBatch", 1, states, visit);
    const maxBytes = jsonataInteger(fields.maxInputBytesPerBatch, "ItemBatcher/MaxInputBytesPerBatch", 1, states, visit);
    inputs = batchWith(inputs, maxItems, maxBytes, batchInput);
  }
  visit.stages.afterArguments = inputs;
  return {
    inputs,
    maxConcurrency,
    toleratedCount,
    toleratedPercentage,
    writerParameters: () => (fields.writerArguments ? evaluateJsonataTemplate(fields.writerArguments, states, visit) : {}),
  };
}

export const runMap: StateHandler = (run, state, raw, frame, visit) => {
  const compiled = cached(state, "map", () => compileMap(state));
  const map = state.state as MapState;
  visit.stages.input = raw;
  if (!compiled.processor) throw runtimeError(visit, "The Map state has no ItemProcessor (or Iterator).");
  const processor = compiled.processor;
  const prepared = state.queryLanguage === "JSONata" ? prepareJsonata(run, state, map, compiled, raw, visit) : prepareJsonPath(run, state, map, compiled, raw, visit);
  const inputs = prepared.inputs;
  const cap = compiled.distributed ? DISTRIBUTED_MAX_CONCURRENCY : INLINE_MAX_CONCURRENCY;
  const limit = prepared.maxConcurrency > 0 ? Math.min(prepared.maxConcurrency, cap) : cap;
  run.emit(frame, { type: "MapStateStarted", mapStateStartedEventDetails: { length: inputs.length } });
  return compiled.distributed
    ? runDistributed(run, state, map, raw, frame, visit, processor, inputs, limit, prepared.toleratedCount, prepared.toleratedPercentage, prepared.writerParameters)
    : runInline(run, state, raw, frame, visit, processor, inputs, limit);
};

function iterationEnded(run: Run, frame: Frame, visit: Visit, index: number, outcome: IterationOutcome): IterationOutcome {
  run.emitCompact(frame, outcome.ok ? MAP_ITERATION_SUCCEEDED : outcome.stopped ? MAP_ITERATION_ABORTED : MAP_ITERATION_FAILED, visit.index, index);
  outcome.lastEventId = frame.lastEventId;
  return outcome;
}

const ITERATION_STOPPED = (name: string) => `The iteration was stopped because another iteration of the Map state '${name}' failed.`;

function runInline(
  run: Run,
  state: import("../compile").CompiledState,
  raw: JsonValue,
  frame: Frame,
  visit: Visit,
  processor: CompiledScope,
  inputs: JsonValue[],
  limit: number,
): MaybePromise<StateResult> {
  const startId = frame.lastEventId;
  const schedule = runIterations(
    inputs.length,
    limit,
    frame.now,
    frame.stop,
    ITERATION_STOPPED(state.name),
    (index, start, signal) => {
      const itemFrame = forkFrame(frame, { kind: "map", state: state.name, index });
      itemFrame.now = start;
      itemFrame.stop = signal;
      itemFrame.lastEventId = startId;
      run.emitCompact(itemFrame, MAP_ITERATION_STARTED, visit.index, index);
      const outcome = runIteration(run, processor, inputs[index] as JsonValue, itemFrame);
      return isPromise(outcome) ? outcome.then((o) => iterationEnded(run, itemFrame, visit, index, o)) : iterationEnded(run, itemFrame, visit, index, outcome);
    },
    (outcome) => !outcome.ok,
  );
  return chain(schedule, ({ outcomes, endTime, cut, signal }) => {
    const failed = firstFailed(outcomes);
    if (failed) {
      // The state fails when its first iteration fails (seed L4875–L4876), not when the last one ends.
      frame.now = failed.endTime;
      frame.lastEventId = failed.lastEventId;
      run.emit(frame, { type: "MapStateFailed" });
      throw failed.error as StatesError;
    }
    if (cut) {
      const stopped = stopFrame(frame, signal);
      run.emit(frame, { type: "MapStateAborted" });
      throw stopped;
    }
    frame.now = endTime;
    // It follows the last event (MapIterationSucceeded) of the iteration that ended last.
    const last = lastEnded(outcomes);
    if (last !== undefined) frame.lastEventId = last.lastEventId;
    run.emit(frame, { type: "MapStateSucceeded" });
    const result = outcomes.map((o) => (o as IterationOutcome).value as JsonValue);
    // Its size is the sum of the iterations' output sizes, most of them measured already.
    rememberPayloadBytes(result, outcomesBytes(outcomes));
    return { output: finishResult(state, jsonPathPipeline, raw, result, visit), next: state.next };
  });
}

function runDistributed(
  run: Run,
  state: import("../compile").CompiledState,
  map: MapState,
  raw: JsonValue,
  frame: Frame,
  visit: Visit,
  processor: CompiledScope,
  inputs: JsonValue[],
  limit: number,
  toleratedCount: number | undefined,
  toleratedPercentage: number | undefined,
  writerParameters: () => JsonValue,
): MaybePromise<StateResult> {
  const parent = frame.history;
  const machineName = String(parent.stateMachineContext.Name ?? "stateMachine");
  const label = typeof map.Label === "string" ? map.Label : state.name;
  const runId = uuidV4(run.random);
  const mapRunArn = `arn:aws:states:${run.region}:${run.accountId}:mapRun:${machineName}/${label}:${runId}`;
  run.emit(frame, { type: "MapRunStarted", mapRunStartedEventDetails: { mapRunArn } });
  const total = inputs.length;
  let failed = 0;
  const exceeded = (): boolean => {
    if (failed === 0) return false;
    if (toleratedCount === undefined && toleratedPercentage === undefined) return true;
    if (toleratedCount !== undefined && failed > toleratedCount) return true;
    if (toleratedPercentage !== undefined && (failed / Math.max(total, 1)) * 100 > toleratedPercentage) return true;
    return false;
  };
  const children: ChildRecord[] = new Array<ChildRecord>(total);
  const schedule = runIterations(
    total,
    limit,
    frame.now,
    frame.stop,
    `The child execution was stopped because the Map state '${state.name}' failed.`,
    (index, start, signal) => {
      const name = uuidV4(run.random);
      const childArn = `arn:aws:states:${run.region}:${run.accountId}:execution:${machineName}/${label}:${name}`;
      const input = inputs[index] as JsonValue;
      const startDate = new Date(start).toISOString();
      const history = new History(
        childArn,
        parent.executionArn,
        { Id: childArn, Input: input, Name: name, RoleArn: parent.contextExecution.RoleArn ?? "", StartTime: startDate, RedriveCount: 0 },
        parent.stateMachineContext,
      );
      const childFrame = forkFrame(frame, { kind: "map", state: state.name, index }, history);
      childFrame.now = start;
      childFrame.stop = signal;
      run.emit(childFrame, { type: "ExecutionStarted", executionStartedEventDetails: { input, roleArn: String(parent.contextExecution.RoleArn ?? ""), stateMachineArn: run.stateMachineArn } });
      // As in the run's own history: the child's first state entered has previousEventId 0 (seed L21050–L21054).
      childFrame.lastEventId = 0;
      const outcome = runIteration(run, processor, input, childFrame);
      return chain(outcome, (o) => {
        if (o.stopped) {
          // The Map run stopped its child execution: it is aborted, neither a success nor a failure.
          const error = o.error as StatesError;
          run.emit(childFrame, { type: "ExecutionAborted", executionAbortedEventDetails: error.cause !== undefined ? { cause: error.cause } : {} });
          return o;
        }
        const record: ChildRecord = { name, executionArn: childArn, input, status: o.ok ? "SUCCEEDED" : "FAILED", startDate, stopDate: new Date(o.endTime).toISOString() };
        if (o.ok) {
          record.output = o.value as JsonValue;
          run.emit(childFrame, { type: "ExecutionSucceeded", executionSucceededEventDetails: { output: o.value as JsonValue } });
        } else {
          const error = o.error as StatesError;
          const details: { error?: string; cause?: string } = {};
          if (error.error !== undefined) details.error = record.error = error.error;
          if (error.cause !== undefined) details.cause = record.cause = error.cause;
          run.emit(childFrame, { type: "ExecutionFailed", executionFailedEventDetails: details });
          failed++;
        }
        children[index] = record;
        return o;
      });
    },
    () => exceeded(),
  );
  return chain(schedule, ({ outcomes, endTime, cut, signal }) => {
    if (exceeded() || (failed > 0 && firstFailed(outcomes) && toleratedCount === undefined && toleratedPercentage === undefined)) {
      // The run fails when the threshold is crossed (the signal's time), not when the last child ends.
      frame.now = signal.stopped ? Math.max(frame.now, signal.time) : endTime;
      const error = exceedToleratedFailureThreshold();
      run.emit(frame, { type: "MapRunFailed", mapRunFailedEventDetails: { error: error.error as string, ...(error.cause !== undefined ? { cause: error.cause } : {}) } });
      run.emit(frame, { type: "MapStateFailed" });
      throw error;
    }
    if (cut) {
      const stopped = stopFrame(frame, signal);
      run.emit(frame, { type: "MapStateAborted" });
      throw stopped;
    }
    frame.now = endTime;
    run.emit(frame, { type: "MapRunSucceeded" });
    run.emit(frame, { type: "MapStateSucceeded" });
    let result: JsonValue;
    if (map.ResultWriter) {
      const written = writeResults(writerParameters(), mapRunArn, run.stateMachineArn, runId, children.filter((c): c is ChildRecord => c !== undefined));
      visit.resultWriterFiles = written.files;
      result = written.result;
    } else {
      // DECISION (guide silent): a tolerated failed child contributes its {Error, Cause} at its index.
      result = outcomes.map((o) => (o === undefined ? null : o.ok ? (o.value as JsonValue) : errorOutput(o.error as StatesError)));
    }
    return { output: finishResult(state, jsonPathPipeline, raw, result, visit), next: state.next };
  });
}
