/**
 * Choice (asl-semantics §2.3, seed L4114–L4375): rules in order, first match wins; else Default;
 * else States.NoChoiceMatched. Rules read the effective input; the output is the effective input
 * through OutputPath.
 */
import type { ChoiceState } from "../../types";
import { compileRule, type Predicate } from "../choice/evaluateRule";
import { noChoiceMatched } from "../errors/statesErrors";
import { pipelineFor } from "../io/pipeline";
import type { StateHandler } from "./types";

interface CompiledChoice {
  rules: { test: Predicate; next: string | undefined }[];
  defaultNext: string | undefined;
}

function compileChoice(s: ChoiceState): CompiledChoice {
  return {
    rules: (Array.isArray(s.Choices) ? s.Choices : []).map((rule) => ({ test: compileRule(rule), next: typeof rule.Next === "string" ? rule.Next : undefined })),
    defaultNext: typeof s.Default === "string" ? s.Default : undefined,
  };
}

export const runChoice: StateHandler = (_run, state, raw, _frame, visit) => {
  const choice = (state.extra as CompiledChoice | undefined) ?? (state.extra = compileChoice(state.state as ChoiceState));
  const pipeline = pipelineFor(state, visit);
  const stages = visit.record.stages;
  stages.input = raw;
  const effective = pipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  let next: string | undefined;
  for (const rule of choice.rules) {
    if (rule.test(effective, visit)) {
      next = rule.next;
      break;
    }
  }
  if (next === undefined) next = choice.defaultNext;
  if (next === undefined) throw noChoiceMatched(visit);
  return { output: pipeline.output(state, effective, visit), next };
};
