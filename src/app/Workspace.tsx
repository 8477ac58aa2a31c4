import { lazy, Suspense } from "react";
import { CodeMode } from "../code/CodeMode";
import { ConfigMode } from "../config/ConfigMode";
import { DiagnosticsPanel } from "../diagnostics/DiagnosticsPanel";
import { PalettePanel } from "../palette/PalettePanel";
import { Inspector } from "../inspector/Inspector";
import { useStudio } from "../store/StudioContext";
import { Panel } from "./Panel";

const DesignCanvas = lazy(() => import("../canvas/FlowCanvas").then((m) => ({ default: m.DesignCanvas })));

export function Workspace() {
  const mode = useStudio((s) => s.mode);
  return (
    <div className={`studio-workspace mode-${mode}`}>
      {mode === "design" && (
        <Panel className="studio-left" title="States" label="States browser">
          <PalettePanel />
        </Panel>
      )}
      <main className="studio-centre" aria-label={mode === "code" ? "Code editor" : mode === "config" ? "State machine configuration" : "Canvas"}>
        {mode === "design" && (
          <Suspense fallback={<p className="panel-empty">Loading the canvas…</p>}>
            <DesignCanvas />
          </Suspense>
        )}
        {mode === "code" && <CodeMode />}
        {mode === "config" && <ConfigMode />}
      </main>
      <Panel className="studio-right" title="Inspector" label="Inspector">
        <Inspector />
      </Panel>
      <DiagnosticsPanel />
    </div>
  );
}
