import type { HistoryEvent } from "../../asl/interpret/events";
import type { StateVisit } from "../../asl/interpret/types";
import type { State } from "../../asl/types";
import { CopyButton } from "../common/CopyButton";
import { JsonView } from "../common/JsonView";
import { StatusIcon } from "../common/StatusIcon";
import { formatDuration, formatElapsed } from "../model/eventRows";
import { STATUS_LABELS } from "../model/runOverlay";
import { useRunStore } from "../useRun";
import { variablesAfter, variablesAtEntry } from "../model/variablesModel";
import { VariableTable } from "./VariablesView";

const MOCK_SOURCES: Record<string, string> = {
  stateMock: "the state's mock",
  mockConfig: "the MockConfigFile test case",
  handler: "the host's task handler",
  callback: "a callback (SendTaskSuccess / SendTaskFailure)",
  unmocked: "the integration's default result (no mock)",
};

/** One visit: status, virtual timing, where the result came from, input and output, error and cause, retries. */
export function VisitDetails({ visit, start, stateDefinition }: { visit: StateVisit; start: number; events: readonly HistoryEvent[]; stateDefinition: State | undefined }) {
  const runStore = useRunStore();
  const status = visit.status === "running" ? "running" : visit.status;
  const duration = visit.exitedAt !== undefined ? visit.exitedAt - visit.enteredAt : undefined;
  const retriers = (stateDefinition as { Retry?: unknown[] } | undefined)?.Retry;
  return (
    <div className="visit-details" data-testid="visit-details" data-visit-status={visit.status}>
      <div className="visit-facts">
        <span className={`run-status-badge is-${status}`}>
          <StatusIcon status={status} />
          {STATUS_LABELS[status]}
        </span>
        <dl className="sim-facts">
          <div>
            <dt>Type</dt>
            <dd>{visit.stateType}</dd>
          </div>
          <div>
            <dt>Entered</dt>
            <dd>{formatElapsed(visit.enteredAt - start)}</dd>
          </div>
          <div>
            <dt>Exited</dt>
            <dd>{visit.exitedAt !== undefined ? formatElapsed(visit.exitedAt - start) : "—"}</dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd data-testid="visit-duration">{duration !== undefined ? formatDuration(duration) : "in progress"}</dd>
          </div>
          {visit.iterationPath.length > 0 && (
            <div>
              <dt>Iteration</dt>
              <dd>{visit.iterationPath.map((s) => `${s.state} ${s.kind === "map" ? "#" : "branch "}${s.index}`).join(" › ")}</dd>
            </div>
          )}
          {visit.mock && (
            <div>
              <dt>Result from</dt>
              <dd data-testid="visit-mock">{MOCK_SOURCES[visit.mock] ?? visit.mock}</dd>
            </div>
          )}
          {visit.nextState !== undefined && (
            <div>
              <dt>Next</dt>
              <dd>{visit.nextState}</dd>
            </div>
          )}
        </dl>
        <button
          type="button"
          className="sim-button is-small"
          onClick={() => {
            runStore.getState().setEventFilter({ stateName: visit.stateName });
            runStore.getState().showSimulatorView("events");
          }}
          title="The events of this state"
        >
          Events
        </button>
        <button
          type="button"
          className="sim-button is-small"
          onClick={() => runStore.getState().showSimulatorView("dataflow")}
          title="See how this visit's input became its output, stage by stage"
        >
          Data flow
        </button>
      </div>
      {(visit.error !== undefined || visit.cause !== undefined) && (
        <div className={`sim-banner ${visit.status === "caught" ? "is-warning" : "is-error"}`} data-testid="visit-error">
          <div>
            <strong>{visit.error ?? "Failed"}</strong>
            {visit.status === "caught" && ` — caught, went to ${visit.nextState ?? "the catcher's Next"}`}
            {visit.cause && <p className="sim-cause">{visit.cause}</p>}
          </div>
          <CopyButton text={JSON.stringify({ Error: visit.error, Cause: visit.cause }, null, 2)} label="Copy the error and cause" />
        </div>
      )}
      <div className="sim-columns">
        <section className="sim-column" aria-label="Step input">
          <h4 className="sim-heading">Input</h4>
          <JsonView value={visit.input} label="Step input" testId="visit-input" />
        </section>
        <section className="sim-column" aria-label="Step output">
          <h4 className="sim-heading">Output</h4>
          {visit.output !== undefined ? <JsonView value={visit.output} label="Step output" testId="visit-output" /> : <p className="sim-muted">No output{visit.status === "failed" ? ": the state failed." : "."}</p>}
        </section>
      </div>
      {(visit.variables !== undefined || visit.assigned !== undefined) && (
        <section className="visit-variables" aria-label="Variables" data-testid="visit-variables">
          <h4 className="sim-heading">
            Variables <span className="sim-muted">{visit.assigned ? "in scope after this state (assigned here marked)" : "in scope when entered"}</span>
          </h4>
          <VariableTable variables={visit.assigned ? variablesAfter(visit) : variablesAtEntry(visit)} changed={visit.assigned} caption={`Variables of ${visit.stateName}`} />
        </section>
      )}
      {(visit.retries.length > 0 || (Array.isArray(retriers) && retriers.length > 0)) && (
        <section className="visit-retries" aria-label="Retries">
          <h4 className="sim-heading">
            Retries <span className="sim-muted" data-testid="retry-count">{visit.retries.length === 1 ? "1 retry" : `${visit.retries.length} retries`}</span>
          </h4>
          <table className="sim-table">
            <thead>
              <tr>
                <th>Attempt</th>
                <th>Error</th>
                <th>Cause</th>
                <th>Retrier</th>
                <th>Backoff before the next attempt</th>
              </tr>
            </thead>
            <tbody>
              {visit.retries.map((retry, i) => (
                <tr key={i} className="is-failed">
                  <td>{i === 0 ? "Initial attempt" : `Retry ${i}`}</td>
                  <td>{retry.error ?? ""}</td>
                  <td className="sim-cell-wrap">{retry.cause ?? ""}</td>
                  <td>#{retry.retrierIndex}</td>
                  <td>{formatDuration(retry.delaySeconds * 1000)}</td>
                </tr>
              ))}
              <tr className={visit.status === "failed" ? "is-failed" : "is-succeeded"}>
                <td>{visit.retries.length === 0 ? "Initial attempt" : `Retry ${visit.retries.length}`}</td>
                <td colSpan={4}>{visit.status === "failed" ? `${visit.error ?? "Failed"} (no retry left)` : visit.status === "running" ? "In progress" : visit.status === "caught" ? `${visit.error ?? "Failed"}, caught` : "Succeeded"}</td>
              </tr>
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
