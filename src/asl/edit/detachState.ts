/** Takes a state out of its scope and reconnects the flow around it (shared by remove and move). */
import { getOwn, hasOwn, isJsonObject, type JsonObject } from "../json";
import { findStateByPointer } from "../traverse";
import { mapValues, withKey, withoutKey } from "./copyOnWrite";
import { getMachineAt, getStatesOf, withMachineAt } from "./scopes";
import { getSuccessor, mapStateTargets, TO_END } from "./transitions";

export interface Detached {
  root: JsonObject;
  name: string;
  state: JsonObject;
  scopePointer: string;
}

/**
 * Removes the state at `statePointer` (with everything nested in it). Every transition in its
 * scope that led to it — StartAt, Next, Choice rules, Default, Catch — now leads to its successor
 * (see getSuccessor). When the successor is End, a `Next` becomes `"End": true`; a Choice rule,
 * Default or catcher keeps the removed name (dangling, reported by the validator), since it cannot
 * end; a StartAt is dropped when the scope is left empty and kept dangling otherwise.
 */
export function detachState(root: JsonObject, statePointer: string): Detached | undefined {
  const location = findStateByPointer(root, statePointer);
  const machine = location && getMachineAt(root, location.scope.pointer);
  if (!location || !machine) return undefined;
  const { name } = location;
  const state = location.state as unknown as JsonObject;
  const successor = getSuccessor(state, name);

  const remaining = withoutKey(getStatesOf(machine), name);
  const rewired = mapValues(remaining, (other) => (isJsonObject(other) ? mapStateTargets(other, (target) => (target === name ? successor : undefined)) : other));
  let next = withKey(machine, "States", rewired);
  if (getOwn(next, "StartAt") === name) {
    if (successor !== TO_END) next = withKey(next, "StartAt", successor);
    else if (Object.keys(rewired).length === 0 && hasOwn(next, "StartAt")) next = withoutKey(next, "StartAt");
  }
  return { root: withMachineAt(root, location.scope.pointer, next), name, state, scopePointer: location.scope.pointer };
}
