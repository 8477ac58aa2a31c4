import { useMemo } from "react";
import type { StateVisit } from "../../asl/interpret/types";
import { useStudio, useStudioStore } from "../../store/StudioContext";
import { VirtualList } from "../common/VirtualList";
import { formatDuration, formatElapsed } from "../model/eventRows";
import { STATUS_LABELS } from "../model/runOverlay";
import { retrySegments, visitKey } from "../model/timelineModel";
import { useRun, useRunStore } from "../useRun";

const ROW = 24;

/** A Gantt chart of the state visits on the virtual clock: failed attempts red, backoff waits grey. */
export function Timeline() {
  const run = useRun((s) => s.run);
  const phase = useRun((s) => s.phase);
  const selection = useStudio((s) => s.selection);
  const studio = useStudioStore();
  const runStore = useRunStore();
  const segments = useMemo(() => retrySegments(run?.events ?? []), [run?.events]);
  if (!run || run.visits.length === 0) return <p className="sim-empty">Run the workflow to see a timeline of its states.</p>;
  const visits = run.visits;
  const start = run.result?.startTime ?? run.events[0]?.timestamp ?? 0;
  const lastEvent = run.events.at(-1)?.timestamp ?? start;
  const end = Math.max(run.result?.stopTime ?? lastEvent, ...visits.slice(-200).map((v) => v.exitedAt ?? v.enteredAt), start + 1);
  const total = end - start;
  const pct = (t: number) => `${((t - start) / total) * 100}%`;
  const width = (from: number, to: number) => `max(2px, ${((to - from) / total) * 100}%)`;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-axis" aria-hidden="true">
        <span className="timeline-label-col">{visits.length} visits · {formatDuration(total)}</span>
        <span className="timeline-track">
          {ticks.map((t) => (
            <span key={t} className="timeline-tick" style={{ left: `${t * 100}%` }}>
              {formatElapsed(total * t)}
            </span>
          ))}
        </span>
      </div>
      <VirtualList
        count={visits.length}
        rowHeight={ROW}
        label="Timeline"
        role="list"
        renderRow={(i) => {
          const visit = visits[i] as StateVisit;
          const to = visit.exitedAt ?? (phase === "finished" ? visit.enteredAt : lastEvent);
          const parts = segments.get(visitKey(visit)) ?? [];
          const iteration = visit.iterationPath.map((s) => `${s.kind === "map" ? "#" : "b"}${s.index}`).join(" › ");
          const selected = selection.includes(visit.pointer);
          const description = `${visit.stateName}${iteration ? ` ${iteration}` : ""}: ${STATUS_LABELS[visit.status]}, ${formatElapsed(visit.enteredAt - start)} for ${formatDuration(to - visit.enteredAt)}${visit.retries.length ? `, ${visit.retries.length} retries` : ""}`;
          return (
            <div
              key={i}
              role="listitem"
              className={`timeline-row${selected ? " is-selected" : ""}`}
              style={{ height: ROW }}
              title={description}
              aria-label={description}
              onClick={() => {
                studio.getState().select([visit.pointer]);
                runStore.getState().inspectVisit(i);
              }}
            >
              <span className="timeline-label-col">
                <span className="timeline-name">{visit.stateName}</span>
                {iteration && <span className="sim-muted"> {iteration}</span>}
              </span>
              <span className="timeline-track">
                <span className={`timeline-bar is-${visit.status}`} style={{ left: pct(visit.enteredAt), width: width(visit.enteredAt, to) }} />
                {parts.map((part, k) => (
                  <span key={k} className={`timeline-bar is-${part.kind}`} style={{ left: pct(part.from), width: width(part.from, part.to) }} />
                ))}
              </span>
            </div>
          );
        }}
      />
      <div className="timeline-legend" aria-label="Timeline legend">
        <span>
          <i className="timeline-swatch is-succeeded" /> Succeeded
        </span>
        <span>
          <i className="timeline-swatch is-failed" /> Failed attempt
        </span>
        <span>
          <i className="timeline-swatch is-backoff" /> Retry backoff
        </span>
        <span>
          <i className="timeline-swatch is-caught" /> Caught error
        </span>
      </div>
    </div>
  );
}
