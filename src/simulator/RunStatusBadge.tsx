import type { RunState } from "../store/runSlice";
import { StatusIcon } from "./common/StatusIcon";
import type { NodeRunStatus } from "./model/runOverlay";

export interface ExecutionStatusView {
  text: string;
  tone: NodeRunStatus;
  aborted: boolean;
}

/** The execution's status in words, as the console names it. */
export function executionStatus(state: Pick<RunState, "phase" | "run" | "stopping" | "pendingTasks">): ExecutionStatusView | undefined {
  const { phase, run } = state;
  if (phase === "idle" || !run) return undefined;
  if (phase === "running") return { text: state.stopping ? "Stopping…" : state.pendingTasks.length > 0 ? "Waiting for a callback" : "Running", tone: "running", aborted: false };
  if (phase === "paused") return { text: "Paused", tone: "running", aborted: false };
  if (run.failure !== undefined && !run.result) return { text: "Could not run", tone: "failed", aborted: false };
  switch (run.result?.status) {
    case "SUCCEEDED":
      return { text: "Succeeded", tone: "succeeded", aborted: false };
    case "ABORTED":
      return { text: "Aborted", tone: "failed", aborted: true };
    case "TIMED_OUT":
      return { text: "Timed out", tone: "failed", aborted: false };
    default:
      return { text: "Failed", tone: "failed", aborted: false };
  }
}

export function RunStatusBadge({ status, testId = "run-status" }: { status: ExecutionStatusView; testId?: string }) {
  return (
    <span className={`run-status-badge is-${status.tone}${status.aborted ? " is-aborted" : ""}`} data-testid={testId} role="status">
      <StatusIcon status={status.tone} aborted={status.aborted} />
      {status.text}
    </span>
  );
}
