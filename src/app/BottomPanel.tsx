import { lazy, Suspense, useRef, type KeyboardEvent, type PointerEvent } from "react";
import "./bottomPanel.css";
import { useShallow } from "zustand/react/shallow";
import { DiagnosticsCounts, DiagnosticsPanel } from "../diagnostics/DiagnosticsPanel";
import { PanelErrorBoundary } from "../persistence/PanelErrorBoundary";
import type { BottomTab } from "../store/runSlice";
import { useRegisterCommands } from "../commands/CommandRegistry";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { executionStatus, RunStatusBadge } from "../simulator/RunStatusBadge";
import { PlayIcon } from "../simulator/PlayIcon";
import { startRun } from "../simulator/runController";
import { useRun, useRunStore } from "../simulator/useRun";

const SimulatorPanel = lazy(() => import("../simulator/SimulatorPanel").then((m) => ({ default: m.SimulatorPanel })));

export const MIN_BOTTOM = 120;

/**
 * The bottom area: Problems | Simulator tabs, a Run button always at hand, a drag (or arrow-key)
 * resizer on the top edge, a maximise toggle, and a collapse toggle that leaves only the tab strip
 * (choosing a tab brings the panel back).
 */
export function BottomPanel({ height, maximised, collapsed, onResize, onToggleMaximise, onCollapse }: {
  height: number;
  maximised: boolean;
  collapsed: boolean;
  onResize: (height: number) => void;
  onToggleMaximise: () => void;
  onCollapse: (collapsed: boolean) => void;
}) {
  const tab = useRun((s) => s.bottomTab);
  const phase = useRun((s) => s.phase);
  const status = useRun(useShallow(executionStatus));
  const runStore = useRunStore();
  const studio = useStudioStore();
  const drag = useRef<{ y: number; height: number } | undefined>(undefined);
  // Ids must be unique on a page that embeds several studios.
  const id = useStudio((s) => s.instanceId);
  // An embedder may turn the simulator off; a read-only studio does not run.
  const simulator = useStudio((s) => s.features.simulator && !s.readOnly);
  const shown: BottomTab = simulator ? tab : "problems";

  const show = (next: BottomTab) => {
    runStore.getState().showBottomTab(next);
    onCollapse(false);
  };
  useRegisterCommands([
    { id: "view.problems", label: "Show the problems", group: "View", run: () => show("problems") },
    ...(simulator
      ? [
          { id: "run.start", label: "Run the workflow", group: "Simulator", isEnabled: () => runStore.getState().phase !== "running", run: () => (show("simulator"), void startRun(studio)) },
          {
            id: "run.step",
            label: "Step: run to the next state",
            group: "Simulator",
            isEnabled: () => runStore.getState().phase !== "running",
            // Paused, a step goes on within the run (as the toolbar's Step does); otherwise it starts a stepped run.
            run: () => (show("simulator"), runStore.getState().phase === "paused" ? runStore.getState().step() : void startRun(studio, { stepping: true })),
          },
          { id: "run.continue", label: "Continue to the next breakpoint", group: "Simulator", isEnabled: () => runStore.getState().phase === "paused", run: () => (show("simulator"), runStore.getState().resume()) },
          { id: "run.stop", label: "Stop the run", group: "Simulator", isEnabled: () => ["running", "paused"].includes(runStore.getState().phase), run: () => runStore.getState().stop() },
          { id: "view.simulator", label: "Show the simulator", group: "View", run: () => show("simulator") },
        ]
      : []),
  ]);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { y: e.clientY, height };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(drag.current.height + drag.current.y - e.clientY);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "ArrowUp") onResize(height + 40);
    else if (e.key === "ArrowDown") onResize(height - 40);
    else return;
    e.preventDefault();
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!simulator || (e.key !== "ArrowRight" && e.key !== "ArrowLeft")) return;
    e.preventDefault();
    show(tab === "problems" ? "simulator" : "problems");
  };

  return (
    <div className={`studio-bottom bottom-panel${maximised ? " is-maximised" : ""}${collapsed ? " is-collapsed" : ""}`} data-testid="bottom-panel">
      {!collapsed && (
      <div
        className="bottom-resizer"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize the bottom panel"
        aria-valuenow={Math.round(height)}
        aria-valuemin={MIN_BOTTOM}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = undefined)}
        onKeyDown={onKeyDown}
        onDoubleClick={onToggleMaximise}
      />
      )}
      <div className="bottom-tabs">
        <div role="tablist" aria-label="Bottom panel" className="bottom-tablist">
          <button type="button" role="tab" id={`${id}-bottom-tab-problems`} aria-controls={`${id}-bottom-panel-problems`} aria-selected={tab === "problems"} tabIndex={tab === "problems" ? 0 : -1} className="bottom-tab" onClick={() => show("problems")} onKeyDown={onTabKey}>
            Problems <DiagnosticsCounts />
          </button>
          {simulator && (
          <button type="button" role="tab" id={`${id}-bottom-tab-simulator`} aria-controls={`${id}-bottom-panel-simulator`} aria-selected={tab === "simulator"} tabIndex={tab === "simulator" ? 0 : -1} className="bottom-tab" onClick={() => show("simulator")} onKeyDown={onTabKey}>
            Simulator
            {status && tab !== "simulator" && <RunStatusBadge status={status} testId="tab-run-status" />}
          </button>
          )}
        </div>
        <span className="bottom-tabs-spacer" />
        {simulator && tab !== "simulator" && (
          <button
            type="button"
            className="sim-button is-primary is-small"
            disabled={phase === "running"}
            onClick={() => {
              show("simulator");
              startRun(studio);
            }}
            title="Run the workflow in the simulator"
          >
            <PlayIcon /> Run
          </button>
        )}
        <button
          type="button"
          className="sim-button is-small is-quiet is-icon"
          onClick={() => onCollapse(!collapsed)}
          aria-label={collapsed ? "Show the bottom panel" : "Collapse the bottom panel"}
          aria-expanded={!collapsed}
          aria-controls={`${id}-bottom-panel-${shown}`}
          title={collapsed ? "Show the panel" : "Collapse to the tabs"}
        >
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
            <path d={collapsed ? "M2.5 7.5L6 4l3.5 3.5" : "M2.5 4.5L6 8l3.5-3.5"} />
          </svg>
        </button>
        <button type="button" className="sim-button is-small is-quiet is-icon" onClick={onToggleMaximise} aria-label={maximised ? "Restore the bottom panel" : "Maximise the bottom panel"} aria-pressed={maximised} title={maximised ? "Restore" : "Maximise"}>
          {maximised ? "▾" : "▴"}
        </button>
      </div>
      <div className="bottom-body" role="tabpanel" id={`${id}-bottom-panel-${shown}`} aria-labelledby={`${id}-bottom-tab-${shown}`} hidden={collapsed}>
        {shown === "problems" ? (
          <PanelErrorBoundary key="problems" name="The Problems panel">
            <DiagnosticsPanel />
          </PanelErrorBoundary>
        ) : (
          <PanelErrorBoundary key="simulator" name="The simulator">
            <Suspense fallback={<p className="panel-empty">Loading the simulator…</p>}>
              <SimulatorPanel />
            </Suspense>
          </PanelErrorBoundary>
        )}
      </div>
    </div>
  );
}
