import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef } from "react";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { bindEditorToStore } from "./bindEditorToStore";
import { monaco } from "./monacoSetup";
import { registerAslLanguageFeatures } from "./registerAslLanguageFeatures";

registerAslLanguageFeatures(monaco);

/** Monaco bound to the store: the text the user writes is the document, in JSON or YAML. */
export default function CodeEditor() {
  const store = useStudioStore();
  const format = useStudio((s) => s.format);
  const theme = useStudio((s) => (s.theme === "dark" ? "vs-dark" : "vs"));
  const readOnly = useStudio((s) => s.readOnly);
  const instanceId = useStudio((s) => s.instanceId);
  const binding = useRef<ReturnType<typeof bindEditorToStore> | undefined>(undefined);

  useEffect(() => () => binding.current?.dispose(), []);

  const onMount: OnMount = (editor) => {
    binding.current?.dispose();
    binding.current = bindEditorToStore(editor, monaco, store);
    if (!store.getState().readOnly) editor.focus();
  };

  return (
    <div className="code-editor" data-testid="code-editor">
      <Editor
        key={format}
        language={format === "yaml" ? "yaml" : "json"}
        defaultValue={store.getState().text}
        // One model per studio instance: two studios on a page never share text.
        path={`inmemory://asl-studio/${instanceId}/definition.${format === "yaml" ? "yaml" : "json"}`}
        theme={theme}
        onMount={onMount}
        loading={<p className="panel-empty">Loading the editor…</p>}
        options={{
          automaticLayout: true,
          fontSize: 13,
          tabSize: 2,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          folding: true,
          showFoldingControls: "always",
          quickSuggestions: { other: true, strings: true, comments: false },
          suggestOnTriggerCharacters: true,
          wordBasedSuggestions: "off",
          fixedOverflowWidgets: true,
          ariaLabel: "State machine definition",
          readOnly,
          domReadOnly: readOnly,
          readOnlyMessage: { value: "This studio is read-only." },
          accessibilitySupport: "auto",
        }}
      />
    </div>
  );
}
