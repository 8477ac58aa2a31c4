import { useMemo } from "react";
import { computeRunOverlay, type RunOverlay } from "./model/runOverlay";
import { useRun } from "./useRun";

/** The current run's overlay for the canvas (undefined when there is no run). */
export function useRunOverlay(): RunOverlay | undefined {
  const run = useRun((s) => s.run);
  const finished = useRun((s) => s.phase === "finished");
  return useMemo(() => (run && run.runId !== "" ? computeRunOverlay({ definition: run.definition, events: run.events, visits: run.visits, finished }) : undefined), [run, finished]);
}
