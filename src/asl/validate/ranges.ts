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
  /** The text itself: lets a finding underline part of a string (a JSONata syntax error). */
  text?: string;
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

/**
 * Offsets of part of a string value in its source: through a JSON (or YAML double-quoted)
 * string's escapes, or one to one for a plain scalar of the same length. Undefined when the
 * source form is one this cannot follow (folded YAML…): the whole value is underlined then.
 */
function subSpan(text: string, span: TextSpan, value: unknown, start: number, length: number): TextSpan | undefined {
  if (typeof value !== "string") return undefined;
  const raw = text.slice(span.offset, span.offset + span.length);
  if (raw === value) return { offset: span.offset + start, length };
  if (!raw.startsWith('"')) return undefined;
  // Walk the literal: decoded index → raw index.
  const rawIndex: number[] = [];
  let i = 1;
  while (i < raw.length - 1 && rawIndex.length <= value.length) {
    rawIndex.push(i);
    if (raw[i] === "\\") {
      const next = raw[i + 1];
      if (next === "u") {
        const code = parseInt(raw.slice(i + 2, i + 6), 16);
        i += 6;
        // A surrogate pair written as two escapes is two UTF-16 units of the value.
        if (code >= 0xd800 && code <= 0xdbff && raw[i] === "\\" && raw[i + 1] === "u") {
          rawIndex.push(i);
          i += 6;
        }
      } else i += 2;
    } else i += 1;
  }
  rawIndex.push(i);
  if (rawIndex.length !== value.length + 1) return undefined;
  const from = rawIndex[Math.min(start, value.length)] as number;
  const to = rawIndex[Math.min(start + length, value.length)] as number;
  return { offset: span.offset + from, length: Math.max(1, to - from) };
}

export function locate(pointer: string, highlight: Highlight, root: JsonObject | undefined, source: SourceInfo | undefined, subRange?: { start: number; length: number }): Location {
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
    if (subRange && source.text !== undefined) span = subSpan(source.text, span, getAtPointer(root, current), subRange.start, subRange.length) ?? span;
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
