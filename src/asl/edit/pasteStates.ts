import type { JsonObject } from "../json";
import type { StateMachine } from "../types";
import { readClipboard } from "./clipboard";
import { locateEdge } from "./edgeSite";
import { tryInsertFragment } from "./insertFragment";
import { asJson } from "./copyOnWrite";
import { retargetOutsideReferences } from "./outsideReferences";
import type { Clipboard, EditResult, InsertTarget } from "./types";

/**
 * Pastes copied states on an edge or into an empty scope, as insertFragment does: names made
 * unique (`Name (1)` …), references between pasted states follow, the chain's start takes the
 * edge and its exits go where the edge went. A reference to a state outside the clipboard is kept
 * when the target scope has a state of that name, and otherwise rewired to where the edge went
 * (left dangling when the edge went to End, except a Next, which becomes End). Accepts an
 * untrusted value (e.g. parsed from the system clipboard) and changes nothing if it is not a
 * Clipboard. Selects the pasted states.
 */
export function pasteStates(definition: StateMachine, clipboard: Clipboard | unknown, target: InsertTarget): EditResult {
  const board = readClipboard(clipboard);
  const site = locateEdge(asJson(definition), target);
  if (!board || !site) return { definition };
  const states = retargetOutsideReferences(board.states as unknown as JsonObject, site);
  const fragment = { states: states as unknown as Clipboard["states"], startAt: board.startAt, exits: board.exits };
  return tryInsertFragment(definition, target, fragment) ?? { definition };
}
