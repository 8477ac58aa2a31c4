import { toAwsHistoryEvent } from "../../asl/interpret/events";
import { useStudioStore } from "../../store/StudioContext";
import { CopyButton } from "../common/CopyButton";
import { downloadText } from "../common/download";
import { JsonView } from "../common/JsonView";
import { formatDuration } from "../model/eventRows";
import { RunStatusBadge, executionStatus } from "../RunStatusBadge";
import { useRun, useRunStore } from "../useRun";
import { useShallow } from "zustand/react/shallow";

/** The final result: status, timings, transitions, input and output side by side, or the error and cause. */
export function RunResultView() {
  const run = useRun((s) => s.run);
  const status = useRun(useShallow(executionStatus));
  const studio = useStudioStore();
  const runStore = useRunStore();
  if (!run || !status) {
    return (
      <div className="sim-empty">
        <p>
          <strong>No run yet.</strong> Choose a sample input and mocks, then <strong>Run</strong> (or <strong>Step</strong> to stop before each state). Runs happen in a background worker on a
          virtual clock: nothing is called on AWS.
        </p>
      </div>
    );
  }
  const result = run.result;
  const failedVisit = result && result.status !== "SUCCEEDED" ? [...result.visits].reverse().findIndex((v) => v.status === "failed") : -1;
  const showStep = () => {
    if (!result || failedVisit < 0) return;
    const index = result.visits.length - 1 - failedVisit;
    const visit = result.visits[index];
    if (!visit) return;
    studio.getState().select([visit.pointer]);
    runStore.getState().inspectVisit(index);
    runStore.getState().showSimulatorView("details");
  };
  const exportRun = () => {
    const body = {
      executionArn: result?.executionArn,
      status: result?.status,
      startDate: result ? new Date(result.startTime).toISOString() : undefined,
      stopDate: result ? new Date(result.stopTime).toISOString() : undefined,
      input: JSON.stringify(run.input),
      ...(result?.output !== undefined ? { output: JSON.stringify(result.output) } : {}),
      ...(result?.error !== undefined ? { error: result.error } : {}),
      ...(result?.cause !== undefined ? { cause: result.cause } : {}),
      stateTransitions: result?.transitions,
      definition: JSON.stringify(run.definition),
      events: run.events.map(toAwsHistoryEvent),
    };
    downloadText("execution.json", JSON.stringify(body, null, 2) + "\n");
  };
  return (
    <div className="run-result" data-testid="run-result">
      <div className="run-result-summary">
        <RunStatusBadge status={status} testId="result-status" />
        <dl className="sim-facts">
          <div>
            <dt>Input</dt>
            <dd>{run.inputName}</dd>
          </div>
          {result && (
            <>
              <div>
                <dt>Started</dt>
                <dd>{new Date(result.startTime).toISOString().replace("T", " ").replace("Z", " UTC")}</dd>
              </div>
              <div>
                <dt>Duration</dt>
                <dd>{formatDuration(result.stopTime - result.startTime)} (virtual clock)</dd>
              </div>
              <div>
                <dt>State transitions</dt>
                <dd data-testid="result-transitions">{result.transitions}</dd>
              </div>
            </>
          )}
          <div>
            <dt>Events</dt>
            <dd>{run.events.length}</dd>
          </div>
        </dl>
        <button type="button" className="sim-button is-small" onClick={exportRun} disabled={!result} title="Download the execution and its history as JSON (AWS's shapes)">
          Export run
        </button>
      </div>
      {run.failure !== undefined && !result && (
        <div className="sim-banner is-error" role="alert">
          {run.failure}
        </div>
      )}
      {result && result.status !== "SUCCEEDED" && (
        <div className="sim-banner is-error" role="alert" data-testid="result-error">
          <div>
            <strong>{result.error ?? result.status}</strong>
            {result.cause && <p className="sim-cause">{result.cause}</p>}
          </div>
          <div className="sim-banner-actions">
            <CopyButton text={JSON.stringify({ Error: result.error, Cause: result.cause }, null, 2)} label="Copy the error and cause" />
            {failedVisit >= 0 && (
              <button type="button" className="sim-button is-small" onClick={showStep}>
                Show step details
              </button>
            )}
          </div>
        </div>
      )}
      <div className="sim-columns">
        <section className="sim-column" aria-label="Execution input">
          <div className="sim-column-header">
            <h3 className="sim-heading">Input</h3>
            <CopyButton text={JSON.stringify(run.input, null, 2)} label="Copy the input" />
          </div>
          <JsonView value={run.input} label="Execution input" />
        </section>
        <section className="sim-column" aria-label="Execution output">
          <div className="sim-column-header">
            <h3 className="sim-heading">Output</h3>
            {result?.output !== undefined && <CopyButton text={JSON.stringify(result.output, null, 2)} label="Copy the output" />}
          </div>
          {result?.output !== undefined ? <JsonView value={result.output} label="Execution output" testId="result-output" /> : <p className="sim-muted">{result ? "No output: the execution did not succeed." : "The run is still going."}</p>}
        </section>
      </div>
    </div>
  );
}
