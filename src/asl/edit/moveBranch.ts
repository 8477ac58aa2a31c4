import type { StateMachine } from "../types";
import { getBranches, withBranches } from "./branches";
import type { EditResult } from "./types";

/**
 * Moves the branch at `from` to index `to` (the others shift), changing the order of the
 * Parallel's result array. Out-of-range indexes change nothing.
 */
export function moveBranch(definition: StateMachine, parallelPointer: string, from: number, to: number): EditResult {
  const branches = getBranches(definition, parallelPointer);
  const inRange = (i: number) => branches !== undefined && Number.isInteger(i) && i >= 0 && i < branches.length;
  if (!branches || !inRange(from) || !inRange(to) || from === to) return { definition };
  const reordered = branches.filter((_, i) => i !== from);
  reordered.splice(to, 0, branches[from] ?? null);
  return withBranches(definition, parallelPointer, reordered);
}
