/**
 * Where an offset is, syntactically: typing a property key or a value, under which path, and
 * which token (if any) the cursor is in. JSON uses jsonc-parser's getLocation, which scans the
 * text up to the offset and copes with anything after it; YAML uses the tolerant tree plus the
 * indentation of the lines above for blank lines. `cursorContext.ts` adds the ASL meaning.
 */
import { getLocation } from "jsonc-parser";
import type { PathSegment, TreeNode } from "./tree";
import { nodeAtPath } from "./tree";

export interface Token {
  /** [offset, end) in the text; quotes included. */
  offset: number;
  end: number;
  quoted: boolean;
  /** A quoted token whose closing quote is missing (the user is typing it). */
  unterminated: boolean;
}

export interface RawLocation {
  kind: "key" | "value" | "none";
  /** key: the containing object's path plus the key being typed ("" when nothing is typed); value: the value's path. */
  path: PathSegment[];
  token?: Token;
  /** JSON: the offset after the previous value when a comma must be inserted there. */
  commaBefore?: number;
  /** JSON: the insertion must end with a comma (a property or item follows). */
  commaAfter?: boolean;
  /** The key being typed is already followed by ":" (only the key is replaced). */
  hasColon?: boolean;
  /** YAML: the insertion must start a sequence item ("- "). */
  needsDash?: boolean;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.$:\-/]/.test(ch);
}

function skipSpaceBack(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i;
}

function skipSpaceForward(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function quotedTerminated(raw: string, quote: string): boolean {
  if (raw.length < 2 || !raw.endsWith(quote)) return false;
  let backslashes = 0;
  for (let i = raw.length - 2; i > 0 && raw.charAt(i) === "\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}

function makeToken(text: string, offset: number, end: number): Token {
  const first = text.charAt(offset);
  const quoted = first === '"' || first === "'";
  return { offset, end, quoted, unterminated: quoted && !quotedTerminated(text.slice(offset, end), first) };
}

/** Whether the cursor is inside a token (strictly inside the quotes for strings). */
function cursorInToken(token: Token, offset: number): boolean {
  if (token.quoted) return offset > token.offset && (offset < token.end || (token.unterminated && offset <= token.end));
  return offset >= token.offset && offset <= token.end;
}

/** For an unterminated string, the part after the cursor that belongs to the word being typed. */
export function clampUnterminated(text: string, token: Token, offset: number): Token {
  if (!token.unterminated) return token;
  let end = offset;
  while (end < token.end && isWordChar(text.charAt(end))) end++;
  return { ...token, end };
}

// ------------------------------------------------------------------ JSON

export function locateJson(text: string, offset: number, tree: TreeNode | undefined): RawLocation {
  const location = getLocation(text, offset);
  const path = [...location.path];
  const previous = location.previousNode;
  let token: Token | undefined;
  if (previous && previous.type !== "object" && previous.type !== "array") {
    const candidate = makeToken(text, previous.offset, previous.offset + previous.length);
    if (cursorInToken(candidate, offset)) token = clampUnterminated(text, candidate, offset);
  }
  if (!token) token = bareWord(text, offset);
  const last = path[path.length - 1];
  if (typeof last === "number") {
    const existing = nodeAtPath(tree, path);
    if (!token && existing && existing.end <= offset && existing.offset < offset) {
      // After a complete item: a new item follows it.
      return withCommas(text, offset, { kind: "value", path: [...path.slice(0, -1), last + 1] }, "[");
    }
    return withCommas(text, offset, token ? { kind: "value", path, token } : { kind: "value", path }, "[");
  }
  if (location.isAtPropertyKey) {
    const keyPath = token ? path : [...path.slice(0, -1), ""];
    const raw: RawLocation = token ? { kind: "key", path: keyPath, token } : { kind: "key", path: keyPath };
    if (token && /^\s*:/.test(text.slice(token.end))) raw.hasColon = true;
    return raw.hasColon ? raw : withCommas(text, offset, raw, "{");
  }
  if (path.length === 0) return { kind: token ? "value" : "none", path, ...(token ? { token } : {}) };
  if (token) return { kind: "value", path, token };
  const existing = nodeAtPath(tree, path);
  if (existing && existing.end <= offset) {
    // After a complete object or array, or on a line after any value ("Ctrl+Space after a
    // state"): a new property of the parent object. Right after a scalar on its own line: nothing
    // (a space typed there is not a request).
    const parent = nodeAtPath(tree, path.slice(0, -1));
    const container = existing.kind === "object" || existing.kind === "array";
    if (parent?.kind === "object" && (container || text.slice(existing.end, offset).includes("\n"))) return withCommas(text, offset, { kind: "key", path: [...path.slice(0, -1), ""] }, "{");
    return { kind: "none", path };
  }
  return { kind: "value", path };
}

/** A word typed without quotes around the cursor (invalid JSON, but what the user is typing). */
function bareWord(text: string, offset: number): Token | undefined {
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_.$-]/.test(text.charAt(start - 1))) start--;
  if (start === offset || !/[A-Za-z_$]/.test(text.charAt(start))) return undefined;
  const before = text.charAt(skipSpaceBack(text, start));
  if (before !== "{" && before !== "," && before !== ":" && before !== "[") return undefined;
  let end = offset;
  while (end < text.length && /[A-Za-z0-9_.$-]/.test(text.charAt(end))) end++;
  return { offset: start, end, quoted: false, unterminated: false };
}

/** Commas a new JSON property or item needs, given what is written before and after it. */
function withCommas(text: string, offset: number, raw: RawLocation, open: "{" | "["): RawLocation {
  const start = raw.token?.offset ?? offset;
  const end = raw.token?.end ?? offset;
  const before = skipSpaceBack(text, start);
  const beforeChar = before >= 0 ? text.charAt(before) : "";
  if (beforeChar !== "" && beforeChar !== open && beforeChar !== "," && beforeChar !== ":") raw.commaBefore = before + 1;
  const after = text.charAt(skipSpaceForward(text, end));
  if (open === "{" ? after === '"' : after !== "" && after !== "]" && after !== ",") raw.commaAfter = true;
  return raw;
}

// ------------------------------------------------------------------ tree tokens (both formats)

export interface TreeToken {
  kind: "key" | "value";
  path: PathSegment[];
  token: Token;
}

/** The key or scalar containing the offset (ends inclusive), deepest first. */
export function findToken(text: string, tree: TreeNode | undefined, offset: number): TreeToken | undefined {
  const visit = (node: TreeNode, path: PathSegment[]): TreeToken | undefined => {
    if (node.kind === "object") {
      for (const property of node.properties ?? []) {
        if (offset >= property.keyOffset && offset <= property.keyEnd && property.keyEnd > property.keyOffset) {
          return { kind: "key", path: [...path, property.key], token: makeToken(text, property.keyOffset, property.keyEnd) };
        }
        const value = property.value;
        if (value && offset >= value.offset && offset <= value.end) {
          const found = visit(value, [...path, property.key]);
          if (found) return found;
        }
      }
      return undefined;
    }
    if (node.kind === "array") {
      const items = node.items ?? [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item && offset >= item.offset && offset <= item.end && item.end > item.offset) {
          const found = visit(item, [...path, i]);
          if (found) return found;
        }
      }
      return undefined;
    }
    return { kind: "value", path, token: makeToken(text, node.offset, node.end) };
  };
  if (!tree || offset < tree.offset || offset > tree.end) return undefined;
  return visit(tree, []);
}

/** The path of the property whose key starts at `keyOffset`. */
function findKeyPath(tree: TreeNode | undefined, keyOffset: number): { path: PathSegment[]; value: TreeNode | undefined } | undefined {
  const visit = (node: TreeNode, path: PathSegment[]): { path: PathSegment[]; value: TreeNode | undefined } | undefined => {
    if (node.kind === "object") {
      for (const property of node.properties ?? []) {
        if (property.keyOffset === keyOffset) return { path: [...path, property.key], value: property.value };
        const value = property.value;
        if (value && keyOffset >= value.offset && keyOffset <= value.end) {
          const found = visit(value, [...path, property.key]);
          if (found) return found;
        }
      }
    } else if (node.kind === "array") {
      const items = node.items ?? [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item && keyOffset >= item.offset && keyOffset <= item.end) {
          const found = visit(item, [...path, i]);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  return tree ? visit(tree, []) : undefined;
}

/** The deepest collection containing the offset, with its path. */
function findContainer(tree: TreeNode | undefined, offset: number): { node: TreeNode; path: PathSegment[] } | undefined {
  let found: { node: TreeNode; path: PathSegment[] } | undefined;
  const visit = (node: TreeNode, path: PathSegment[]): void => {
    if (node.kind !== "object" && node.kind !== "array") return;
    if (offset < node.offset || offset > node.end) return;
    found = { node, path };
    if (node.kind === "object") for (const p of node.properties ?? []) p.value && visit(p.value, [...path, p.key]);
    else (node.items ?? []).forEach((item, i) => visit(item, [...path, i]));
  };
  if (tree) visit(tree, []);
  return found;
}

// ------------------------------------------------------------------ YAML

interface LineShape {
  start: number;
  /** Column where the content starts, after any "- " markers. */
  contentColumn: number;
  /** Columns of the "-" markers. */
  dashColumns: number[];
  content: string;
}

function lineShape(text: string, start: number, end: number): LineShape | undefined {
  const line = text.slice(start, end);
  let i = 0;
  while (i < line.length && line.charAt(i) === " ") i++;
  const dashColumns: number[] = [];
  while (line.charAt(i) === "-" && (i + 1 === line.length || line.charAt(i + 1) === " ")) {
    dashColumns.push(i);
    i++;
    while (i < line.length && line.charAt(i) === " ") i++;
  }
  const content = line.slice(i);
  if (content.trim() === "" && dashColumns.length === 0) return undefined;
  if (content.startsWith("#") && dashColumns.length === 0) return undefined;
  if (/^(---|\.\.\.)(\s|$)/.test(content)) return undefined;
  return { start, contentColumn: i, dashColumns, content };
}

/** The text to parse for the YAML tree: an unterminated quote on the cursor line is closed at the line's end. */
export function patchYamlForCursor(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const colon = before.search(/:(\s|$)/);
  const valuePart = colon >= 0 ? before.slice(colon + 1) : before.replace(/^\s*(-\s+)*/, "");
  const trimmed = valuePart.trimStart();
  const quote = trimmed.charAt(0);
  if (quote !== '"' && quote !== "'") return text;
  const body = trimmed.slice(1);
  const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(body) : (body.match(/'/g)?.length ?? 0) % 2 === 1;
  if (closed) return text;
  return text.slice(0, lineEnd) + quote + text.slice(lineEnd);
}

export function locateYaml(text: string, offset: number, tree: TreeNode | undefined): RawLocation {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);

  // 1. Inside a key or a scalar.
  const hit = findToken(text, tree, offset);
  if (hit && hit.token.end > hit.token.offset) {
    let token = hit.token;
    if (token.end > lineEnd) token = { ...token, end: Math.max(offset, lineEnd), unterminated: token.quoted };
    if (token.offset < lineStart) return { kind: "none", path: hit.path };
    token = clampUnterminated(text, token, offset);
    if (!token.quoted || cursorInToken(token, offset)) {
      const raw: RawLocation = { kind: hit.kind, path: hit.path, token };
      if (hit.kind === "key" && /^\s*:/.test(text.slice(token.end))) raw.hasColon = true;
      return raw;
    }
  }

  // 2. Right after "Key:" with nothing written yet.
  const valueStart = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s#:][^#]*?)\s*:(\s*)$/.exec(before);
  if (valueStart) {
    const keyOffset = lineStart + (valueStart[1] ?? "").length;
    const found = findKeyPath(tree, keyOffset);
    if (found && !found.value) return { kind: "value", path: found.path };
    if (found?.value && found.value.offset >= offset) return { kind: "value", path: found.path };
  }

  // 3. Inside a flow collection ({…} or […]).
  const container = findContainer(tree, offset);
  if (container?.node.flow && offset > container.node.offset && offset < container.node.end) {
    const previous = skipSpaceBack(text, offset);
    const ch = text.charAt(previous);
    if (container.node.kind === "object" && (ch === "{" || ch === ",")) return { kind: "key", path: [...container.path, ""] };
    if (container.node.kind === "array" && (ch === "[" || ch === ",")) {
      const index = (container.node.items ?? []).filter((item) => item.end <= offset).length;
      return { kind: "value", path: [...container.path, index] };
    }
    return { kind: "none", path: container.path };
  }

  // 4. A blank line, or a line holding only "- ": the indentation says where it belongs.
  const dashOnly = /^( *)((?:- +)*-? *)$/.exec(before);
  if (!dashOnly) return { kind: "none", path: hit?.path ?? [] };
  const column = before.length;
  const startsItem = /-/.test(dashOnly[2] ?? "");
  const dashColumn = startsItem ? before.lastIndexOf("-") : -1;
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const shape = lineShape(text, start, end);
    end = start - 1;
    if (!shape) continue;
    const isKeyLine = /^("[^"]*"|'[^']*'|[^\s#:\-[{][^#]*?|[^\s#:[{])\s*:(\s|$)/.test(shape.content);
    if (startsItem) {
      // A new item: it belongs to the sequence whose items sit at this dash column…
      if (shape.dashColumns.includes(dashColumn)) {
        const itemIndex = shape.dashColumns.indexOf(dashColumn);
        const keyOffset = start + shape.contentColumn;
        const itemPath = isKeyLine ? findKeyPath(tree, keyOffset)?.path.slice(0, -1) : undefined;
        const seqPath = itemPath ? itemPath.slice(0, itemPath.length - (shape.dashColumns.length - itemIndex)) : undefined;
        if (!seqPath) return { kind: "none", path: [] };
        const seq = nodeAtPath(tree, seqPath);
        const index = (seq?.items ?? []).filter((item) => item.offset < offset && item.end > item.offset && item.end <= lineStart).length;
        return { kind: "value", path: [...seqPath, index] };
      }
      // …or to the key above it whose value it starts.
      if (shape.contentColumn <= dashColumn && isKeyLine) {
        const found = findKeyPath(tree, start + shape.contentColumn);
        if (!found) return { kind: "none", path: [] };
        const index = found.value?.kind === "array" ? (found.value.items ?? []).filter((item) => item.end <= lineStart && item.end > item.offset).length : 0;
        return { kind: "value", path: [...found.path, index] };
      }
      if (shape.contentColumn > dashColumn) continue;
      return { kind: "none", path: [] };
    }
    if (shape.contentColumn === column && isKeyLine) {
      const found = findKeyPath(tree, start + shape.contentColumn);
      return found ? { kind: "key", path: [...found.path.slice(0, -1), ""] } : { kind: "none", path: [] };
    }
    if (shape.dashColumns.includes(column)) {
      // At the dash column of a sequence: a new item needs its "- ".
      const keyPath = isKeyLine ? findKeyPath(tree, start + shape.contentColumn)?.path : undefined;
      if (!keyPath) return { kind: "none", path: [] };
      const depth = shape.dashColumns.length - shape.dashColumns.indexOf(column);
      const seqPath = keyPath.slice(0, keyPath.length - 1 - depth);
      const seq = nodeAtPath(tree, seqPath);
      return { kind: "value", path: [...seqPath, seq?.items?.length ?? 0], needsDash: true };
    }
    if (shape.contentColumn < column) {
      if (!isKeyLine) return { kind: "none", path: [] };
      const found = findKeyPath(tree, start + shape.contentColumn);
      if (!found) return { kind: "none", path: [] };
      if (found.value && found.value.kind !== "object" && found.value.kind !== "array") return { kind: "none", path: found.path };
      if (found.value?.kind === "array") return { kind: "value", path: [...found.path, found.value.items?.length ?? 0], needsDash: true };
      return { kind: "key", path: [...found.path, ""] };
    }
  }
  // Nothing above: a top-level key.
  return column === 0 ? { kind: "key", path: [""] } : { kind: "none", path: [] };
}
