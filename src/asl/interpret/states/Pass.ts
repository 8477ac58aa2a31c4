/**
 * Pass (asl-semantics §2.1, seed L3223–L3279): result = `Result` if present, else the effective
 * input after Parameters. JSONata: the output is Output (default: the input), with Assign.
 */
import type { PassState } from "../../types";
import { finishResult } from "../finishResult";
import { jsonPathPipeline } from "../io/pipeline";
import type { StateHandler } from "./types";

export const runPass: StateHandler = (_run, state, raw, _frame, visit) => {
  const stages = visit.stages;
  stages.input = raw;
  if (state.queryLanguage === "JSONata") return { output: finishResult(state, jsonPathPipeline, raw, raw, visit, false), next: state.next };
  const pipeline = jsonPathPipeline;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  const parameters = state.parameters ? pipeline.build(state.parameters, effective, visit) : effective;
  stages.afterParameters = parameters;
  const pass = state.state as PassState;
  // DECISION (ASL spec; guide silent): with both Result and Parameters, Result wins.
  const result = pass.Result !== undefined ? pass.Result : parameters;
  // TestState shows no `result` stage for a Pass (seed L19980–L19990).
  const output = finishResult(state, pipeline, raw, result, visit, false);
  return { output, next: state.next };
};
