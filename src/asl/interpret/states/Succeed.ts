/**
 * Succeed (seed L4446–L4456): ends the machine successfully; InputPath/OutputPath apply
 * (asl-semantics §1.5 decision). JSONata: the output is Output (default: the input).
 */
import { finishJsonata, stateOutputAndAssign } from "../io/assign";
import { statesValue } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import type { StateHandler } from "./types";

export const runSucceed: StateHandler = (_run, state, raw, _frame, visit) => {
  const stages = visit.stages;
  stages.input = raw;
  if (state.queryLanguage === "JSONata") {
    return { output: finishJsonata(stateOutputAndAssign(state), statesValue(visit, raw), raw, visit), next: undefined };
  }
  const effective = jsonPathPipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  return { output: jsonPathPipeline.output(state, effective, visit), next: undefined };
};
