import { useEffect, useId, useRef, useState } from "react";
import { useStudioShell } from "../embed/StudioShell";
import { useStudio } from "../store/StudioContext";
import { blankContent } from "./documentSession";
import { useSessionSnapshot } from "./useSession";
import "./persistence.css";

function ago(time: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - time) / 1000));
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(time).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

/**
 * The document name with the "Recent" list: every document saved in this browser, to open,
 * rename or delete, and "New document". Without a session (embedded) it is just the name.
 */
export function RecentMenu({ onNewFromTemplate }: { onNewFromTemplate?: () => void }) {
  const { session, notify } = useStudioShell();
  const snapshot = useSessionSnapshot(session);
  const name = useStudio((s) => s.config.name);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const [draft, setDraft] = useState("");
  const [renameError, setRenameError] = useState<string>();
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener("pointerdown", onPointerDown, true);
    panel.current?.querySelector<HTMLElement>("[data-current] .recent-open, .recent-open")?.focus();
    return () => window.removeEventListener("pointerdown", onPointerDown, true);
  }, [open]);

  if (!session || !snapshot) {
    return (
      <h1 className="studio-document-name" data-testid="document-name" title={name}>
        {name}
      </h1>
    );
  }

  const close = () => {
    setOpen(false);
    setRenaming(undefined);
    setConfirmDelete(undefined);
    button.current?.focus();
  };

  const commitRename = async (id: string) => {
    const problem = await session.rename(id, draft);
    if (problem) {
      setRenameError(problem);
      return;
    }
    setRenaming(undefined);
    setRenameError(undefined);
  };

  const now = Date.now();
  return (
    <div className="recent">
      <h1 className="recent-title">
        <button
          ref={button}
          type="button"
          className="recent-button"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          title={`${name}: recent documents`}
          data-testid="recent-button"
          onClick={() => setOpen((o) => !o)}
        >
          <span className="studio-document-name" data-testid="document-name">
            {name}
          </span>
          <svg className="menu-caret" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
            <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </h1>
      {open && (
        <div
          ref={panel}
          id={panelId}
          className="menu-popover recent-panel"
          role="dialog"
          aria-label="Recent documents"
          data-testid="recent-panel"
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Escape" && renaming === undefined) close();
          }}
        >
          <div className="recent-head">
            <span className="menu-section-label">{snapshot.durable ? "Saved in this browser" : "Kept until this tab closes"}</span>
            <div className="recent-new">
              <button
                type="button"
                className="button is-small"
                onClick={() => {
                  close();
                  void session.create(blankContent()).then(() => notify("success", "Started a new document."));
                }}
              >
                New blank
              </button>
              {onNewFromTemplate && (
                <button
                  type="button"
                  className="button is-small"
                  onClick={() => {
                    close();
                    onNewFromTemplate();
                  }}
                >
                  From template…
                </button>
              )}
            </div>
          </div>
          <ul className="recent-list" data-testid="recent-list">
            {snapshot.documents.map((doc) => {
              const current = doc.id === snapshot.currentId;
              return (
                <li key={doc.id} className={`recent-item${current ? " is-current" : ""}`} data-current={current ? "" : undefined} data-document-name={doc.name}>
                  {renaming === doc.id ? (
                    <form
                      className="recent-rename"
                      onSubmit={(event) => {
                        event.preventDefault();
                        void commitRename(doc.id);
                      }}
                    >
                      <input
                        aria-label={`New name for ${doc.name}`}
                        value={draft}
                        autoFocus
                        onChange={(e) => {
                          setDraft(e.target.value);
                          setRenameError(undefined);
                        }}
                        onKeyDown={(e) => {
                          if (e.key === "Escape") {
                            e.preventDefault();
                            setRenaming(undefined);
                            setRenameError(undefined);
                          }
                        }}
                        aria-invalid={renameError !== undefined}
                      />
                      <button type="submit" className="button is-small is-primary">
                        Rename
                      </button>
                      {renameError && (
                        <p className="field-error" role="alert">
                          {renameError}
                        </p>
                      )}
                    </form>
                  ) : confirmDelete === doc.id ? (
                    <div className="recent-confirm" role="alert">
                      <span>Delete “{doc.name}” from this browser?</span>
                      <button
                        type="button"
                        className="button is-small is-danger"
                        autoFocus
                        onClick={() => {
                          setConfirmDelete(undefined);
                          void session.remove(doc.id).then(() => notify("info", `Deleted “${doc.name}”.`));
                        }}
                      >
                        Delete
                      </button>
                      <button type="button" className="button is-small" onClick={() => setConfirmDelete(undefined)}>
                        Keep
                      </button>
                    </div>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="recent-open"
                        aria-current={current ? "true" : undefined}
                        onClick={() => {
                          close();
                          void session.open(doc.id);
                        }}
                      >
                        <span className="recent-name">{doc.name}</span>
                        <span className="recent-meta">
                          {doc.format.toUpperCase()} · {doc.type === "EXPRESS" ? "Express" : "Standard"} · {ago(doc.updatedAt, now)}
                          {current ? " · open" : ""}
                        </span>
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Rename ${doc.name}`}
                        title="Rename"
                        onClick={() => {
                          setRenaming(doc.id);
                          setDraft(doc.name);
                          setRenameError(undefined);
                        }}
                      >
                        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
                          <path d="M11 2.5l2.5 2.5L6 12.5H3.5V10z" />
                        </svg>
                      </button>
                      <button type="button" className="icon-button" aria-label={`Delete ${doc.name}`} title="Delete" onClick={() => setConfirmDelete(doc.id)}>
                        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
                          <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9" />
                        </svg>
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
