import { useMemo } from "react";
import { getAtPointer, isJsonObject, type JsonValue } from "../asl/json";
import { useStudio } from "../store/StudioContext";
import { computeRunOverlay, type RunOverlay } from "./model/runOverlay";
import { useRun } from "./useRun";

/**
 * The current run's overlay for the canvas. Undefined when there is no run, or when the document
 * shown is another workflow altogether (none of the run's states exist in it any more).
 */
export function useRunOverlay(): RunOverlay | undefined {
  const run = useRun((s) => s.run);
  const finished = useRun((s) => s.phase === "finished");
  const definition = useStudio((s) => s.definition);
  const overlay = useMemo(() => (run && run.runId !== "" ? computeRunOverlay({ definition: run.definition, events: run.events, visits: run.visits, finished }) : undefined), [run, finished]);
  return useMemo(() => {
    if (!overlay || overlay.nodes.size === 0) return overlay;
    for (const pointer of overlay.nodes.keys()) if (isJsonObject(getAtPointer(definition as JsonValue, pointer))) return overlay;
    return undefined;
  }, [overlay, definition]);
}
