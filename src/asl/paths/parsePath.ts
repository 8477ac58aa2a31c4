/**
 * A JSONPath parser for the paths ASL allows (asl-semantics.md §4): `$…` over the input,
 * `$$…` over the context object, and `$name…` over a workflow variable. It checks syntax and
 * tells definite paths (one node: `.name`, `['name']`, `[n]`) from indefinite ones
 * (wildcards, slices, filters, descendants, unions), which always yield an array.
 */

export type PathSegment =
  | { kind: "member"; name: string }
  | { kind: "index"; index: number }
  | { kind: "wildcard" }
  | { kind: "descendant" }
  | { kind: "slice"; start?: number; end?: number; step?: number }
  | { kind: "filter"; expression: string }
  | { kind: "script"; expression: string }
  | { kind: "union"; items: (string | number)[] };

export type PathRoot = { kind: "input" } | { kind: "context" } | { kind: "variable"; name: string };

export interface ParsedPath {
  text: string;
  root: PathRoot;
  segments: PathSegment[];
  /** True when every step names one node: only members and non-negative indexes. */
  definite: boolean;
}

export class PathSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset inside the path text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const IDENTIFIER_START = /[A-Za-z_\u0080-\uffff]/;
const IDENTIFIER_PART = /[A-Za-z0-9_\u0080-\uffff]/;
/** Characters that end a dot-notation member name. `-` and `:` are allowed, as AWS accepts `$.delivery-partner`. */
const MEMBER_STOP = /[.[\]\s'"(),]/;

export function parsePath(text: string): ParsedPath {
  if (!text.startsWith("$")) throw new PathSyntaxError("A path must start with $", 0);
  let pos = 1;
  let root: PathRoot = { kind: "input" };
  if (text[1] === "$") {
    root = { kind: "context" };
    pos = 2;
  } else if (text[1] !== undefined && IDENTIFIER_START.test(text[1])) {
    let end = 2;
    while (end < text.length && IDENTIFIER_PART.test(text[end] as string)) end++;
    root = { kind: "variable", name: text.slice(1, end) };
    pos = end;
  }
  const segments: PathSegment[] = [];

  const readBracket = (): PathSegment => {
    // pos is at '['
    const start = pos;
    pos++;
    skipSpaces();
    const ch = text[pos];
    if (ch === "?" || ch === "(") {
      const isFilter = ch === "?";
      if (isFilter) pos++;
      if (text[pos] !== "(") throw new PathSyntaxError("Expected ( after ? in a filter", pos);
      const exprStart = pos + 1;
      let depth = 0;
      let quote: string | undefined;
      for (; pos < text.length; pos++) {
        const c = text[pos] as string;
        if (quote) {
          if (c === "\\") pos++;
          else if (c === quote) quote = undefined;
          continue;
        }
        if (c === "'" || c === '"') quote = c;
        else if (c === "(") depth++;
        else if (c === ")") {
          depth--;
          if (depth === 0) break;
        }
      }
      if (pos >= text.length) throw new PathSyntaxError("Unclosed ( in the path", start);
      const expression = text.slice(exprStart, pos).trim();
      if (expression === "") throw new PathSyntaxError("Empty expression in the path", start);
      pos++;
      skipSpaces();
      expect("]");
      return isFilter ? { kind: "filter", expression } : { kind: "script", expression };
    }
    if (ch === "*") {
      pos++;
      skipSpaces();
      expect("]");
      return { kind: "wildcard" };
    }
    const items: (string | number)[] = [];
    let slice: { start?: number; end?: number; step?: number } | undefined;
    for (;;) {
      skipSpaces();
      const c = text[pos];
      if (c === "'" || c === '"') {
        items.push(readQuoted(c));
      } else if (c !== undefined && /[-0-9:]/.test(c)) {
        const parts: (number | undefined)[] = [readInteger()];
        while (text[pos] === ":") {
          pos++;
          parts.push(readInteger());
        }
        if (parts.length > 3) throw new PathSyntaxError("A slice has at most three parts: [start:end:step]", pos);
        if (parts.length > 1) {
          slice = {};
          if (parts[0] !== undefined) slice.start = parts[0];
          if (parts[1] !== undefined) slice.end = parts[1];
          if (parts[2] !== undefined) {
            if (parts[2] === 0) throw new PathSyntaxError("A slice step cannot be 0", pos);
            slice.step = parts[2];
          }
        } else if (parts[0] === undefined) {
          throw new PathSyntaxError("Expected an index", pos);
        } else {
          items.push(parts[0]);
        }
      } else {
        throw new PathSyntaxError("Expected a quoted name, an index, *, a slice or a filter inside [ ]", pos);
      }
      skipSpaces();
      if (text[pos] === ",") {
        if (slice) throw new PathSyntaxError("A slice cannot be part of a union", pos);
        pos++;
        continue;
      }
      expect("]");
      break;
    }
    if (slice) {
      if (items.length > 0) throw new PathSyntaxError("A slice cannot be part of a union", start);
      return { kind: "slice", ...slice };
    }
    if (items.length === 1) {
      const only = items[0] as string | number;
      return typeof only === "string" ? { kind: "member", name: only } : { kind: "index", index: only };
    }
    return { kind: "union", items };
  };

  const readQuoted = (quote: string): string => {
    const start = pos;
    pos++;
    let value = "";
    while (pos < text.length && text[pos] !== quote) {
      if (text[pos] === "\\") {
        pos++;
        if (pos >= text.length) break;
      }
      value += text[pos];
      pos++;
    }
    if (text[pos] !== quote) throw new PathSyntaxError("Unclosed quote in the path", start);
    pos++;
    return value;
  };

  const readInteger = (): number | undefined => {
    const match = /^-?\d+/.exec(text.slice(pos));
    if (!match) return undefined;
    pos += match[0].length;
    return Number(match[0]);
  };

  const skipSpaces = () => {
    while (text[pos] === " ") pos++;
  };

  const expect = (ch: string) => {
    if (text[pos] !== ch) throw new PathSyntaxError(`Expected ${ch}`, pos);
    pos++;
  };

  const readMember = (): PathSegment => {
    if (text[pos] === "*") {
      pos++;
      return { kind: "wildcard" };
    }
    const start = pos;
    while (pos < text.length && !MEMBER_STOP.test(text[pos] as string)) pos++;
    if (pos === start) throw new PathSyntaxError("Expected a field name after .", start);
    const name = text.slice(start, pos);
    if (name.endsWith("()")) throw new PathSyntaxError("Functions are not allowed in paths", start);
    return { kind: "member", name };
  };

  while (pos < text.length) {
    const ch = text[pos];
    if (ch === ".") {
      if (text[pos + 1] === ".") {
        pos += 2;
        segments.push({ kind: "descendant" });
        segments.push(text[pos] === "[" ? readBracket() : readMember());
      } else {
        pos++;
        // `$.abc.['def ghi']` appears in the guide (seed L5821–L5824): a dot before brackets is tolerated.
        segments.push(text[pos] === "[" ? readBracket() : readMember());
      }
    } else if (ch === "[") {
      segments.push(readBracket());
    } else {
      throw new PathSyntaxError(`Unexpected character "${ch}" in the path`, pos);
    }
  }

  const definite = segments.every((s) => s.kind === "member" || (s.kind === "index" && s.index >= 0));
  return { text, root, segments, definite };
}

export function tryParsePath(text: string): ParsedPath | PathSyntaxError {
  try {
    return parsePath(text);
  } catch (error) {
    if (error instanceof PathSyntaxError) return error;
    throw error;
  }
}
