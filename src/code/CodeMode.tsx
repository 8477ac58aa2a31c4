import { lazy, Suspense, useRef } from "react";
import { useStudio, useStudioStore } from "../store/StudioContext";
import "./code.css";

const CodeEditor = lazy(() => import("./CodeEditor"));
const DesignCanvas = lazy(() => import("../canvas/FlowCanvas").then((m) => ({ default: m.DesignCanvas })));

/**
 * Code mode: the editor beside the live graph, as Workflow Studio's Code mode shows both.
 * `split` is the editor's share of the width (0.2–0.8), kept by the workspace with the panel
 * sizes; `onSplit` gets the change as a function of the latest split, so held arrow keys add up.
 */
export function CodeMode({ split, onSplit }: { split: number; onSplit: (change: (split: number) => number) => void }) {
  const container = useRef<HTMLDivElement>(null);

  const startResize = (event: React.PointerEvent) => {
    const element = container.current;
    if (!element) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const box = element.getBoundingClientRect();
      onSplit(() => (e.clientX - box.left) / box.width);
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  return (
    <div className="code-mode" ref={container}>
      <div className="code-pane" style={{ flexBasis: `${split * 100}%` }}>
        <CodeToolbar />
        <Suspense fallback={<p className="panel-empty">Loading the editor…</p>}>
          <CodeEditor />
        </Suspense>
      </div>
      <div
        className="code-splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the code and graph panes"
        aria-valuenow={Math.round(split * 100)}
        aria-valuemin={20}
        aria-valuemax={80}
        tabIndex={0}
        onPointerDown={startResize}
        onKeyDown={(e) => {
          if (e.key === "ArrowLeft") onSplit((s) => s - 0.05);
          else if (e.key === "ArrowRight") onSplit((s) => s + 0.05);
          else return;
          e.preventDefault();
        }}
      />
      <div className="graph-pane">
        <Suspense fallback={<p className="panel-empty">Loading the graph…</p>}>
          <DesignCanvas compact />
        </Suspense>
      </div>
    </div>
  );
}

function CodeToolbar() {
  const store = useStudioStore();
  const format = useStudio((s) => s.format);
  const parseError = useStudio((s) => s.parse.problems.find((p) => p.fatal));
  return (
    <div className="code-toolbar" role="toolbar" aria-label="Code toolbar">
      <div className="segmented" role="radiogroup" aria-label="Definition format">
        {(["json", "yaml"] as const).map((f) => (
          <button
            key={f}
            type="button"
            role="radio"
            aria-checked={format === f}
            disabled={format !== f && parseError !== undefined}
            title={format !== f && parseError ? "Fix the syntax error before converting" : `Show the definition as ${f.toUpperCase()}`}
            onClick={() => store.getState().setFormat(f)}
          >
            {f.toUpperCase()}
          </button>
        ))}
      </div>
      <span className="code-status" role="status" data-testid="code-status">
        {parseError ? `Line ${parseError.line}, column ${parseError.column}: ${parseError.message}` : ""}
      </span>
    </div>
  );
}
