import { lazy, Suspense, useEffect, useState } from "react";
import { CodeMode } from "../code/CodeMode";
import { ConfigMode } from "../config/ConfigMode";
import { PalettePanel } from "../palette/PalettePanel";
import { Inspector } from "../inspector/Inspector";
import { useRun } from "../simulator/useRun";
import { useStudio } from "../store/StudioContext";
import { BottomPanel, MIN_BOTTOM } from "./BottomPanel";
import { Panel } from "./Panel";

const DesignCanvas = lazy(() => import("../canvas/FlowCanvas").then((m) => ({ default: m.DesignCanvas })));

/** Height the bottom panel grows to when the simulator first opens (the Problems list needs less). */
const SIMULATOR_HEIGHT = 420;

export function Workspace() {
  const mode = useStudio((s) => s.mode);
  const bottomTab = useRun((s) => s.bottomTab);
  const [bottomHeight, setBottomHeight] = useState(200);
  const [maximised, setMaximised] = useState(false);
  useEffect(() => {
    if (bottomTab === "simulator") setBottomHeight((h) => Math.max(h, Math.min(SIMULATOR_HEIGHT, window.innerHeight * 0.5)));
  }, [bottomTab]);
  const resize = (height: number) => {
    setMaximised(false);
    setBottomHeight(Math.max(MIN_BOTTOM, Math.min(height, window.innerHeight - 160)));
  };
  const rows = maximised ? "minmax(0, 0fr) minmax(0, 1fr)" : `minmax(0, 1fr) ${bottomHeight}px`;
  return (
    <div className={`studio-workspace mode-${mode}${maximised ? " is-bottom-maximised" : ""}`} style={{ gridTemplateRows: rows }}>
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
      <BottomPanel height={bottomHeight} maximised={maximised} onResize={resize} onToggleMaximise={() => setMaximised((m) => !m)} />
    </div>
  );
}
