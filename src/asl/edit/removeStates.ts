import type { StateMachine } from "../types";
import { detachState } from "./detachState";
import { asJson, asMachine } from "./copyOnWrite";
import type { EditResult } from "./types";

/**
 * Deletes states, each with its nested contents (a Parallel's branches, a Map's processor), and
 * reconnects the flow: every transition that led to a deleted state leads to its successor.
 * - The successor is the state's `Next`; an End state (or Succeed/Fail) makes its predecessors End.
 * - A deleted Choice continues at its `Default`, else at its first rule's `Next`.
 * - A Choice rule, Default or catcher whose target ended the flow keeps the deleted name; that
 *   dangling reference is left for the validator to report (a rule cannot be "End").
 * - A StartAt moves to the successor; a scope left with no states loses its StartAt (an empty
 *   scope is `States: {}` without StartAt, the canvas's "Drag first state here").
 * Pointers that no longer exist (e.g. nested in a container deleted first) are skipped.
 * Clears the selection.
 */
export function removeStates(definition: StateMachine, pointers: readonly string[]): EditResult {
  let root = asJson(definition);
  for (const pointer of pointers) {
    const detached = detachState(root, pointer);
    if (detached) root = detached.root;
  }
  return { definition: asMachine(root), selection: [] };
}
