import { DiagnosticsPanel } from "../diagnostics/DiagnosticsPanel";
import { SelectedStatePanel } from "../inspector/SelectedStatePanel";
import { useStudio } from "../store/StudioContext";
import { Panel } from "./Panel";

export function Workspace() {
  const mode = useStudio((s) => s.mode);
  return (
    <div className="studio-workspace">
      <Panel className="studio-left" title="States" label="States browser">
        <p className="panel-empty">The states browser (Flow, Actions, Patterns) comes with the design canvas.</p>
      </Panel>
      <main className="studio-centre" aria-label={mode === "code" ? "Code editor" : mode === "config" ? "State machine configuration" : "Canvas"}>
        <p className="panel-empty">
          {mode === "design" && "The design canvas draws the workflow here."}
          {mode === "code" && "The code editor opens here."}
          {mode === "config" && "The state machine's settings (name, type, role, logging, tracing, tags) are edited here."}
        </p>
      </main>
      <Panel className="studio-right" title="Inspector" label="Inspector">
        <SelectedStatePanel />
      </Panel>
      <DiagnosticsPanel />
    </div>
  );
}
