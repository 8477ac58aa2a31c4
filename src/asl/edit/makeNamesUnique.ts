/** Renames states about to enter a document so that no name clashes with one already there. */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../json";
import { mapArray, mapValues, renameKeys, withKey } from "./copyOnWrite";
import { mapStateTargets } from "./transitions";
import { uniqueNameAmong } from "./uniqueStateName";

export interface UniqueStates {
  /** The states with unique names, references inside their scope updated. */
  states: JsonObject;
  /** Old name → new name, for the top-level states that changed. */
  renames: Map<string, string>;
}

function renameMachine(machine: JsonValue, taken: Set<string>): JsonValue {
  if (!isJsonObject(machine) || !isJsonObject(getOwn(machine, "States"))) return machine;
  const { states, renames } = makeNamesUnique(getOwn(machine, "States") as JsonObject, taken);
  let next = withKey(machine, "States", states);
  const startAt = getOwn(machine, "StartAt");
  if (typeof startAt === "string" && renames.has(startAt)) next = withKey(next, "StartAt", renames.get(startAt) as string);
  return next;
}

/** A state with its nested machines (Parallel branches, Map processor) renamed too. */
function renameNested(state: JsonObject, taken: Set<string>): JsonObject {
  let next = state;
  const branches = getOwn(state, "Branches");
  if (Array.isArray(branches)) next = withKey(next, "Branches", mapArray(branches, (branch) => renameMachine(branch, taken)));
  for (const key of ["ItemProcessor", "Iterator"]) {
    const processor = getOwn(next, key);
    if (processor !== undefined) next = withKey(next, key, renameMachine(processor, taken));
  }
  return next;
}

/**
 * Gives each state (and each nested state, at any depth) a name not in `taken`, adding the chosen
 * names to `taken`. References between states of the same scope follow their renamed targets;
 * references to names outside `states` are left alone.
 */
export function makeNamesUnique(states: JsonObject, taken: Set<string>): UniqueStates {
  const renames = new Map<string, string>();
  for (const name of Object.keys(states)) {
    const unique = uniqueNameAmong(taken, name);
    taken.add(unique);
    if (unique !== name) renames.set(name, unique);
  }
  const renamed = renameKeys(states, (name) => renames.get(name) ?? name);
  const rewired = mapValues(renamed, (state) => {
    if (!isJsonObject(state)) return state;
    const retargeted = renames.size === 0 ? state : mapStateTargets(state, (target) => renames.get(target), true);
    return renameNested(retargeted, taken);
  });
  return { states: rewired, renames };
}
