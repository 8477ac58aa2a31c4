import { useEffect, useMemo, useState } from "react";
import type { StateVisit } from "../../asl/interpret/types";
import { findStateByPointer } from "../../asl/traverse";
import { useStudioStore } from "../../store/StudioContext";
import { formatElapsed } from "../model/eventRows";
import { STATUS_LABELS } from "../model/runOverlay";
import { iterationLevels, visitIndexesOf } from "../model/visitQueries";
import { useSelectedState } from "../useSelectedState";
import { useRun, useRunStore } from "../useRun";
import { IterationPicker } from "./IterationPicker";
import { VisitDetails } from "./VisitDetails";
import { VisitsTable } from "./VisitsTable";

/** Step details for the selected state: its visits (Map iteration pickers, zero-based), each with input, output, error, retries and timing. */
export function StepDetails() {
  const run = useRun((s) => s.run);
  const inspected = useRun((s) => s.inspectedVisit);
  const runStore = useRunStore();
  const studio = useStudioStore();
  const pointer = useSelectedState();
  const visits = run?.visits ?? [];
  const indexes = useMemo(() => (pointer ? visitIndexesOf(visits, pointer) : []), [visits, pointer]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [loopIndex, setLoopIndex] = useState(0);

  // A visit picked elsewhere (the error banner, the visits table) sets the pickers.
  useEffect(() => {
    if (inspected === undefined) return;
    const visit = visits[inspected];
    if (!visit || visit.pointer !== pointer) return;
    setChosen(visit.iterationPath.filter((s) => s.kind === "map").map((s) => s.index));
  }, [inspected, pointer, visits]);

  const { levels, matching } = useMemo(() => iterationLevels(visits, indexes, chosen), [visits, indexes, chosen]);
  const shownIndex = matching.includes(inspected ?? -1) ? (inspected as number) : matching[Math.min(loopIndex, matching.length - 1)];
  const shown = shownIndex !== undefined ? visits[shownIndex] : undefined;

  useEffect(() => {
    if (shownIndex !== undefined && shownIndex !== inspected) runStore.getState().inspectVisit(shownIndex);
  }, [shownIndex, inspected, runStore]);

  if (!run) return <p className="sim-empty">Run the workflow to see the details of each step.</p>;
  const start = run.result?.startTime ?? run.events[0]?.timestamp ?? 0;
  if (!pointer) {
    return (
      <div className="step-details">
        <p className="sim-muted sim-hint">Select a state on the graph, or a row below, to see its step details.</p>
        <VisitsTable
          visits={visits}
          start={start}
          onPick={(index) => {
            const visit = visits[index] as StateVisit;
            studio.getState().select([visit.pointer]);
            runStore.getState().inspectVisit(index);
          }}
        />
      </div>
    );
  }
  const location = findStateByPointer(run.definition, pointer);
  const name = location?.name ?? pointer.split("/").pop() ?? pointer;
  if (indexes.length === 0) {
    return (
      <div className="step-details">
        <h3 className="step-title">{name}</h3>
        <p className="sim-muted" data-testid="step-not-run">
          {STATUS_LABELS["not-run"]}: this run did not enter {name}.
        </p>
      </div>
    );
  }
  return (
    <div className="step-details" data-testid="step-details">
      <div className="step-details-header">
        <h3 className="step-title">{name}</h3>
        <span className="sim-muted">
          {indexes.length} {indexes.length === 1 ? "visit" : "visits"} in this run
        </span>
        {levels.map((level, depth) => (
          <IterationPicker
            key={depth}
            level={level}
            onPick={(index) => {
              setChosen([...levels.slice(0, depth).map((l) => l.selected), index]);
              setLoopIndex(0);
              runStore.getState().inspectVisit(undefined);
            }}
          />
        ))}
        {matching.length > 1 && (
          <label className="sim-inline-field">
            <span>Visit</span>
            <select
              value={Math.max(0, matching.indexOf(shownIndex ?? -1))}
              aria-label="Visit"
              onChange={(e) => {
                setLoopIndex(Number(e.target.value));
                runStore.getState().inspectVisit(matching[Number(e.target.value)]);
              }}
            >
              {matching.map((index, i) => (
                <option key={index} value={i}>
                  {i + 1} of {matching.length} ({formatElapsed((visits[index] as StateVisit).enteredAt - start)})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown && <VisitDetails visit={shown} start={start} events={run.events} stateDefinition={location?.state} />}
    </div>
  );
}
