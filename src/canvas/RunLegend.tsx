import { StatusIcon } from "../simulator/common/StatusIcon";
import { STATUS_LABELS, type NodeRunStatus } from "../simulator/model/runOverlay";
import { useStudioStore } from "../store/StudioContext";

const STATUSES: NodeRunStatus[] = ["not-run", "running", "succeeded", "failed", "caught"];

/** The legend of run colours, at the bottom of the graph while a run is shown (as in the console's graph view). */
export function RunLegend() {
  const store = useStudioStore();
  return (
    <div className="run-legend" role="group" aria-label="Run legend" data-testid="run-legend">
      {STATUSES.map((status) => (
        <span key={status} className={`run-legend-item is-${status}`}>
          <StatusIcon status={status} size={12} />
          {STATUS_LABELS[status]}
        </span>
      ))}
      <span className="run-legend-item">
        <svg width="22" height="8" aria-hidden="true">
          <path d="M1 4h20" className="run-legend-path" />
        </svg>
        Path taken
      </span>
      <span className="run-legend-item">↻ Retries</span>
      <span className="run-legend-item">
        <i className="run-legend-breakpoint" aria-hidden="true" /> Breakpoint
      </span>
      <button type="button" className="run-legend-clear" onClick={() => store.getState().run.getState().clear()} title="Clear the run from the graph">
        Clear
      </button>
    </div>
  );
}
