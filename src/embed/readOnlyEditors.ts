/**
 * Read-only studios get read-only code editors. Monaco is the code editor's (src/code); rather
 * than reach into it, this watches every Monaco editor on the page and, when the editor sits in a
 * studio whose store is read-only, switches Monaco's own `readOnly` option on (and off again).
 * Loaded only once some studio is read-only and shows code, so Monaco never loads for this alone.
 */
import type { StudioStore } from "../store/createStudioStore";
import { studioOf } from "./studioRegistry";

type MonacoModule = typeof import("../code/monacoSetup");
type Editor = ReturnType<MonacoModule["monaco"]["editor"]["getEditors"]>[number];

let monacoReady: Promise<MonacoModule> | undefined;

function apply(editor: Editor): void {
  const store = studioOf(editor.getContainerDomNode());
  if (!store) return;
  const readOnly = store.getState().readOnly;
  editor.updateOptions({ readOnly, domReadOnly: readOnly, readOnlyMessage: { value: "This studio is read-only." } });
}

/** Keeps the code editors of `store` read-only while it is; returns a cleanup. */
export function syncReadOnlyEditors(store: StudioStore): () => void {
  monacoReady ??= import("../code/monacoSetup").then((module) => {
    module.monaco.editor.onDidCreateEditor((editor) => {
      // The container is attached by now; apply again after React finishes mounting, to be sure.
      const codeEditor = editor as Editor;
      if (typeof codeEditor.getContainerDomNode !== "function") return;
      apply(codeEditor);
      requestAnimationFrame(() => apply(codeEditor));
    });
    return module;
  });
  let cancelled = false;
  const refresh = () =>
    void monacoReady?.then((module) => {
      if (!cancelled) for (const editor of module.monaco.editor.getEditors()) apply(editor);
    });
  refresh();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.readOnly !== previous.readOnly || state.mode !== previous.mode) refresh();
  });
  return () => {
    cancelled = true;
    unsubscribe();
  };
}
