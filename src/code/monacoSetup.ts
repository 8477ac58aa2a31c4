/**
 * Monaco from the local package, never a CDN: @monaco-editor/react's loader is pointed at the
 * bundled `monaco-editor`, and Monaco's workers are bundled by Vite (`?worker`).
 * Imported lazily by the code editor, so the first paint never waits for Monaco.
 */
import { loader } from "@monaco-editor/react";
import * as api from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import * as json from "monaco-editor/languages/features/json/register";
import "monaco-editor/languages/definitions/yaml/register";
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
json.jsonDefaults.setDiagnosticsOptions({ validate: false, allowComments: false, enableSchemaRequest: false, schemas: [] });
// Completion, hover, folding and formatting come from the ASL language service for JSON and YAML alike.
json.jsonDefaults.setModeConfiguration({
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
  completionItems: false,
  hovers: false,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: false,
  diagnostics: false,
  selectionRanges: true,
});

/** Only the editor features, JSON and YAML: no TypeScript/CSS/HTML languages or workers. */
const monaco = api;
loader.config({ monaco });

export { monaco };
export type Monaco = typeof monaco;
