/**
 * Pointer → text range, from the parser's source map. A missing node (a required field that
 * is not there) falls back to the nearest written ancestor and underlines its key, so "State
 * "A" needs Next or End" points at the name of state A.
 */
import type { TextRange } from "../diagnostics";
import { getAtPointer, type JsonObject } from "../json";
import type { LineIndex } from "../parse/lineIndex";
import type { SourceMap, TextSpan } from "../parse/types";

export type Highlight = "key" | "value" | "auto";

export interface SourceInfo {
  sourceMap: SourceMap;
  lineIndex: LineIndex;
}

export interface Location {
  range?: TextRange;
  /** Offset of the node in the text (its key when it has one): the sort key for document order. */
  offset?: number;
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}

export function locate(pointer: string, highlight: Highlight, root: JsonObject | undefined, source: SourceInfo | undefined): Location {
  if (!source) return {};
  const { sourceMap, lineIndex } = source;
  let current = pointer;
  let node = sourceMap.get(current);
  let missing = false;
  while (!node && current !== "") {
    current = parentPointer(current);
    node = sourceMap.get(current);
    missing = true;
  }
  if (!node) return {};
  let span: TextSpan;
  if (current === "") {
    // The whole document: underline only its first character rather than every line.
    span = { offset: node.value.offset, length: Math.min(1, node.value.length) };
  } else if (missing || highlight === "key" || (highlight === "auto" && isContainer(root, current))) {
    // An object or array is named by its key; an array element has none, so only its first character is underlined.
    span = node.key ?? { offset: node.value.offset, length: Math.min(1, node.value.length) };
  } else {
    span = node.value;
  }
  const range: TextRange = {
    start: lineIndex.positionAt(span.offset),
    end: lineIndex.positionAt(span.offset + span.length),
    offset: span.offset,
    length: span.length,
  };
  return { range, offset: node.key ? node.key.offset : node.value.offset };
}

function isContainer(root: JsonObject | undefined, pointer: string): boolean {
  const value = getAtPointer(root, pointer);
  return typeof value === "object" && value !== null;
}
