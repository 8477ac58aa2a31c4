/**
 * Format document. JSON: jsonc-parser's formatter, which only changes whitespace, so every key,
 * value and escape is kept (it works on text that does not parse, too). YAML: the document is
 * re-emitted through the `yaml` document model, which keeps comments, quoting styles and flow
 * collections; text with YAML errors is left alone. Edits are as small as the change.
 */
import { format as formatJson } from "jsonc-parser";
import { parseDocument } from "yaml";
import { nestingTooDeep } from "../../asl/parse/nesting";
import type { FormatOptions, TextEdit, TextFormat } from "./types";

function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** One edit covering only the part of `before` that differs from `after`. */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return [{ offset: start, length: endBefore - start, text: after.slice(start, endAfter) }];
}

export function formatText(text: string, format: TextFormat, options: FormatOptions = {}): TextEdit[] {
  if (nestingTooDeep(text) !== undefined) return []; // hostile input: the parsers would not survive it
  const tabSize = options.tabSize ?? 2;
  if (format === "json") {
    return formatJson(text, undefined, { tabSize, insertSpaces: options.insertSpaces ?? true, eol: eolOf(text), insertFinalNewline: /\r?\n$/.test(text) }).map((edit) => ({ offset: edit.offset, length: edit.length, text: edit.content }));
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || doc.contents === null) return [];
  let formatted = doc.toString({ indent: Math.max(1, tabSize), lineWidth: 0, minContentWidth: 0 });
  if (eolOf(text) === "\r\n") formatted = formatted.replace(/\n/g, "\r\n");
  return minimalEdit(text, formatted);
}

/** Applies edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  return result;
}
