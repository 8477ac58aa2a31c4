import type { editor as MonacoEditor, IDisposable } from "monaco-editor";
import type { Diagnostic } from "../asl/diagnostics";
import { statePointerAtOffset, stateSpan } from "../asl/parse/locate";
import type { StudioStore } from "../store/createStudioStore";
import type { Monaco } from "./monacoSetup";
import { bindWorkflowType } from "./registerAslLanguageFeatures";

/** Typing is sent to the store after this pause; the store then parses, validates and redraws. */
export const TYPING_DEBOUNCE_MS = 30;

/**
 * Two-way sync between a Monaco editor and the studio store:
 * - typing → store text (debounced; a burst of typing is one undo step);
 * - store text changed elsewhere (graph, inspector, undo) → the smallest edit to the model, so
 *   the cursor and the rest of the text stay put;
 * - diagnostics → markers; graph selection → reveal and highlight; cursor → graph selection;
 * - Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y walk the store's single history, shared with the graph;
 * - completion follows the store's workflow type (config.type): Express leaves out .sync.
 */
export function bindEditorToStore(editor: MonacoEditor.IStandaloneCodeEditor, monaco: Monaco, store: StudioStore): { flush: () => void; dispose: () => void } {
  const model = editor.getModel();
  if (!model) throw new Error("The editor has no model");
  const disposables: IDisposable[] = [];
  const unsubscribers: (() => void)[] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;
  let applyingStoreText = false;
  let selectionFromCursor = false;
  const highlight = editor.createDecorationsCollection();

  const flush = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    store.getState().setText(model.getValue(), { coalesceKey: "typing" });
  };

  // Completion offers what the studio's workflow type allows (Config mode can change it at any time).
  disposables.push(bindWorkflowType(model, () => store.getState().config.type));

  disposables.push(
    model.onDidChangeContent(() => {
      if (applyingStoreText) return;
      if (pending !== undefined) clearTimeout(pending);
      pending = setTimeout(flush, TYPING_DEBOUNCE_MS);
    }),
  );

  const applyStoreText = (text: string) => {
    const current = model.getValue();
    if (text === current) return;
    const edit = smallestEdit(current, text);
    applyingStoreText = true;
    try {
      model.pushEditOperations(
        editor.getSelections(),
        [{ range: monaco.Range.fromPositions(model.getPositionAt(edit.offset), model.getPositionAt(edit.offset + edit.length)), text: edit.text }],
        () => null,
      );
    } finally {
      applyingStoreText = false;
    }
  };

  const showMarkers = (diagnostics: readonly Diagnostic[]) => {
    monaco.editor.setModelMarkers(
      model,
      "asl",
      diagnostics.map((d) => ({
        severity: d.severity === "error" ? monaco.MarkerSeverity.Error : d.severity === "warning" ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
        code: d.code,
        message: d.message,
        startLineNumber: d.range?.start.line ?? 1,
        startColumn: d.range?.start.column ?? 1,
        endLineNumber: d.range?.end.line ?? 1,
        endColumn: d.range?.end.column ?? 1,
      })),
    );
  };

  const reveal = (pointer: string | undefined) => {
    const { parse } = store.getState();
    const span = pointer === undefined || parse.value === undefined ? undefined : stateSpan(parse.sourceMap, pointer);
    if (!span) {
      highlight.clear();
      return;
    }
    const range = monaco.Range.fromPositions(model.getPositionAt(span.offset), model.getPositionAt(span.offset + span.length));
    highlight.set([{ range, options: { isWholeLine: true, className: "code-selected-state", linesDecorationsClassName: "code-selected-state-gutter" } }]);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  };

  unsubscribers.push(
    store.subscribe((state, previous) => {
      if (state.text !== previous.text && pending === undefined) applyStoreText(state.text);
      if (state.diagnostics !== previous.diagnostics) showMarkers(state.diagnostics);
      if (state.selection !== previous.selection) {
        if (selectionFromCursor) selectionFromCursor = false;
        else reveal(state.selection[0]);
      }
    }),
  );

  disposables.push(
    editor.onDidChangeCursorPosition((event) => {
      if (applyingStoreText || event.source === "api") return;
      const { parse, selection, select } = store.getState();
      if (parse.value === undefined || pending !== undefined) return;
      const pointer = statePointerAtOffset(parse.value, parse.sourceMap, model.getOffsetAt(event.position));
      if (pointer !== undefined && (selection.length !== 1 || selection[0] !== pointer)) {
        selectionFromCursor = true;
        highlight.clear();
        select([pointer]);
      }
    }),
  );

  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => {
    flush();
    store.getState().undo();
  });
  for (const chord of [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY]) {
    editor.addCommand(chord, () => {
      flush();
      store.getState().redo();
    });
  }

  showMarkers(store.getState().diagnostics);
  reveal(store.getState().selection[0]);

  return {
    flush,
    dispose: () => {
      flush();
      for (const d of disposables) d.dispose();
      for (const u of unsubscribers) u();
      highlight.clear();
    },
  };
}

/** The one replacement that turns `from` into `to`: common prefix and suffix are kept. */
export function smallestEdit(from: string, to: string): { offset: number; length: number; text: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { offset: start, length: from.length - start - end, text: to.slice(start, to.length - end) };
}
