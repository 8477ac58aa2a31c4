import { useStudioShell } from "../embed/StudioShell";
import { useSessionSnapshot } from "./useSession";

const LABELS = { saved: "Saved", pending: "Saving…", saving: "Saving…", unsaved: "Not saved yet", error: "Not saved" } as const;

/** "Saved" / "Saving…" / "Not saved" next to the document name (standalone app only). */
export function SaveIndicator() {
  const { session } = useStudioShell();
  const snapshot = useSessionSnapshot(session);
  if (!snapshot) return null;
  const state = snapshot.saveState;
  const title =
    state === "error"
      ? `The browser refused to save: ${snapshot.saveError ?? "unknown error"}. Export the document to keep it.`
      : snapshot.durable
        ? "Every change is saved in this browser as you work."
        : "This browser does not allow saving (private mode?): documents last until the tab is closed.";
  return (
    <span className={`save-indicator is-${state}`} role="status" aria-live="polite" title={title} data-testid="save-state" data-state={state}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        {state === "saved" ? <path d="M2.5 6.2l2.3 2.3 4.7-4.9" /> : state === "error" ? <path d="M6 2.5v4M6 9v.01" /> : <circle cx="6" cy="6" r="3.5" strokeDasharray="3 2" />}
      </svg>
      {LABELS[state]}
    </span>
  );
}
