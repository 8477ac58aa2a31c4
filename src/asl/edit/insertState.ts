import type { State, StateMachine } from "../types";
import { insertFragment } from "./insertFragment";
import type { EditResult, InsertTarget } from "./types";

/** Inserts one state on an edge or into an empty scope (see insertFragment); the name is made unique. */
export function insertState(definition: StateMachine, target: InsertTarget, name: string, state: State): EditResult {
  return insertFragment(definition, target, { states: { [name]: state }, startAt: name, exits: [name] });
}
