import { getOwn, hasOwn, isJsonObject, type JsonObject } from "../json";
import type { State, StateMachine } from "../types";
import { findStateByPointer, type StateLocation } from "../traverse";
import { tryInsertFragment } from "./insertFragment";
import { asJson, asMachine, insertAfter, withKey } from "./copyOnWrite";
import { makeNamesUnique } from "./makeNamesUnique";
import { collectStateNames, getMachineAt, getStatesOf, statePointerIn, withMachineAt } from "./scopes";
import type { EditResult } from "./types";

/** A copy placed next to the original in `States`, with the original's transitions. */
function addBeside(definition: StateMachine, location: StateLocation): EditResult | undefined {
  const root = asJson(definition);
  const machine = getMachineAt(root, location.scope.pointer);
  if (!machine) return undefined;
  const { states } = makeNamesUnique({ [location.name]: location.state as unknown as JsonObject }, collectStateNames(root));
  const [copyName] = Object.keys(states);
  const copy = copyName === undefined ? undefined : getOwn(states, copyName);
  if (copyName === undefined || !isJsonObject(copy)) return undefined;
  const next = withKey(machine, "States", insertAfter(getStatesOf(machine), location.name, [[copyName, copy]]));
  return { definition: asMachine(withMachineAt(root, location.scope.pointer, next)), selection: [statePointerIn(location.scope.pointer, copyName)] };
}

/**
 * Duplicates each state (Ctrl+D), nested contents included. A copy is named like Workflow Studio
 * names a second state of a kind: `Name (1)`, `Name (2)` … (seed L12467), nested states too.
 * A state with `Next` or `End` gets its copy right after it in the flow (state → copy → where the
 * state went). A Choice, Succeed or Fail has no single outgoing edge, so its copy keeps the
 * original's transitions and sits unconnected after it in `States`. Selects the copies.
 */
export function duplicateStates(definition: StateMachine, pointers: readonly string[]): EditResult {
  let current = definition;
  const selection: string[] = [];
  for (const pointer of pointers) {
    const location = findStateByPointer(current, pointer);
    if (!location) continue;
    const state = location.state as unknown as JsonObject;
    const { name } = location;
    const fragment = { states: { [name]: location.state as State }, startAt: name, exits: [name] };
    const edge = typeof getOwn(state, "Next") === "string" ? "Next" : hasOwn(state, "End") ? "End" : undefined;
    const result = edge ? tryInsertFragment(current, { kind: "edge", fieldPointer: `${pointer}/${edge}` }, fragment) : addBeside(current, location);
    if (!result) continue;
    current = result.definition;
    selection.push(...(result.selection ?? []));
  }
  return { definition: current, selection };
}
