/**
 * The variables panel's model: the workflow variables in scope at each state visit, from the
 * interpreter's records (`StateVisit.variables`: in scope when the state was entered, absent =
 * none; `assigned`: what the visit set; `stages.variables`: every variable after its Assign).
 * While a run is paused before a state, the variables that state will read are those in scope
 * after the last visit that ended in its thread (its Parallel branch or Map iteration, then the
 * threads around it); a distributed Map's child executions start with none.
 */
import type { JsonObject } from "../../asl/json";
import type { IterationStep, StateVisit } from "../../asl/interpret/types";

const NONE: JsonObject = {};

/** The variables in scope when the visit's state was entered. */
export function variablesAtEntry(visit: StateVisit): JsonObject {
  return (visit.variables as JsonObject | undefined) ?? NONE;
}

/** The variables in scope after the visit (its Assign applied). */
export function variablesAfter(visit: StateVisit): JsonObject {
  return visit.stages.variables ?? variablesAtEntry(visit);
}

function samePath(a: readonly IterationStep[], b: readonly IterationStep[]): boolean {
  return a.length === b.length && a.every((step, i) => step.kind === b[i]?.kind && step.state === b[i]?.state && step.index === b[i]?.index);
}

/**
 * The variables a state about to be entered reads: after the last ended visit of its thread, or
 * of the threads around it (a branch's first state reads what its Parallel was entered with).
 * Walks from the outermost thread in: a thread's visits count only when they ended after the
 * last visit of the thread around it (so an earlier run of the same Map iteration, in a loop,
 * is not taken). A distributed Map's child execution matches only its own visits (same
 * executionArn), so its root thread starts with none. `visits`: ended visits, in the order they ended.
 */
export function variablesBefore(visits: readonly StateVisit[], where: { iterationPath: readonly IterationStep[]; executionArn?: string | undefined }): JsonObject {
  const arn = where.executionArn;
  let bound = -1;
  let value = NONE;
  for (let depth = 0; depth <= where.iterationPath.length; depth++) {
    const thread = where.iterationPath.slice(0, depth);
    for (let i = visits.length - 1; i > bound; i--) {
      const visit = visits[i] as StateVisit;
      if (visit.executionArn === arn && samePath(visit.iterationPath, thread)) {
        bound = i;
        value = variablesAfter(visit);
        break;
      }
    }
  }
  return value;
}

export interface VisitVariablesRow {
  index: number;
  visit: StateVisit;
  /** In scope at entry. */
  entry: JsonObject;
  /** Set by this visit (its Assign, the matched rule's, the catcher's). */
  assigned: JsonObject | undefined;
}

/** The visits that had or set variables (all of them, or one state's), latest `limit` kept. */
export function visitVariableRows(visits: readonly StateVisit[], pointer: string | undefined, limit = 300): { rows: VisitVariablesRow[]; omitted: number } {
  const rows: VisitVariablesRow[] = [];
  visits.forEach((visit, index) => {
    if (pointer !== undefined && visit.pointer !== pointer) return;
    const entry = variablesAtEntry(visit);
    if (Object.keys(entry).length === 0 && visit.assigned === undefined) return;
    rows.push({ index, visit, entry, assigned: visit.assigned });
  });
  const omitted = Math.max(0, rows.length - limit);
  return { rows: omitted > 0 ? rows.slice(omitted) : rows, omitted };
}

/** "Map #2 › Parallel branch 0" for a visit's iteration path. */
export function describeIteration(path: readonly IterationStep[]): string {
  return path.map((s) => `${s.state} ${s.kind === "map" ? "#" : "branch "}${s.index}`).join(" › ");
}
