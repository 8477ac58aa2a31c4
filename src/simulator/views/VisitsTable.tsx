import type { StateVisit } from "../../asl/interpret/types";
import { StatusIcon } from "../common/StatusIcon";
import { VirtualList } from "../common/VirtualList";
import { formatDuration, formatElapsed } from "../model/eventRows";
import { STATUS_LABELS } from "../model/runOverlay";

const ROW = 28;

/** Every visit of the run, one row each (the console's table view), virtualised. */
export function VisitsTable({ visits, start, onPick }: { visits: readonly StateVisit[]; start: number; onPick: (index: number) => void }) {
  return (
    <div className="sim-grid-table visits-table" role="table" aria-label="State visits" aria-rowcount={visits.length + 1}>
      <div className="sim-grid-row is-head" role="row">
        <span role="columnheader">Name</span>
        <span role="columnheader">Type</span>
        <span role="columnheader">Status</span>
        <span role="columnheader">Iteration</span>
        <span role="columnheader">Started after</span>
        <span role="columnheader">Duration</span>
      </div>
      <VirtualList
        count={visits.length}
        rowHeight={ROW}
        label="Visits"
        renderRow={(i) => {
          const visit = visits[i] as StateVisit;
          return (
            <div key={i} className={`sim-grid-row is-clickable is-${visit.status}`} role="row" tabIndex={0} onClick={() => onPick(i)} onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && onPick(i)} style={{ height: ROW }}>
              <span role="cell" className="sim-cell-name">
                {visit.stateName}
              </span>
              <span role="cell">{visit.stateType}</span>
              <span role="cell" className="sim-cell-status">
                <StatusIcon status={visit.status} size={12} /> {STATUS_LABELS[visit.status]}
                {visit.retries.length > 0 ? ` · ${visit.retries.length} ${visit.retries.length === 1 ? "retry" : "retries"}` : ""}
              </span>
              <span role="cell">{visit.iterationPath.map((s) => `${s.kind === "map" ? "#" : "b"}${s.index}`).join(" › ")}</span>
              <span role="cell">{formatElapsed(visit.enteredAt - start)}</span>
              <span role="cell">{visit.exitedAt !== undefined ? formatDuration(visit.exitedAt - visit.enteredAt) : "—"}</span>
            </div>
          );
        }}
      />
    </div>
  );
}
