import { useState } from "react";
import type { SimulatorView } from "../store/runSlice";
import { CallbackPrompt } from "./CallbackPrompt";
import { DataFlowView } from "./dataflow/DataFlowView";
import { RunToolbar } from "./RunToolbar";
import { InputsEditor } from "./setup/InputsEditor";
import { MocksEditor } from "./setup/MocksEditor";
import { useRun, useRunStore } from "./useRun";
import { EventTable } from "./views/EventTable";
import { RunResultView } from "./views/RunResultView";
import { StepDetails } from "./views/StepDetails";
import { Timeline } from "./views/Timeline";
import { VariablesView } from "./views/VariablesView";
import "./simulator.css";

const VIEWS: { id: SimulatorView; label: string }[] = [
  { id: "result", label: "Result" },
  { id: "details", label: "Step details" },
  { id: "dataflow", label: "Data flow" },
  { id: "variables", label: "Variables" },
  { id: "events", label: "Events" },
  { id: "timeline", label: "Timeline" },
];

/** The simulator: run controls, the run setup (inputs, mocks) and the views of a run. */
export function SimulatorPanel() {
  const view = useRun((s) => s.simulatorView);
  const runStore = useRunStore();
  const [setup, setSetup] = useState<"input" | "mocks">("input");
  const [setupHidden, setSetupHidden] = useState(false);
  return (
    <div className="simulator" data-testid="simulator">
      <RunToolbar />
      <CallbackPrompt />
      <div className={`simulator-body${setupHidden ? " is-setup-hidden" : ""}`}>
        <section className="simulator-setup" aria-label="Run setup">
          {/* A tablist holds only tabs (ARIA): the hide button sits beside it. */}
          <div className="sim-tabs">
            <div className="sim-tablist" role="tablist" aria-label="Run setup">
              <button type="button" role="tab" aria-selected={setup === "input"} className="sim-tab" onClick={() => setSetup("input")}>
                Input
              </button>
              <button type="button" role="tab" aria-selected={setup === "mocks"} className="sim-tab" onClick={() => setSetup("mocks")}>
                Mocks
              </button>
            </div>
            <button type="button" className="sim-button is-small is-quiet is-icon sim-tabs-end" onClick={() => setSetupHidden(true)} aria-label="Hide the run setup" title="Hide the run setup (more room for the run views)">
              «
            </button>
          </div>
          <div className="simulator-setup-body" role="tabpanel">
            {setup === "input" ? <InputsEditor /> : <MocksEditor />}
          </div>
        </section>
        <section className="simulator-views" aria-label="Run views">
          <div className="sim-tabs">
            {setupHidden && (
              <button type="button" className="sim-button is-small is-quiet is-icon" onClick={() => setSetupHidden(false)} aria-label="Show the run setup" title="Show the run setup (inputs and mocks)">
                »
              </button>
            )}
            <div className="sim-tablist" role="tablist" aria-label="Run views">
              {VIEWS.map((v) => (
                <button key={v.id} type="button" role="tab" aria-selected={view === v.id} className="sim-tab" onClick={() => runStore.getState().showSimulatorView(v.id)}>
                  {v.label}
                </button>
              ))}
            </div>
          </div>
          <div className="simulator-view" role="tabpanel" aria-label={VIEWS.find((v) => v.id === view)?.label}>
            {view === "result" && <RunResultView />}
            {view === "details" && <StepDetails />}
            {view === "dataflow" && <DataFlowView />}
            {view === "variables" && <VariablesView />}
            {view === "events" && <EventTable />}
            {view === "timeline" && <Timeline />}
          </div>
        </section>
      </div>
    </div>
  );
}
