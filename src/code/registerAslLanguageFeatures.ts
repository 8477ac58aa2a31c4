import type { editor as MonacoEditor, IDisposable, languages } from "monaco-editor";
import type { WorkflowType } from "../asl/types";
import { createAslLanguageService } from "./languageService/index";
import type { CompletionItemKind, OffsetRange } from "./languageService/types";
import type { Monaco } from "./monacoSetup";

let registered: IDisposable[] | undefined;

/**
 * The workflow type of each bound model's studio, read when completion asks, so Express
 * workflows are offered request-response integrations only (no .sync, .waitForTaskToken or
 * activities; seed L21638–L21642). Providers are global, and a page may hold several studios,
 * so the type is looked up per model; a model nobody bound is Standard.
 */
const workflowTypes = new WeakMap<MonacoEditor.ITextModel, () => WorkflowType>();

function workflowTypeOf(model: MonacoEditor.ITextModel): WorkflowType {
  return workflowTypes.get(model)?.() ?? "STANDARD";
}

/** Makes completion in `model` follow `workflowType()` (bindEditorToStore passes the store's config.type) until disposed. */
export function bindWorkflowType(model: MonacoEditor.ITextModel, workflowType: () => WorkflowType): IDisposable {
  workflowTypes.set(model, workflowType);
  return {
    dispose: () => {
      if (workflowTypes.get(model) === workflowType) workflowTypes.delete(model);
    },
  };
}

/**
 * Thin adapters from the ASL language service (src/code/languageService) to Monaco providers,
 * for JSON and YAML: completion, hover, folding and formatting. Markers come from the store.
 * Registered once per page; providers are global in Monaco.
 */
export function registerAslLanguageFeatures(monaco: Monaco): void {
  if (registered) return;
  const service = createAslLanguageService();
  const kinds: Record<CompletionItemKind, languages.CompletionItemKind> = {
    property: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.Value,
    state: monaco.languages.CompletionItemKind.Reference,
    resource: monaco.languages.CompletionItemKind.Module,
    function: monaco.languages.CompletionItemKind.Function,
    error: monaco.languages.CompletionItemKind.EnumMember,
    snippet: monaco.languages.CompletionItemKind.Snippet,
    keyword: monaco.languages.CompletionItemKind.Keyword,
  };
  const formatOf = (model: MonacoEditor.ITextModel) => (model.getLanguageId() === "yaml" ? "yaml" : "json") as "json" | "yaml";
  const rangeOf = (model: MonacoEditor.ITextModel, range: OffsetRange) => monaco.Range.fromPositions(model.getPositionAt(range.startOffset), model.getPositionAt(range.endOffset));

  registered = [];
  for (const language of ["json", "yaml"]) {
    registered.push(
      monaco.languages.registerCompletionItemProvider(language, {
        triggerCharacters: ['"', ":", " ", ".", "(", ",", "$"],
        provideCompletionItems: (model, position) => {
          const list = service.complete(model.getValue(), formatOf(model), model.getOffsetAt(position), { workflowType: workflowTypeOf(model) });
          return {
            incomplete: list.isIncomplete,
            suggestions: list.items.map((item) => ({
              label: item.label,
              kind: kinds[item.kind],
              insertText: item.insertText,
              ...(item.insertTextIsSnippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
              ...(item.detail !== undefined ? { detail: item.detail } : {}),
              ...(item.documentation !== undefined ? { documentation: { value: item.documentation } } : {}),
              ...(item.sortText !== undefined ? { sortText: item.sortText } : {}),
              ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
              range: rangeOf(model, item.range),
              ...(item.additionalTextEdits
                ? { additionalTextEdits: item.additionalTextEdits.map((e) => ({ range: rangeOf(model, { startOffset: e.offset, endOffset: e.offset + e.length }), text: e.text })) }
                : {}),
              ...(item.retrigger ? { command: { id: "editor.action.triggerSuggest", title: "Suggest" } } : {}),
            })),
          };
        },
      }),
      monaco.languages.registerHoverProvider(language, {
        provideHover: (model, position) => {
          const hover = service.hover(model.getValue(), formatOf(model), model.getOffsetAt(position));
          return hover ? { contents: [{ value: hover.contents }], range: rangeOf(model, hover.range) } : null;
        },
      }),
      monaco.languages.registerFoldingRangeProvider(language, {
        provideFoldingRanges: (model) => service.foldingRanges(model.getValue(), formatOf(model)).map((r) => ({ start: r.startLine, end: r.endLine })),
      }),
      monaco.languages.registerDocumentFormattingEditProvider(language, {
        provideDocumentFormattingEdits: (model, options) =>
          service.format(model.getValue(), formatOf(model), { tabSize: options.tabSize, insertSpaces: options.insertSpaces }).map((e) => ({
            range: rangeOf(model, { startOffset: e.offset, endOffset: e.offset + e.length }),
            text: e.text,
          })),
      }),
    );
  }
}
