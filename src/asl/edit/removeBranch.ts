import type { StateMachine } from "../types";
import { getBranches, withBranches } from "./branches";
import type { EditResult } from "./types";

/**
 * Deletes a Parallel branch with its states. Removing the last branch leaves `Branches: []`
 * (invalid; the validator says a Parallel needs a branch, and the canvas shows a slot to start a
 * new one); the canvas and the inspector do not offer it. Out-of-range indexes change nothing.
 */
export function removeBranch(definition: StateMachine, parallelPointer: string, index: number): EditResult {
  const branches = getBranches(definition, parallelPointer);
  if (!branches || !Number.isInteger(index) || index < 0 || index >= branches.length) return { definition };
  return withBranches(definition, parallelPointer, branches.filter((_, i) => i !== index));
}
