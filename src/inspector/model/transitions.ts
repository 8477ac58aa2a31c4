/**
 * The Next state dropdown (seed L11789, L12566-L12590): the states of the state's own scope, or
 * the end of the workflow (`"End": true`). Choice, Succeed and Fail have no Next.
 */
import { getStateNamesInScope } from "../../asl/edit/getStateNamesInScope";
import { setNextState } from "../../asl/edit/setNextState";
import { setStateField } from "../../asl/edit/setStateField";
import { END } from "../../asl/edit/types";
import { getOwn, type JsonObject } from "../../asl/json";
import type { StateMachine, StateType } from "../../asl/types";
import type { InspectorEdit } from "./editAt";

/** The dropdown's value for `"End": true`; no state name can be the empty string. */
export const END_OPTION = "";

export function hasNextField(type: StateType | undefined): boolean {
  return type === "Pass" || type === "Task" || type === "Wait" || type === "Parallel" || type === "Map";
}

/** What the state does next: a state name, END_OPTION for End, or undefined when neither is set. */
export function readNext(state: JsonObject): string | undefined {
  const next = getOwn(state, "Next");
  if (typeof next === "string") return next;
  return getOwn(state, "End") === true ? END_OPTION : undefined;
}

/**
 * The names to offer, in document order; a current target that does not exist in the scope is
 * kept at the end so the dropdown still shows what the document says.
 */
export function nextStateOptions(definition: StateMachine, statePointer: string, current: string | undefined): string[] {
  const names = getStateNamesInScope(definition, statePointer);
  return current !== undefined && current !== END_OPTION && !names.includes(current) ? [...names, current] : names;
}

/** Points the state at `target`, or ends the workflow (END_OPTION). A state literally named "END" works too. */
export function setNext(statePointer: string, target: string): InspectorEdit {
  return (definition) => {
    if (target === END_OPTION) return setNextState(definition, statePointer, END);
    if (target !== END) return setNextState(definition, statePointer, target);
    const withNext = setStateField(definition, statePointer, "Next", target);
    return setStateField(withNext.definition, statePointer, "End", undefined);
  };
}
