import { getOwn, isJsonObject } from "../json";
import type { StateMachine } from "../types";
import { findStateByPointer } from "../traverse";
import { asJson } from "./copyOnWrite";
import { getMachineAt, getStatesOf } from "./scopes";

/**
 * The names a transition can target, in document order: the states of the scope that holds the
 * state at `pointer`, or of the scope at `pointer` itself ("" for the top level). Includes the
 * state itself (a loop is allowed); the caller filters if it wants to.
 */
export function getStateNamesInScope(definition: StateMachine, pointer: string): string[] {
  const root = asJson(definition);
  const scopePointer = findStateByPointer(root, pointer)?.scope.pointer ?? pointer;
  const machine = getMachineAt(root, scopePointer);
  if (!machine) return [];
  const states = getStatesOf(machine);
  return Object.keys(states).filter((name) => isJsonObject(getOwn(states, name)));
}
