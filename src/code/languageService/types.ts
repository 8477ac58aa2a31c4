/**
 * The language service's own plain types. Each maps 1:1 to a Monaco type so the adapter in
 * src/code/ stays a thin conversion layer; nothing here imports Monaco or the DOM.
 *
 * Offsets are UTF-16 indexes into the text (Monaco's `model.getOffsetAt`); lines and columns are
 * 1-based (Monaco's convention).
 */
import type { TextFormat } from "../../asl/parse/types";
import type { WorkflowType } from "../../asl/types";

export type { TextFormat };

export type MarkerSeverity = "error" | "warning" | "info";

/** A diagnostic on a text range (monaco.editor.IMarkerData). */
export interface Marker {
  severity: MarkerSeverity;
  /** Stable code from src/asl/validate/codes.ts, e.g. "UNKNOWN_STATE_REF". */
  code: string;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  /** Always "asl"; lets the adapter tell our markers from Monaco's own JSON ones. */
  source: "asl";
  /** JSON Pointer of the offending node, e.g. "/States/Charge card/Next" ("" when unknown). */
  pointer: string;
  /** Name of the state the finding belongs to, when there is one (to select it in the graph). */
  stateName?: string;
}

export type CompletionItemKind = "property" | "value" | "state" | "resource" | "function" | "error" | "snippet" | "keyword";

/** A span of text by offsets: [startOffset, endOffset). */
export interface OffsetRange {
  startOffset: number;
  endOffset: number;
}

/** Replace `length` characters at `offset` with `text` (monaco.editor.ISingleEditOperation). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** monaco.languages.CompletionItem. */
export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  /**
   * The text to insert. Multi-line texts are indented relative to the line the cursor is on and
   * use `\t` for one level: Monaco's snippet insertion re-indents them to the editor's settings.
   */
  insertText: string;
  /** insertText uses snippet syntax ($1, ${1:default}, ${1|a,b|}, $0). */
  insertTextIsSnippet?: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  /** What Monaco matches the typed text against when `range` starts at a quote (e.g. "\"Resource\""). */
  filterText?: string;
  /** The text the item replaces; always on one line and containing the cursor. */
  range: OffsetRange;
  /** Edits elsewhere, e.g. the comma after the previous property (monaco additionalTextEdits). */
  additionalTextEdits?: TextEdit[];
  /** Open the suggest widget again after inserting (monaco command "editor.action.triggerSuggest"). */
  retrigger?: boolean;
}

export interface CompletionList {
  items: CompletionItem[];
  /** True when typing more may produce other items (never the case today). */
  isIncomplete: boolean;
}

/** monaco.languages.Hover. */
export interface Hover {
  /** Markdown. */
  contents: string;
  range: OffsetRange;
}

/** monaco.languages.FoldingRange: lines 1-based; `startLine` stays visible, the rest through `endLine` folds. */
export interface FoldingRange {
  startLine: number;
  endLine: number;
}

export interface ValidateOptions {
  workflowType?: WorkflowType;
}

export interface CompleteOptions {
  /** Express workflows support request-response only, so .sync/.waitForTaskToken Resources are left out. */
  workflowType?: WorkflowType;
}

export interface FormatOptions {
  tabSize?: number;
  /** Default true. With false, JSON is indented with tabs (YAML always uses spaces). */
  insertSpaces?: boolean;
}

export interface AslLanguageServiceOptions {
  /** Default workflow type for validate/complete when the call does not give one. */
  workflowType?: WorkflowType;
}

export interface AslLanguageService {
  validate(text: string, format: TextFormat, options?: ValidateOptions): Marker[];
  complete(text: string, format: TextFormat, offset: number, options?: CompleteOptions): CompletionList;
  hover(text: string, format: TextFormat, offset: number): Hover | undefined;
  format(text: string, format: TextFormat, options?: FormatOptions): TextEdit[];
  foldingRanges(text: string, format: TextFormat): FoldingRange[];
}
