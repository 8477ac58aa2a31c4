/**
 * Shared shapes of the pure edit commands. Every command is
 * `(definition, …args) => EditResult` and never mutates its input.
 */
import type { State, StateMachine } from "../types";

export interface EditResult {
  definition: StateMachine;
  /** Pointers of the states to select after the edit; absent when the selection should not change. */
  selection?: string[];
}

/**
 * Where something is dropped. An edge is named by the JSON pointer of the field that defines it:
 * `${scope}/StartAt`, `${state}/Next`, `${state}/Choices/${i}/Next`, `${state}/Default`,
 * `${state}/Catch/${i}/Next`, or `${state}/End` (a state with `"End": true` → the End marker).
 * A `scope` target is a machine's "Drag first state here" slot: "" for the root,
 * `/States/P/Branches/0`, `/States/M/ItemProcessor` (or `/Iterator`).
 */
export type InsertTarget = { kind: "edge"; fieldPointer: string } | { kind: "scope"; scopePointer: string };

/** States to insert on an edge: one state for Flow/Actions items, several for Patterns. */
export interface StateFragment {
  states: Record<string, State>;
  startAt: string;
  /** States whose Next must point where the edge pointed (or get `"End": true`). */
  exits: string[];
}

/** What copyStates puts on the clipboard: a fragment tagged with its format, JSON-serializable. */
export interface Clipboard extends StateFragment {
  format: typeof CLIPBOARD_FORMAT;
}

export const CLIPBOARD_FORMAT = "asl-studio/states@1";

/** The `next` argument of setNextState that means `"End": true`. */
export const END = "END";
