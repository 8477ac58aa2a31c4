/**
 * The standalone app's documents: which one is open, saving every change as it happens, the
 * "Recent" list (open, rename, delete) and opening share links as copies.
 *
 * Saving stays off the typing path: a store change only (re)starts a timer; the snapshot is taken
 * and written when typing pauses (SAVE_DELAY_MS), at least every SAVE_MAX_WAIT_MS during a long
 * burst, and at once when the page is hidden or closed.
 */
import { checkStateMachineName } from "../config/model/stateMachineName";
import type { StudioState, StudioStore } from "../store/createStudioStore";
import { defaultSimulationData } from "../store/simulationData";
import { defaultConfig } from "../store/studioConfig";
import { newDocumentId, snapshotDocument, type DocumentContent, type StoredDocument } from "./documentRecord";
import type { DocumentRepository } from "./documentRepository";
import { loadDocument } from "./loadDocument";
import { decodeSharedDocument, sharePayloadFromHash } from "./shareLink";

export const SAVE_DELAY_MS = 300;
export const SAVE_MAX_WAIT_MS = 2000;
const CURRENT_KEY = "currentDocument";

export type SaveState = "saved" | "pending" | "saving" | "error" | "unsaved";

export interface DocumentSummary {
  id: string;
  name: string;
  format: StoredDocument["format"];
  type: StoredDocument["config"]["type"];
  updatedAt: number;
}

export interface SessionNotice {
  kind: "info" | "error";
  text: string;
}

export interface SessionSnapshot {
  currentId: string;
  documents: DocumentSummary[];
  saveState: SaveState;
  saveError?: string;
  /** False when documents only live in memory (IndexedDB unavailable). */
  durable: boolean;
  notice?: SessionNotice;
}

export interface DocumentSession {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** Restores the last document (or opens the share link in `hash`); returns when the store holds it. */
  start(hash?: string): Promise<void>;
  /** Opens a share link's document (a `#share=…` hash) as a new copy, e.g. one pasted into the address bar of an open studio. */
  openShareLink(hash: string): Promise<boolean>;
  open(id: string): Promise<void>;
  /** Saves the current document, then opens `content` as a new one. */
  create(content: DocumentContent): Promise<string>;
  /** Renames a document (its Config-mode name); returns a message when the name is not allowed. */
  rename(id: string, name: string): Promise<string | undefined>;
  remove(id: string): Promise<void>;
  flush(): Promise<void>;
  dismissNotice(): void;
  dispose(): void;
}

const summary = (doc: StoredDocument): DocumentSummary => ({ id: doc.id, name: doc.config.name, format: doc.format, type: doc.config.type, updatedAt: doc.updatedAt });

const changed = (a: StudioState, b: StudioState) =>
  a.text !== b.text || a.format !== b.format || a.mode !== b.mode || a.selection !== b.selection || a.config !== b.config || a.simulation !== b.simulation;

export function blankContent(name = "MyStateMachine"): DocumentContent {
  return {
    text: '{\n  "Comment": "A new state machine",\n  "StartAt": "Pass",\n  "States": {\n    "Pass": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}\n',
    format: "json",
    config: defaultConfig(name),
    simulation: defaultSimulationData(),
  };
}

export function createDocumentSession(store: StudioStore, repository: DocumentRepository): DocumentSession {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = { currentId: newDocumentId(), documents: [], saveState: "unsaved", durable: repository.durable };
  let createdAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let loading = false;
  let writes: Promise<void> = Promise.resolve();

  const update = (patch: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  const upsertSummary = (doc: StoredDocument) => {
    const others = snapshot.documents.filter((d) => d.id !== doc.id);
    update({ documents: [summary(doc), ...others].sort((a, b) => b.updatedAt - a.updatedAt) });
  };

  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstPendingAt = undefined;
    const doc = snapshotDocument(store.getState(), snapshot.currentId, createdAt);
    update({ saveState: "saving" });
    writes = writes
      .then(() => repository.put(doc))
      .then(() => {
        upsertSummary(doc);
        if (timer === undefined) update({ saveState: "saved", saveError: undefined });
      })
      .catch((error: unknown) => update({ saveState: "error", saveError: error instanceof Error ? error.message : String(error) }));
    return writes;
  };

  const schedule = () => {
    const now = Date.now();
    firstPendingAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    if (snapshot.saveState !== "pending") update({ saveState: "pending" });
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, firstPendingAt + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(() => void save(), wait);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!loading && changed(state, previous)) schedule();
  });

  const flush = async () => {
    if (timer !== undefined) await save();
    else await writes;
  };

  const onHidden = () => {
    if (document.visibilityState === "hidden") void flush();
  };
  const onPageHide = () => void flush();
  if (typeof document !== "undefined") {
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
  }

  const show = async (doc: StoredDocument) => {
    loading = true;
    try {
      loadDocument(store, doc);
    } finally {
      loading = false;
    }
    createdAt = doc.createdAt;
    update({ currentId: doc.id });
    await repository.setMeta(CURRENT_KEY, doc.id).catch(() => undefined);
  };

  const create = async (content: DocumentContent): Promise<string> => {
    await flush();
    const now = Date.now();
    const doc: StoredDocument = {
      schema: 1,
      id: newDocumentId(),
      text: content.text,
      format: content.format,
      mode: content.mode ?? "design",
      selection: content.selection ?? [],
      config: content.config,
      simulation: content.simulation,
      createdAt: now,
      updatedAt: now,
    };
    await show(doc);
    await save();
    return doc.id;
  };

  const open = async (id: string) => {
    if (id === snapshot.currentId) return;
    await flush();
    const doc = await repository.get(id);
    if (!doc) {
      update({ notice: { kind: "error", text: "That document is no longer saved in this browser." }, documents: snapshot.documents.filter((d) => d.id !== id) });
      return;
    }
    await show(doc);
  };

  /** Opens the document a share link carries as a new copy; false (with a notice) when it cannot. */
  const openShareLink = async (hash: string): Promise<boolean> => {
    const payload = sharePayloadFromHash(hash);
    if (payload === undefined) return false;
    try {
      const shared = await decodeSharedDocument(payload);
      const simulation = defaultSimulationData();
      if (shared.input !== undefined && simulation.inputs[0]) simulation.inputs[0] = { ...simulation.inputs[0], name: "Shared input", text: shared.input };
      await create({ text: shared.text, format: shared.format, config: defaultConfig(shared.name, shared.type), simulation });
      update({ notice: { kind: "info", text: `Opened a copy of the shared “${shared.name}”. Your other documents are under Recent.` } });
      return true;
    } catch (error) {
      update({ notice: { kind: "error", text: `The share link could not be opened: ${error instanceof Error ? error.message : String(error)}` } });
      return false;
    }
  };

  return {
    getSnapshot: () => snapshot,
    openShareLink,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async (hash) => {
      const initialText = store.getState().text;
      const documents = await repository.list().catch(() => [] as StoredDocument[]);
      update({ documents: documents.map(summary) });
      if (hash && (await openShareLink(hash))) return;
      const lastId = await repository.getMeta(CURRENT_KEY).catch(() => undefined);
      // Someone (a test, an embedder) already replaced the document: keep theirs, as a new one.
      // Checked after the last wait, so nothing typed in the meantime is replaced.
      const untouched = store.getState().text === initialText && store.getState().history.past.length === 0;
      const last = untouched ? ((lastId ? documents.find((d) => d.id === lastId) : undefined) ?? documents[0]) : undefined;
      if (last) {
        await show(last);
        update({ saveState: "saved" });
        return;
      }
      await repository.setMeta(CURRENT_KEY, snapshot.currentId).catch(() => undefined);
      await save();
    },
    open,
    create,
    rename: async (id, name) => {
      const trimmed = name.trim();
      const problem = checkStateMachineName(trimmed);
      if (problem) return problem;
      if (id === snapshot.currentId) {
        store.getState().setConfig({ name: trimmed });
        await save();
        return undefined;
      }
      const doc = await repository.get(id);
      if (!doc) return "That document is no longer saved in this browser.";
      const renamed = { ...doc, config: { ...doc.config, name: trimmed }, updatedAt: Date.now() };
      await repository.put(renamed);
      upsertSummary(renamed);
      return undefined;
    },
    remove: async (id) => {
      await repository.delete(id);
      const rest = snapshot.documents.filter((d) => d.id !== id);
      update({ documents: rest });
      if (id !== snapshot.currentId) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const next = rest[0] ? await repository.get(rest[0].id) : undefined;
      if (next) await show(next);
      else await create(blankContent());
    },
    flush,
    dismissNotice: () => update({ notice: undefined }),
    dispose: () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      if (typeof document !== "undefined") {
        document.removeEventListener("visibilitychange", onHidden);
        window.removeEventListener("pagehide", onPageHide);
      }
    },
  };
}
