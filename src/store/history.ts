import type { TextFormat } from "../asl/parse/types";

/** One undo step: the text as it was (and its format), and what was selected then. */
export interface HistoryEntry {
  text: string;
  format: TextFormat;
  selection: string[];
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Set while a burst of typing is being merged into one step. */
  coalesce?: { key: string; at: number };
}

export const HISTORY_LIMIT = 200;
/** Keystrokes closer together than this merge into one undo step. */
export const COALESCE_MS = 1000;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records `previous` as an undo step, unless it continues the same burst of edits. */
export function record(history: History, previous: HistoryEntry, coalesceKey: string | undefined, now: number): History {
  if (coalesceKey !== undefined && history.coalesce?.key === coalesceKey && now - history.coalesce.at < COALESCE_MS) {
    return { ...history, future: [], coalesce: { key: coalesceKey, at: now } };
  }
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(previous);
  return coalesceKey === undefined ? { past, future: [] } : { past, future: [], coalesce: { key: coalesceKey, at: now } };
}

export function undoStep(history: History, current: HistoryEntry): { history: History; entry: HistoryEntry } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, current] }, entry };
}

export function redoStep(history: History, current: HistoryEntry): { history: History; entry: HistoryEntry } | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return { history: { past: [...history.past, current], future: history.future.slice(0, -1) }, entry };
}
