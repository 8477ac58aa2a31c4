import { useState, type ReactNode } from "react";
import { CommandPalette } from "../commands/CommandPalette";
import { isTextInput } from "../commands/keys";
import { looksImportable, useImporter } from "../export/ImportProvider";
import { useStudio } from "../store/StudioContext";
import { NoticeArea } from "./NoticeArea";
import { useStudioShell } from "./StudioShell";
import "./studio-shell.css";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The studio's root element: theme, drop-a-file-to-open, paste-to-open, Ctrl/⌘+S and notices.
 * Every listener sits on this element, never on the document, so several studios on one page
 * each handle only what happens inside them.
 */
export function StudioFrame({ children }: { children: ReactNode }) {
  const theme = useStudio((s) => s.theme);
  const instanceId = useStudio((s) => s.instanceId);
  const readOnly = useStudio((s) => s.readOnly);
  const canImport = useStudio((s) => !s.readOnly && s.features.import);
  const simulator = useStudio((s) => s.features.simulator && !s.readOnly);
  const importer = useImporter();
  const { session, onSave, notify } = useStudioShell();
  const [dragging, setDragging] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);


  const hasFiles = (event: React.DragEvent) => canImport && [...event.dataTransfer.types].includes("Files");

  return (
    <div
      className={`studio${readOnly ? " is-read-only-studio" : ""}`}
      data-theme={theme}
      data-studio-instance={instanceId}
      data-simulator={simulator ? "on" : "off"}
      data-testid="studio"
      onDragEnter={(event) => {
        if (hasFiles(event)) setDragging(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        if (!dragging) setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void importer.importFile(file);
      }}
      onPaste={(event) => {
        if (!canImport || isTextInput(event.target) || (event.target as HTMLElement).closest?.("dialog")) return;
        const text = event.clipboardData.getData("text/plain");
        if (!looksImportable(text)) return;
        event.preventDefault();
        importer.openPasteDialog(text);
      }}
      onKeyDown={(event) => {
        const mod = isMac ? event.metaKey : event.ctrlKey;
        // Ctrl/⌘+K or F1 opens the command palette; inside the code editor both keep Monaco's meaning.
        const inEditor = Boolean((event.target as HTMLElement).closest?.(".monaco-editor"));
        if (!inEditor && ((mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") || event.key === "F1")) {
          event.preventDefault();
          setPaletteOpen(true);
          return;
        }
        if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== "s") return;
        event.preventDefault();
        if (onSave) onSave();
        else if (session) void session.flush().then(() => notify("success", "Saved in this browser. Every change is saved as you work."));
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <svg width="28" height="28" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round">
              <path d="M8 10V2M5 7l3 3 3-3M3 10v3h10v-3" />
            </svg>
            <strong>Drop to open</strong>
            <span>A definition (.json, .yaml, .asl.json) or a CloudFormation / SAM template</span>
          </div>
        </div>
      )}
      <NoticeArea />
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}
