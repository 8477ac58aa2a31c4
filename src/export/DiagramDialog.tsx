import { useEffect, useMemo, useState } from "react";
import { useStore } from "zustand";
import { useStudioShell } from "../embed/StudioShell";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { downloadFile } from "./browser/download";
import { diagramPng, lastRunStatus, renderStudioDiagram } from "./diagramExport";
import { exportFileName } from "./exportDocument";
import type { RenderedDiagram } from "./renderDiagram";
import type { SvgTheme } from "./svg/svgTheme";
import { Dialog } from "./ui/Dialog";

/** Diagram export with a preview: theme, the last run's colours, SVG or PNG at 1× / 2×. */
export function DiagramDialog({ onClose }: { onClose: () => void }) {
  const store = useStudioStore();
  const { notify } = useStudioShell();
  const studioTheme = useStudio((s) => s.theme);
  const runStore = useStudio((s) => s.run);
  const runState = useStore(runStore);
  const runStatus = useMemo(() => lastRunStatus(runState), [runState]);
  const [theme, setTheme] = useState<SvgTheme>(studioTheme);
  const [withRun, setWithRun] = useState(runStatus !== undefined);
  const [diagram, setDiagram] = useState<RenderedDiagram>();
  const [preview, setPreview] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    void renderStudioDiagram(store.getState(), { theme, runStatus: withRun ? runStatus : undefined }).then((rendered) => {
      if (cancelled) return;
      setDiagram(rendered);
      setPreview(URL.createObjectURL(new Blob([rendered.svg], { type: "image/svg+xml" })));
    });
    return () => {
      cancelled = true;
    };
  }, [store, theme, withRun, runStatus]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const save = async (scale: 0 | 1 | 2) => {
    const state = store.getState();
    try {
      // Drawn again with the options as they are now: the preview may still be catching up.
      const current = await renderStudioDiagram(state, { theme, runStatus: withRun ? runStatus : undefined });
      if (scale === 0) downloadFile(current.svg, exportFileName(state, ".svg"), "image/svg+xml");
      else downloadFile(await diagramPng(current, scale), exportFileName(state, scale === 2 ? "@2x.png" : ".png"), "image/png");
    } catch (error) {
      notify("error", error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Dialog
      title="Export the diagram"
      onClose={onClose}
      wide
      testId="diagram-dialog"
      footer={
        <>
          <span className="dialog-footnote">{diagram ? `${diagram.width} × ${diagram.height} px · ${diagram.stateCount} states` : "Drawing…"}</span>
          <button type="button" className="button" disabled={!diagram} onClick={() => void save(1)}>
            PNG 1×
          </button>
          <button type="button" className="button" disabled={!diagram} onClick={() => void save(2)}>
            PNG 2×
          </button>
          <button type="button" className="button is-primary" disabled={!diagram} onClick={() => void save(0)}>
            Download SVG
          </button>
        </>
      }
    >
      <div className="dialog-options" role="group" aria-label="Diagram options">
        <fieldset className="segmented">
          <legend>Theme</legend>
          {(["light", "dark"] as const).map((t) => (
            <label key={t}>
              <input type="radio" name="diagram-theme" value={t} checked={theme === t} onChange={() => setTheme(t)} />
              <span>{t === "light" ? "Light" : "Dark"}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox" title={runStatus ? undefined : "Run the workflow in the simulator first"}>
          <input type="checkbox" checked={withRun && runStatus !== undefined} disabled={!runStatus} onChange={(e) => setWithRun(e.target.checked)} />
          <span>Colour states by the last run</span>
        </label>
      </div>
      {/* Focusable so the preview can be scrolled from the keyboard when it is larger than the dialog. */}
      <div className={`diagram-preview is-${theme}`} tabIndex={0} role="region" aria-label="Diagram preview">{preview ? <img src={preview} alt="Preview of the exported diagram" /> : <p className="panel-empty">Drawing…</p>}</div>
    </Dialog>
  );
}
