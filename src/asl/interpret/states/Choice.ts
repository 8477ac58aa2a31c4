/**
 * Choice (asl-semantics §2.3, seed L4114–L4375): rules in order, first match wins; else Default;
 * else States.NoChoiceMatched. Rules read the effective input; the output is the effective input
 * through OutputPath.
 *
 * JSONata: each rule is a `Condition` (a boolean, or an expression giving one) over
 * `$states.input`. The matched rule's Output and Assign apply; when Default is taken, the state's
 * own (recorded, corpus 0011, 0765, 0766). A rule without Output passes the input on. JSONPath
 * rules may carry Assign the same way.
 */
import type { JsonValue } from "../../json";
import type { ChoiceRule, ChoiceState } from "../../types";
import { compileRule, type Predicate } from "../choice/evaluateRule";
import { noChoiceMatched, runtimeError } from "../errors/statesErrors";
import { commitAssign, compileOutputAndAssign, evaluateJsonPathAssign, finishJsonata, stateOutputAndAssign, type OutputAndAssign } from "../io/assign";
import { compileJsonataTemplate, evaluateTyped, statesValue, type JsonataTemplate } from "../io/jsonata";
import { jsonPathPipeline } from "../io/pipeline";
import type { StateHandler } from "./types";

interface CompiledChoiceRule {
  test: Predicate;
  next: string | undefined;
  assign: JsonValue | undefined;
  /** JSONata: the Condition (undefined when the rule has none) and the rule's Output/Assign. */
  condition: JsonataTemplate | undefined;
  jsonata: OutputAndAssign | undefined;
}

interface CompiledChoice {
  rules: CompiledChoiceRule[];
  defaultNext: string | undefined;
}

function compileChoice(s: ChoiceState, jsonata: boolean): CompiledChoice {
  return {
    rules: (Array.isArray(s.Choices) ? s.Choices : []).map((rule: ChoiceRule) => ({
      test: jsonata ? () => false : compileRule(rule),
      next: typeof rule.Next === "string" ? rule.Next : undefined,
      assign: rule.Assign,
      condition: jsonata && rule.Condition !== undefined ? compileJsonataTemplate(rule.Condition, "Condition") : undefined,
      jsonata: jsonata ? compileOutputAndAssign(rule.Output, rule.Assign) : undefined,
    })),
    defaultNext: typeof s.Default === "string" ? s.Default : undefined,
  };
}

export const runChoice: StateHandler = (_run, state, raw, _frame, visit) => {
  const jsonata = state.queryLanguage === "JSONata";
  const choice = (state.extra as CompiledChoice | undefined) ?? (state.extra = compileChoice(state.state as ChoiceState, jsonata));
  const stages = visit.stages;
  stages.input = raw;
  if (jsonata) {
    const states = statesValue(visit, raw);
    for (const rule of choice.rules) {
      if (!rule.condition) throw runtimeError(visit, "A choice rule of a JSONata state needs a Condition.");
      if (evaluateTyped(rule.condition, "boolean", "Condition", states, visit) === true) {
        return { output: finishJsonata(rule.jsonata as OutputAndAssign, states, raw, visit), next: rule.next };
      }
    }
    if (choice.defaultNext === undefined) throw noChoiceMatched(visit);
    return { output: finishJsonata(stateOutputAndAssign(state), states, raw, visit), next: choice.defaultNext };
  }
  const effective = jsonPathPipeline.input(state, raw, visit);
  stages.afterInputPath = effective;
  let matched: CompiledChoiceRule | undefined;
  for (const rule of choice.rules) {
    if (rule.test(effective, visit)) {
      matched = rule;
      break;
    }
  }
  const next = matched?.next ?? choice.defaultNext;
  if (next === undefined) throw noChoiceMatched(visit);
  const assign = matched ? matched.assign : state.assign;
  const assigned = assign === undefined ? undefined : evaluateJsonPathAssign(assign, effective, visit);
  const output = jsonPathPipeline.output(state, effective, visit);
  if (assigned !== undefined) commitAssign(visit, assigned);
  return { output, next };
};
