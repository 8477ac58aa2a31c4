import type { JsonObject } from "../json";
import type { State, StateMachine } from "../types";
import { findStateByPointer } from "../traverse";
import { detachState } from "./detachState";
import { locateEdge } from "./edgeSite";
import { asJson, asMachine } from "./copyOnWrite";
import { tryInsertFragment } from "./insertFragment";
import { retargetOutsideReferences } from "./outsideReferences";
import type { EditResult, InsertTarget } from "./types";

function targetPointer(target: InsertTarget): string {
  return target.kind === "edge" ? target.fieldPointer : target.scopePointer;
}

/**
 * Moves a state (with its contents) onto another edge, possibly in another scope: it is detached
 * as removeStates would (its predecessors now lead to its successor), then inserted at the target
 * as insertFragment would (the target's field names it, its Next goes where the edge went).
 * Its other transitions (Choice rules, Default, Catch) keep targets that exist in the new scope
 * and are rewired to where the edge went otherwise, as for a paste. Dropping a state on an edge
 * that already leads to it, on one of its own outgoing edges, or inside itself changes nothing.
 */
export function moveState(definition: StateMachine, statePointer: string, target: InsertTarget): EditResult {
  const root = asJson(definition);
  const location = findStateByPointer(root, statePointer);
  if (!location) return { definition };
  const unchanged = { definition, selection: [statePointer] };
  if (targetPointer(target).startsWith(statePointer + "/")) return unchanged;
  const site = locateEdge(root, target);
  if (!site) return { definition };
  if (site.scopePointer === location.scope.pointer && site.target === location.name) return unchanged;

  const detached = detachState(root, statePointer);
  const landing = detached && locateEdge(detached.root, target);
  if (!detached || !landing) return { definition };
  const { name } = detached;
  const states = retargetOutsideReferences({ [name]: detached.state } as JsonObject, landing);
  const fragment = { states: states as unknown as Record<string, State>, startAt: name, exits: [name] };
  const inserted = tryInsertFragment(asMachine(detached.root), target, fragment, true);
  return inserted ?? { definition };
}
