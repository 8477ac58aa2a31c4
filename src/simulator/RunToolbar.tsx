import { RUN_SPEEDS, type RunSpeed } from "../store/runSlice";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { RunStatusBadge, executionStatus } from "./RunStatusBadge";
import { formatDuration } from "./model/eventRows";
import { startRun } from "./runController";
import { useShallow } from "zustand/react/shallow";
import { useRun, useRunStore } from "./useRun";
import { PlayIcon } from "./PlayIcon";

/** Run / Step / Continue / Stop, the input to run with, the speed, and the run's status. */
export function RunToolbar() {
  const studio = useStudioStore();
  const inputs = useStudio((s) => s.simulation.inputs);
  const activeInputId = useStudio((s) => s.simulation.activeInputId);
  const setSimulation = useStudio((s) => s.setSimulation);
  const phase = useRun((s) => s.phase);
  const speed = useRun((s) => s.speed);
  const maxTransitions = useRun((s) => s.maxTransitions);
  const status = useRun(useShallow(executionStatus));
  const result = useRun((s) => s.run?.result);
  const paused = useRun((s) => s.paused);
  const runStore = useRunStore();
  const actions = runStore.getState();
  const message = useRun((s) => s.notice);
  const active = phase === "running" || phase === "paused";

  const run = (stepping: boolean) => startRun(studio, { stepping });

  return (
    <div className="sim-toolbar" role="toolbar" aria-label="Run controls">
      <label className="sim-inline-field">
        <span>Input</span>
        <select value={activeInputId} onChange={(e) => setSimulation({ activeInputId: e.target.value })} aria-label="Input to run with">
          {inputs.map((input) => (
            <option key={input.id} value={input.id}>
              {input.name}
            </option>
          ))}
        </select>
      </label>
      <div className="sim-button-group">
        {phase === "paused" ? (
          <button type="button" className="sim-button is-primary" onClick={() => actions.resume()} title="Continue to the next breakpoint">
            <PlayIcon /> Continue
          </button>
        ) : (
          <button type="button" className="sim-button is-primary" onClick={() => run(false)} disabled={phase === "running"} title="Run the workflow with the selected input and the mocks">
            <PlayIcon /> Run
          </button>
        )}
        <button type="button" className="sim-button" onClick={() => (phase === "paused" ? actions.step() : run(true))} disabled={phase === "running"} title="Run to the next state entry">
          <StepIcon /> Step
        </button>
        <button type="button" className="sim-button is-danger" onClick={() => actions.stop()} disabled={!active} title="Stop the run (ABORTED)">
          <StopIcon /> Stop
        </button>
      </div>
      <label className="sim-inline-field">
        <span>Speed</span>
        <select value={speed} onChange={(e) => actions.setSpeed(e.target.value as RunSpeed)} aria-label="Speed" disabled={active}>
          {RUN_SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="sim-inline-field" title="The run fails with States.Runtime after this many state transitions (AWS's history holds 25,000 events)">
        <span>Max transitions</span>
        <input type="number" min={1} step={1000} value={maxTransitions} disabled={active} onChange={(e) => actions.setMaxTransitions(Number(e.target.value))} aria-label="Maximum state transitions" className="sim-number" />
      </label>
      <div className="sim-toolbar-status">
        {paused && (
          <span className="sim-paused" data-testid="paused-at">
            Paused before <strong>{paused.stateName}</strong>
            {paused.iterationPath.length > 0 && ` (${paused.iterationPath.map((s) => `${s.state} #${s.index}`).join(" › ")})`}
          </span>
        )}
        {status && <RunStatusBadge status={status} />}
        {result && (
          <span className="sim-muted" data-testid="run-summary">
            {result.transitions} transitions · {formatDuration(result.stopTime - result.startTime)} virtual
          </span>
        )}
      </div>
      {message && (
        <p className="sim-error-text sim-toolbar-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

const StepIcon = () => (
  <svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
    <path d="M1.5 1.5v9l6-4.5z" fill="currentColor" />
    <rect x="9.5" y="1.5" width="2.2" height="9" rx="0.6" fill="currentColor" />
  </svg>
);
const StopIcon = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
    <rect x="2" y="2" width="8" height="8" rx="1" fill="currentColor" />
  </svg>
);
