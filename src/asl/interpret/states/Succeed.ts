/** Succeed (seed L4446–L4456): ends the machine successfully; InputPath/OutputPath apply (asl-semantics §1.5 decision). */
import { pipelineFor } from "../io/pipeline";
import type { StateHandler } from "./types";

export const runSucceed: StateHandler = (_run, state, raw, _frame, visit) => {
  const pipeline = pipelineFor(state, visit);
  const stages = visit.record.stages;
  stages.input = raw;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  return { output: pipeline.output(state, effective, visit), next: undefined };
};
