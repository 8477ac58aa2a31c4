/**
 * Completion follows the studio's workflow type: an editor bound to a store whose config.type is
 * EXPRESS is offered request-response integrations only, since Express workflows support neither
 * .sync nor .waitForTaskToken (seed L21638–L21642, L2186–L2190). Monaco itself cannot run in
 * Node, so a small stand-in records the providers and plays the model and editor.
 */
import type { editor as MonacoEditor, languages } from "monaco-editor";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../asl/parse/lineIndex";
import { createStudioStore } from "../store/createStudioStore";
import { bindEditorToStore } from "./bindEditorToStore";
import type { Monaco } from "./monacoSetup";
import { registerAslLanguageFeatures } from "./registerAslLanguageFeatures";

type Provider = languages.CompletionItemProvider;

const providers = new Map<string, Provider>();
const none = { dispose: () => undefined };

const fakeMonaco = {
  languages: {
    CompletionItemKind: { Property: 9, Value: 12, Reference: 21, Module: 8, Function: 1, EnumMember: 16, Snippet: 27, Keyword: 17 },
    CompletionItemInsertTextRule: { InsertAsSnippet: 4 },
    registerCompletionItemProvider: (language: string, provider: Provider) => (providers.set(language, provider), none),
    registerHoverProvider: () => none,
    registerFoldingRangeProvider: () => none,
    registerDocumentFormattingEditProvider: () => none,
  },
  Range: { fromPositions: (start: unknown, end: unknown) => ({ start, end }) },
  MarkerSeverity: { Error: 8, Warning: 4, Info: 2 },
  editor: { setModelMarkers: () => undefined, ScrollType: { Smooth: 0 } },
  KeyMod: { CtrlCmd: 2048, Shift: 1024 },
  KeyCode: { KeyZ: 56, KeyY: 55 },
} as unknown as Monaco;

registerAslLanguageFeatures(fakeMonaco);

/** A model holding `text`, and an editor around it: just what the binding and the provider use. */
function fakeEditor(text: string): { editor: MonacoEditor.IStandaloneCodeEditor; model: MonacoEditor.ITextModel } {
  const lines = new LineIndex(text);
  const model = {
    getValue: () => text,
    getLanguageId: () => "json",
    getOffsetAt: (position: { lineNumber: number; column: number }) => lines.offsetAt({ line: position.lineNumber, column: position.column }),
    getPositionAt: (offset: number) => {
      const { line, column } = lines.positionAt(offset);
      return { lineNumber: line, column };
    },
    onDidChangeContent: () => none,
    pushEditOperations: () => null,
  } as unknown as MonacoEditor.ITextModel;
  const editor = {
    getModel: () => model,
    createDecorationsCollection: () => ({ set: () => undefined, clear: () => undefined }),
    getSelections: () => [],
    onDidChangeCursorPosition: () => none,
    addCommand: () => null,
    revealRangeInCenterIfOutsideViewport: () => undefined,
  } as unknown as MonacoEditor.IStandaloneCodeEditor;
  return { editor, model };
}

const TEXT = '{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "", "End": true}}}';

/** The Resource values completion offers with the cursor inside `"Resource": ""`. */
async function resourcesOffered(model: MonacoEditor.ITextModel): Promise<string[]> {
  const provider = providers.get("json");
  if (!provider) throw new Error("no completion provider registered");
  const offset = TEXT.indexOf('"Resource": ""') + '"Resource": "'.length;
  const position = model.getPositionAt(offset);
  const list = await provider.provideCompletionItems(model, position as never, { triggerKind: 0 } as never, { isCancellationRequested: false } as never);
  return (list?.suggestions ?? []).map((s) => (typeof s.label === "string" ? s.label : s.label.label));
}

const waits = (labels: string[]) => labels.filter((l) => l.endsWith(".sync") || l.endsWith(".sync:2") || l.endsWith(".waitForTaskToken"));

describe("completion and the studio's workflow type", () => {
  it("offers .sync and callback integrations to a Standard workflow", async () => {
    const store = createStudioStore({ text: TEXT });
    const { editor, model } = fakeEditor(TEXT);
    const binding = bindEditorToStore(editor, fakeMonaco, store);
    const labels = await resourcesOffered(model);
    expect(labels).toContain("arn:aws:states:::lambda:invoke");
    expect(waits(labels)).toContain("arn:aws:states:::glue:startJobRun.sync");
    binding.dispose();
  });

  it("leaves them out for an Express workflow (seed L21638–L21642), following Config mode's changes", async () => {
    const store = createStudioStore({ text: TEXT, workflowType: "EXPRESS" });
    const { editor, model } = fakeEditor(TEXT);
    const binding = bindEditorToStore(editor, fakeMonaco, store);
    const express = await resourcesOffered(model);
    expect(express).toContain("arn:aws:states:::lambda:invoke");
    expect(waits(express)).toEqual([]);

    store.getState().setConfig({ type: "STANDARD" });
    expect(waits(await resourcesOffered(model))).toContain("arn:aws:states:::lambda:invoke.waitForTaskToken");

    store.getState().setConfig({ type: "EXPRESS" });
    binding.dispose();
    // Unbound, a model is Standard again.
    expect(waits(await resourcesOffered(model))).toContain("arn:aws:states:::lambda:invoke.waitForTaskToken");
  });

  it("keeps two studios on one page apart", async () => {
    const standard = fakeEditor(TEXT);
    const express = fakeEditor(TEXT);
    const a = bindEditorToStore(standard.editor, fakeMonaco, createStudioStore({ text: TEXT }));
    const b = bindEditorToStore(express.editor, fakeMonaco, createStudioStore({ text: TEXT, workflowType: "EXPRESS" }));
    expect(waits(await resourcesOffered(standard.model)).length).toBeGreaterThan(0);
    expect(waits(await resourcesOffered(express.model))).toEqual([]);
    a.dispose();
    b.dispose();
  });
});
