/** The Choice state's rule list (seed L4119–L4131, L12474-L12498): add, reorder, remove; the Default. */
import type { JsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { newComparison } from "./choiceCondition";
import { arrayAt, moveItem, removeItem, setKey } from "./objects";

/** A JSONata rule's fresh Condition (issue 9). */
export const NEW_CONDITION = "{% $states.input.value = true %}";

/** Appends a rule with a fresh comparison (JSONata: a Condition), going to `next` when given. */
export function addChoiceRule(state: JsonObject, next: string | undefined, language: QueryLanguageMode = "JSONPath"): JsonObject {
  const condition: JsonObject = language === "JSONata" ? { Condition: NEW_CONDITION } : newComparison();
  const rule = next === undefined ? condition : { ...condition, Next: next };
  return setKey(state, "Choices", [...arrayAt(state, "Choices"), rule]);
}

/** Moves a rule: the order matters, the first rule that matches wins (seed L4219). */
export function moveChoiceRule(state: JsonObject, from: number, to: number): JsonObject {
  return setKey(state, "Choices", moveItem(arrayAt(state, "Choices"), from, to));
}

export function removeChoiceRule(state: JsonObject, index: number): JsonObject {
  return setKey(state, "Choices", removeItem(arrayAt(state, "Choices"), index));
}

/** Sets the state to go to when no rule matches, or removes Default (undefined). */
export function setDefaultState(state: JsonObject, name: string | undefined): JsonObject {
  return setKey(state, "Default", name);
}
