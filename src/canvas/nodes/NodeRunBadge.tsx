import { StatusIcon } from "../../simulator/common/StatusIcon";
import type { NodeRunInfo } from "../../simulator/model/runOverlay";

/** The run status on a node: icon and word (colour is never the only signal), retries, Map/Parallel counts. */
export function NodeRunBadge({ run, paused }: { run: NodeRunInfo; paused: boolean }) {
  if (run.status === "not-run" && !paused) return null;
  return (
    <span className={`node-run-badge is-${run.status}`} data-testid="node-run-badge">
      <StatusIcon status={run.status} aborted={run.label === "Aborted"} size={12} />
      <span>{paused ? "Paused before" : run.label}</span>
      {run.visits > 1 && (
        <span className="node-run-extra" title={`${run.visits} visits`}>
          ×{compact(run.visits)}
        </span>
      )}
      {run.retries > 0 && (
        <span className="node-run-extra" data-testid="node-retries" title={`${run.retries} ${run.retries === 1 ? "retry" : "retries"}`}>
          ↻ {compact(run.retries)}
        </span>
      )}
      {run.count && (
        <span className="node-run-extra" data-testid="node-count">
          {run.count}
        </span>
      )}
    </span>
  );
}

/** 12500 → "12.5k": counts of a long run still fit the badge. */
function compact(n: number): string {
  if (n < 10_000) return String(n);
  if (n < 1_000_000) return `${+(n / 1000).toFixed(1)}k`;
  return `${+(n / 1_000_000).toFixed(1)}M`;
}
