import { deepClone, getOwn, isJsonObject, type JsonObject } from "../json";
import type { StateMachine } from "../types";
import { edgeSuccessor, locateEdge, pointEdgeAt } from "./edgeSite";
import { asJson, asMachine, insertAfter, mapValues, withKey } from "./copyOnWrite";
import { makeNamesUnique } from "./makeNamesUnique";
import { collectStateNames, getStatesOf, statePointerIn, withMachineAt } from "./scopes";
import { setStateTransition } from "./transitions";
import type { EditResult, InsertTarget, StateFragment } from "./types";

/**
 * insertFragment, or undefined when the target does not exist or the fragment has no start.
 * `share` inserts the fragment's objects as they are (for states already in the document, e.g. a
 * move) instead of copies.
 */
export function tryInsertFragment(definition: StateMachine, target: InsertTarget, fragment: StateFragment, share = false): EditResult | undefined {
  const root = asJson(definition);
  const site = locateEdge(root, target);
  const given = fragment.states as unknown as JsonObject;
  const source = share ? given : deepClone(given);
  if (!site || !isJsonObject(getOwn(source, fragment.startAt))) return undefined;

  const { states, renames } = makeNamesUnique(source, collectStateNames(root));
  const rename = (name: string) => renames.get(name) ?? name;
  const successor = edgeSuccessor(site);
  const exits = new Set(fragment.exits.map(rename));
  const linked = mapValues(states, (state, name) => (exits.has(name) && isJsonObject(state) ? setStateTransition(state, successor) : state));

  const pointed = pointEdgeAt(site, site.machine, rename(fragment.startAt));
  if (!pointed) return undefined;
  const entries = Object.keys(linked).map((name) => [name, getOwn(linked, name) as JsonObject] as [string, JsonObject]);
  const machine = withKey(pointed, "States", insertAfter(getStatesOf(pointed), site.owner, entries));
  return {
    definition: asMachine(withMachineAt(root, site.scopePointer, machine)),
    selection: Object.keys(linked).map((name) => statePointerIn(site.scopePointer, name)),
  };
}

/**
 * Inserts a fragment on an edge or into an empty scope: the edge's field now names the fragment's
 * start state and each exit goes where the edge went (its `Next`, or `"End": true` when the edge
 * led to End or to a state that does not exist). Fragment states (nested ones included) are
 * renamed `Name (1)`, `Name (2)` … where their name is already used anywhere in the document, and
 * their references to each other follow. They are placed in `States` right after the state that
 * owns the edge (first for a StartAt edge). Selects the inserted states. An unknown target or a
 * fragment without its start state leaves the document unchanged.
 */
export function insertFragment(definition: StateMachine, target: InsertTarget, fragment: StateFragment): EditResult {
  return tryInsertFragment(definition, target, fragment) ?? { definition };
}
