/**
 * The data stages of a JSONPath state (InputPath, Parameters and the other templates,
 * ResultSelector, ResultPath, OutputPath). JSONata states have their own (jsonata.ts,
 * assign.ts): each state module branches on `state.queryLanguage`, and `finishResult` /
 * `passThrough` share the end of both.
 */
import type { JsonValue } from "../../json";
import type { CompiledState } from "../compile";
import type { StageEnv } from "./env";
import { evaluateTemplate, type TemplateNode } from "./payloadTemplate";
import { applyResultPath, type ResultPathSpec } from "./resultPath";
import { selectPath } from "./selectPath";

export interface DataPipeline {
  /** InputPath: raw state input → effective input. */
  input(state: CompiledState, raw: JsonValue, env: StageEnv): JsonValue;
  /** Parameters (or ItemSelector / BatchInput / Credentials): a template over a document. */
  build(template: TemplateNode, doc: JsonValue, env: StageEnv): JsonValue;
  /** ResultSelector, when the state has one. */
  selectResult(state: CompiledState, result: JsonValue, env: StageEnv): JsonValue;
  /** ResultPath (state or catcher): the result placed into the raw input. */
  placeResult(spec: ResultPathSpec, raw: JsonValue, result: JsonValue, env: StageEnv): JsonValue;
  /** OutputPath. */
  output(state: CompiledState, doc: JsonValue, env: StageEnv): JsonValue;
}

export const jsonPathPipeline: DataPipeline = {
  input: (state, raw, env) => selectPath(state.inputPath, raw, env),
  build: (template, doc, env) => evaluateTemplate(template, doc, env),
  selectResult: (state, result, env) => (state.resultSelector ? evaluateTemplate(state.resultSelector, result, env) : result),
  placeResult: (spec, raw, result, env) => applyResultPath(spec, raw, result, env),
  output: (state, doc, env) => selectPath(state.outputPath, doc, env),
};

/** The JSONPath stages (JSONata states branch before asking; kept for callers of the former seam). */
export function pipelineFor(_state: CompiledState, _env: StageEnv): DataPipeline {
  return jsonPathPipeline;
}
