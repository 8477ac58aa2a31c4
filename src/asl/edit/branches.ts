/** Shared lookup for the Parallel branch commands. */
import { appendPointer, getAtPointer, isJsonObject, parsePointer, type JsonValue } from "../json";
import type { StateMachine } from "../types";
import { asJson, asMachine, setIn } from "./copyOnWrite";
import type { EditResult } from "./types";

/** The Branches array of the Parallel state at `parallelPointer`, if it is one. */
export function getBranches(definition: StateMachine, parallelPointer: string): JsonValue[] | undefined {
  const state = getAtPointer(asJson(definition), parallelPointer);
  if (!isJsonObject(state) || state.Type !== "Parallel") return undefined;
  return Array.isArray(state.Branches) ? state.Branches : [];
}

export function withBranches(definition: StateMachine, parallelPointer: string, branches: JsonValue[]): EditResult {
  const result = setIn(asJson(definition), parsePointer(appendPointer(parallelPointer, "Branches")), branches);
  return isJsonObject(result) ? { definition: asMachine(result), selection: [parallelPointer] } : { definition };
}
