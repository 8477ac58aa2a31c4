import type { JsonValue } from "../json";
import type { StateMachine } from "../types";
import { getBranches, withBranches } from "./branches";
import { emptyScope } from "./emptyScope";
import type { EditResult } from "./types";

/** Appends an empty branch (see emptyScope) to a Parallel state; selects the Parallel. */
export function addBranch(definition: StateMachine, parallelPointer: string): EditResult {
  const branches = getBranches(definition, parallelPointer);
  if (!branches) return { definition };
  return withBranches(definition, parallelPointer, [...branches, emptyScope() as unknown as JsonValue]);
}
