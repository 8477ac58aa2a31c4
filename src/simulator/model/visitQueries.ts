/**
 * Finding the visits of a state for the step details: by pointer, then narrowed by the Map
 * iteration picker (zero-based indexes as in the console, one picker per enclosing Map, failed
 * iterations marked) down to the visits of one iteration.
 */
import type { StateVisit, VisitStatus } from "../../asl/interpret/types";

export interface IterationOption {
  index: number;
  status: VisitStatus;
}

export interface IterationLevel {
  /** The Map state this picker chooses an item of. */
  mapState: string;
  options: IterationOption[];
  selected: number;
}

/** Indexes (into `visits`) of the visits of the state at `pointer`, in entry order. */
export function visitIndexesOf(visits: readonly StateVisit[], pointer: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < visits.length; i++) if ((visits[i] as StateVisit).pointer === pointer) out.push(i);
  return out;
}

const WORST: Record<VisitStatus, number> = { succeeded: 0, caught: 1, running: 2, failed: 3 };

/**
 * The iteration pickers for these visits. `chosen[k]` is the item picked at level k (a stale or
 * missing choice falls back to the first item). Returns the pickers and the visits that match.
 */
export function iterationLevels(visits: readonly StateVisit[], indexes: readonly number[], chosen: readonly number[]): { levels: IterationLevel[]; matching: number[] } {
  const levels: IterationLevel[] = [];
  let matching = indexes.slice();
  for (let level = 0; ; level++) {
    const byIndex = new Map<number, VisitStatus>();
    let mapState: string | undefined;
    for (const i of matching) {
      const steps = (visits[i] as StateVisit).iterationPath.filter((s) => s.kind === "map");
      const step = steps[level];
      if (!step) continue;
      mapState ??= step.state;
      const status = (visits[i] as StateVisit).status;
      const previous = byIndex.get(step.index);
      byIndex.set(step.index, previous === undefined || WORST[status] > WORST[previous] ? status : previous);
    }
    if (mapState === undefined || byIndex.size === 0) break;
    const options = [...byIndex.entries()].map(([index, status]) => ({ index, status })).sort((a, b) => a.index - b.index);
    const wanted = chosen[level];
    const selected = wanted !== undefined && byIndex.has(wanted) ? wanted : (options[0] as IterationOption).index;
    levels.push({ mapState, options, selected });
    matching = matching.filter((i) => (visits[i] as StateVisit).iterationPath.filter((s) => s.kind === "map")[level]?.index === selected);
  }
  return { levels, matching };
}

/** "#2", "#2 (failed)" — zero-based like the console's iteration picker. */
export function iterationLabel(option: IterationOption): string {
  return option.status === "failed" ? `#${option.index} (failed)` : option.status === "running" ? `#${option.index} (in progress)` : `#${option.index}`;
}
