import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { DocumentContent } from "../persistence/documentRecord";
import type { DocumentSession } from "../persistence/documentSession";
import { loadDocument } from "../persistence/loadDocument";
import { useStudioStore } from "../store/StudioContext";

export interface ShellNotice {
  id: number;
  kind: "info" | "success" | "error";
  text: string;
}

/**
 * How this studio instance is hosted: the standalone app keeps documents (a session); an embedded
 * instance replaces its one document and tells the host through callbacks.
 */
export interface StudioShell {
  session: DocumentSession | undefined;
  /** Opens content as the document: a new saved document in the app, a replacement when embedded. */
  openDocument: (content: DocumentContent) => Promise<void>;
  notify: (kind: ShellNotice["kind"], text: string) => void;
  dismiss: (id: number) => void;
  notices: readonly ShellNotice[];
  /** The embedder's save callback (Ctrl+S and the Save button call it). */
  onSave: (() => void) | undefined;
  embedded: boolean;
}

const ShellContext = createContext<StudioShell | null>(null);

let noticeCounter = 0;

export function StudioShellProvider({ session, onSave, embedded = false, children }: { session?: DocumentSession | undefined; onSave?: (() => void) | undefined; embedded?: boolean; children: ReactNode }) {
  const store = useStudioStore();
  const [notices, setNotices] = useState<ShellNotice[]>([]);
  const shell = useMemo<StudioShell>(() => {
    const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
    return {
      session,
      embedded,
      onSave,
      notices: [],
      dismiss,
      notify: (kind, text) => {
        const id = ++noticeCounter;
        setNotices((list) => [...list.slice(-2), { id, kind, text }]);
        if (kind !== "error") setTimeout(() => dismiss(id), 4000);
      },
      openDocument: async (content) => {
        if (session) await session.create(content);
        else loadDocument(store, content);
      },
    };
  }, [session, onSave, embedded, store]);
  // What the session has to say (a share link opened, or could not be) appears as a notice.
  useEffect(() => {
    if (!session) return;
    const forward = () => {
      const notice = session.getSnapshot().notice;
      if (!notice) return;
      session.dismissNotice();
      shell.notify(notice.kind, notice.text);
    };
    forward();
    return session.subscribe(forward);
  }, [session, shell]);
  const value = useMemo(() => ({ ...shell, notices }), [shell, notices]);
  return <ShellContext.Provider value={value}>{children}</ShellContext.Provider>;
}

export function useStudioShell(): StudioShell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error("useStudioShell must be used inside <StudioShellProvider>");
  return shell;
}
