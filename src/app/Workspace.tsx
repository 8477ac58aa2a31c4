import { lazy, Suspense, useEffect, useState } from "react";
import { CodeMode } from "../code/CodeMode";
import { ConfigMode } from "../config/ConfigMode";
import { PalettePanel } from "../palette/PalettePanel";
import { PanelErrorBoundary } from "../persistence/PanelErrorBoundary";
import { Inspector } from "../inspector/Inspector";
import { useRun } from "../simulator/useRun";
import { useStudio } from "../store/StudioContext";
import { BottomPanel, MIN_BOTTOM } from "./BottomPanel";
import { CollapsedRail, CollapseButton } from "./CollapseButton";
import { Panel } from "./Panel";
import { PanelResizer } from "./PanelResizer";
import { useRegisterCommands } from "../commands/CommandRegistry";
import { PANEL_LIMITS, usePanelLayout } from "./usePanelLayout";

const DesignCanvas = lazy(() => import("../canvas/FlowCanvas").then((m) => ({ default: m.DesignCanvas })));

/** Height the bottom panel grows to when the simulator first opens (the Problems list needs less). */
const SIMULATOR_HEIGHT = 420;

export function Workspace() {
  const mode = useStudio((s) => s.mode);
  const bottomTab = useRun((s) => s.bottomTab);
  const [layout, setLayout] = usePanelLayout();
  const [maximised, setMaximised] = useState(false);
  const bottomHeight = layout.bottom;
  useEffect(() => {
    // The simulator opening (a tab, a command, a run) shows the panel even if it was collapsed.
    if (bottomTab === "simulator") setLayout({ bottom: Math.max(layout.bottom, Math.min(SIMULATOR_HEIGHT, window.innerHeight * 0.5)), bottomCollapsed: false });
    // Only when the simulator opens (not on every resize): later sizes are the user's.
  }, [bottomTab]);
  const resize = (height: number) => {
    setMaximised(false);
    setLayout({ bottom: Math.max(MIN_BOTTOM, Math.min(height, window.innerHeight - 160)), bottomCollapsed: false });
  };
  const setBottomCollapsed = (collapsed: boolean) => {
    if (collapsed) setMaximised(false);
    setLayout({ bottomCollapsed: collapsed });
  };
  const toggleMaximised = () => {
    setBottomCollapsed(false);
    setMaximised((m) => !m);
  };
  useRegisterCommands([
    { id: "view.statesBrowser", label: layout.leftCollapsed ? "Show the states browser" : "Hide the states browser", group: "View", isEnabled: () => mode === "design", run: () => setLayout({ leftCollapsed: !layout.leftCollapsed }) },
    { id: "view.inspector", label: layout.rightCollapsed ? "Show the inspector" : "Hide the inspector", group: "View", run: () => setLayout({ rightCollapsed: !layout.rightCollapsed }) },
    { id: "view.bottom", label: layout.bottomCollapsed ? "Show the bottom panel" : "Hide the bottom panel", group: "View", run: () => setBottomCollapsed(!layout.bottomCollapsed) },
    { id: "view.maximiseBottom", label: maximised ? "Restore the bottom panel" : "Maximise the bottom panel", group: "View", run: toggleMaximised },
  ]);
  const rows = maximised ? "minmax(0, 0fr) minmax(0, 1fr)" : layout.bottomCollapsed ? "minmax(0, 1fr) auto" : `minmax(0, 1fr) ${bottomHeight}px`;
  const showLeft = mode === "design";
  const columns = {
    "--left-col": layout.leftCollapsed ? "var(--rail-width)" : `${layout.left}px`,
    "--right-col": layout.rightCollapsed ? "var(--rail-width)" : `${layout.right}px`,
  } as React.CSSProperties;
  return (
    <div
      className={`studio-workspace mode-${mode}${maximised ? " is-bottom-maximised" : ""}`}
      style={{ gridTemplateRows: rows, ...columns }}
    >
      {showLeft &&
        (layout.leftCollapsed ? (
          <CollapsedRail className="studio-left" label="States browser" side="left" onExpand={() => setLayout({ leftCollapsed: false })} />
        ) : (
          <Panel className="studio-left" title="States" label="States browser" actions={<CollapseButton side="left" label="States browser" onCollapse={() => setLayout({ leftCollapsed: true })} />}>
            <PalettePanel />
            <PanelResizer className="is-right-edge" label="Resize the states browser" value={layout.left} min={PANEL_LIMITS.left[0]} max={PANEL_LIMITS.left[1]} direction={1} onResize={(v) => setLayout({ left: v })} />
          </Panel>
        ))}
      <main className="studio-centre" aria-label={mode === "code" ? "Code editor" : mode === "config" ? "State machine configuration" : "Canvas"}>
        {/* Each mode has its own boundary: a crash in one leaves the others (and the document) usable. */}
        <PanelErrorBoundary key={mode} name={mode === "code" ? "The code editor" : mode === "config" ? "Config mode" : "The canvas"}>
          {mode === "design" && (
            <Suspense fallback={<p className="panel-empty">Loading the canvas…</p>}>
              <DesignCanvas />
            </Suspense>
          )}
          {mode === "code" && <CodeMode split={layout.codeSplit} onSplit={(change) => setLayout((current) => ({ codeSplit: change(current.codeSplit) }))} />}
          {mode === "config" && <ConfigMode />}
        </PanelErrorBoundary>
      </main>
      {layout.rightCollapsed ? (
        <CollapsedRail className="studio-right" label="Inspector" side="right" onExpand={() => setLayout({ rightCollapsed: false })} />
      ) : (
        <Panel className="studio-right" title="Inspector" label="Inspector" actions={<CollapseButton side="right" label="Inspector" onCollapse={() => setLayout({ rightCollapsed: true })} />}>
          <Inspector />
          <PanelResizer className="is-left-edge" label="Resize the inspector" value={layout.right} min={PANEL_LIMITS.right[0]} max={PANEL_LIMITS.right[1]} direction={-1} onResize={(v) => setLayout({ right: v })} />
        </Panel>
      )}
      <BottomPanel height={bottomHeight} maximised={maximised} collapsed={layout.bottomCollapsed} onResize={resize} onToggleMaximise={toggleMaximised} onCollapse={setBottomCollapsed} />
    </div>
  );
}
