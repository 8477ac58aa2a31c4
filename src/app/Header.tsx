import { useState } from "react";
import { useRegisterCommands, type StudioCommand } from "../commands/CommandRegistry";
import { useStudioShell, type StudioShell } from "../embed/StudioShell";
import { ExportMenu } from "../export/ExportMenu";
import { ImportMenu } from "../export/ImportMenu";
import type { DocumentSession } from "../persistence/documentSession";
import { RecentMenu } from "../persistence/RecentMenu";
import { SaveIndicator } from "../persistence/SaveIndicator";
import { ShareDialog } from "../persistence/ShareDialog";
import type { Mode } from "../store/createStudioStore";
import { useStudio } from "../store/StudioContext";
import { TemplateGallery } from "../templates/TemplateGallery";
import { THEME_CHOICES, ThemeSwitch } from "./ThemeSwitch";

const MODES: { mode: Mode; label: string }[] = [
  { mode: "design", label: "Design" },
  { mode: "code", label: "Code" },
  { mode: "config", label: "Config" },
];

export function Header() {
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const features = useStudio((s) => s.features);
  const readOnly = useStudio((s) => s.readOnly);
  const themeChoice = useStudio((s) => s.themeChoice);
  const chooseTheme = useStudio((s) => s.chooseTheme);
  const { session, onSave, notify } = useStudioShell();
  const [dialog, setDialog] = useState<"templates" | "share">();
  const canOpen = !readOnly;
  const modes = MODES.filter(({ mode: m }) => (m === "code" ? features.codeMode : m === "config" ? features.configMode : true));
  useRegisterCommands([
    ...modes.map(({ mode: m, label }) => ({ id: `mode.${m}`, label: `Switch to ${label} mode`, group: "View", isEnabled: () => mode !== m, run: () => setMode(m) })),
    ...THEME_CHOICES.map(({ choice, label }) => ({
      id: `view.theme.${choice}`,
      label: choice === "system" ? "Follow the system's light or dark theme" : `Use the ${label.toLowerCase()} theme`,
      group: "View",
      isEnabled: () => themeChoice !== choice,
      run: () => chooseTheme(choice),
    })),
    ...(features.templates && canOpen ? [{ id: "file.templates", label: "New from a template…", group: "File", run: () => setDialog("templates") }] : []),
    ...(features.share ? [{ id: "file.share", label: "Share a link…", group: "File", run: () => setDialog("share") }] : []),
    ...saveCommands(onSave, session, notify),
  ]);

  return (
    <header className="studio-header">
      <div className="studio-brand" aria-hidden="true">
        <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#3759d7" />
          <circle cx="9" cy="9" r="3.5" fill="#fff" />
          <circle cx="23" cy="16" r="3.5" fill="#fff" />
          <circle cx="9" cy="23" r="3.5" fill="#fff" />
          <path d="M12 10.5l8 4M20 17.5l-8 4" stroke="#fff" strokeWidth="2" />
        </svg>
        <span>ASL Studio</span>
      </div>
      {features.documents && session ? (
        <RecentMenu onNewFromTemplate={features.templates && canOpen ? () => setDialog("templates") : undefined} />
      ) : (
        <RecentMenu />
      )}
      <SaveIndicator />
      {readOnly && (
        <span className="read-only-badge" data-testid="read-only-badge">
          Read-only
        </span>
      )}
      <div className="studio-actions" role="toolbar" aria-label="Document">
        {features.templates && canOpen && (
          <button type="button" className="header-button" onClick={() => setDialog("templates")} data-testid="templates-button">
            <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
              <rect x="2" y="2" width="5" height="5" rx="1" />
              <rect x="9" y="2" width="5" height="5" rx="1" />
              <rect x="2" y="9" width="5" height="5" rx="1" />
              <path d="M11.5 9v5M9 11.5h5" strokeLinecap="round" />
            </svg>
            <span>Templates</span>
          </button>
        )}
        {features.import && canOpen && <ImportMenu />}
        {features.export && <ExportMenu />}
        {features.share && (
          <button type="button" className="header-button" onClick={() => setDialog("share")} data-testid="share-button">
            <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
              <path d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1" />
            </svg>
            <span>Share</span>
          </button>
        )}
        {onSave && (
          <button type="button" className="header-button is-primary" onClick={onSave} data-testid="save-button" title="Save (Ctrl+S)">
            <span>Save</span>
          </button>
        )}
      </div>
      <div className="mode-switch" role="tablist" aria-label="Mode">
        {modes.map(({ mode: m, label }) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className="mode-switch-button" onClick={() => setMode(m)}>
            {label}
          </button>
        ))}
      </div>
      <ThemeSwitch />
      {dialog === "templates" && <TemplateGallery onClose={() => setDialog(undefined)} />}
      {dialog === "share" && <ShareDialog onClose={() => setDialog(undefined)} baseUrl={shareBaseUrl()} />}
    </header>
  );
}

/**
 * Ctrl/⌘+S as the studio frame answers it: the embedder's save, or in the standalone app (which
 * saves every change as you work) writing now and saying so.
 */
function saveCommands(onSave: (() => void) | undefined, session: DocumentSession | undefined, notify: StudioShell["notify"]): StudioCommand[] {
  if (onSave) return [{ id: "file.save", label: "Save", group: "File", keys: ["Mod+S"], run: onSave }];
  if (!session) return [];
  const run = () => void session.flush().then(() => notify("success", "Saved in this browser. Every change is saved as you work."));
  return [{ id: "file.save", label: "Save in this browser", group: "File", keys: ["Mod+S"], run }];
}

/** Share links open the standalone studio, also from an embedded one. */
function shareBaseUrl(): string {
  const url = new URL(window.location.href);
  url.hash = "";
  url.search = "";
  if (url.pathname.endsWith("/embed.html")) url.pathname = url.pathname.replace(/embed\.html$/, "");
  return url.toString();
}
