/**
 * Monaco from the local package, never a CDN: @monaco-editor/react's loader is pointed at the
 * bundled `monaco-editor`, and Monaco's workers are bundled by Vite (`?worker`).
 * Imported lazily by the code editor, so the first paint never waits for Monaco.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.main";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/languages/features/json/json.worker?worker";

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
  }
}

self.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === "json" ? new JsonWorker() : new EditorWorker()),
};

// Our validator reports syntax errors and ASL problems; Monaco's own JSON validation would duplicate them.
monaco.json.jsonDefaults.setDiagnosticsOptions({ validate: false, allowComments: false, enableSchemaRequest: false, schemas: [] });

loader.config({ monaco });

export { monaco };
export type Monaco = typeof monaco;
