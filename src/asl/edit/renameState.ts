import { getOwn, isJsonObject } from "../json";
import type { StateMachine } from "../types";
import { findStateByPointer } from "../traverse";
import { asJson, asMachine, mapValues, renameKeys, withKey } from "./copyOnWrite";
import { collectStateNames, getMachineAt, getStatesOf, statePointerIn, withMachineAt } from "./scopes";
import { mapStateTargets } from "./transitions";
import type { EditResult } from "./types";
import { MAX_STATE_NAME_LENGTH } from "./uniqueStateName";

export type StateNameProblem = "empty" | "too-long" | "duplicate" | "not-found";

/** Thrown by renameState; `message` is written for the inspector to show as is. */
export class StateNameError extends Error {
  constructor(
    readonly problem: StateNameProblem,
    message: string,
  ) {
    super(message);
    this.name = "StateNameError";
  }
}

/**
 * Why `newName` cannot be the name of the state at `statePointer`, or undefined if it can. Lets
 * the inspector show the problem while the user types, before calling renameState.
 */
export function checkStateName(definition: StateMachine, statePointer: string, newName: string): StateNameError | undefined {
  const location = findStateByPointer(definition, statePointer);
  if (!location) return new StateNameError("not-found", "This state no longer exists.");
  if (newName.trim() === "") return new StateNameError("empty", "A state name cannot be empty.");
  const length = [...newName].length;
  if (length > MAX_STATE_NAME_LENGTH) {
    return new StateNameError("too-long", `A state name can have at most ${MAX_STATE_NAME_LENGTH} characters (this one has ${length}).`);
  }
  if (newName !== location.name && collectStateNames(definition).has(newName)) {
    return new StateNameError("duplicate", `Another state is already named "${newName}". State names must be unique in the whole state machine.`);
  }
  return undefined;
}

/**
 * Renames a state, keeping its position in `States`, and updates every reference to it in its
 * scope: StartAt, Next, Default, Choice rule Next (at any depth) and Catch Next. Other scopes
 * cannot refer to it, so they are untouched.
 * @throws StateNameError when the name is empty (or only spaces), longer than 80 characters,
 * used by another state anywhere in the document, or the state does not exist; checkStateName
 * reports the same without throwing.
 */
export function renameState(definition: StateMachine, statePointer: string, newName: string): EditResult {
  const problem = checkStateName(definition, statePointer, newName);
  if (problem) throw problem;
  const location = findStateByPointer(definition, statePointer);
  const root = asJson(definition);
  const machine = location && getMachineAt(root, location.scope.pointer);
  if (!location || !machine) return { definition };
  const scopePointer = location.scope.pointer;
  const oldName = location.name;
  if (oldName === newName) return { definition, selection: [statePointer] };

  const follow = (target: string) => (target === oldName ? newName : undefined);
  const states = renameKeys(getStatesOf(machine), (name) => (name === oldName ? newName : name));
  const rewired = mapValues(states, (state) => (isJsonObject(state) ? mapStateTargets(state, follow, true) : state));
  let next = withKey(machine, "States", rewired);
  if (getOwn(next, "StartAt") === oldName) next = withKey(next, "StartAt", newName);
  return { definition: asMachine(withMachineAt(root, scopePointer, next)), selection: [statePointerIn(scopePointer, newName)] };
}
