/**
 * A fast, tolerant reader for the block-style YAML state machines are written in, straight to
 * TreeNode. The `yaml` package composes a full document and takes ~25 ms for a 500-state
 * definition, too slow to run on every keystroke for completion and hover; this line-based
 * reader takes a few milliseconds. It understands block mappings and sequences (compact
 * "- key: value" items included), plain and quoted scalars, block scalars (| and >), one-line
 * and indented multi-line flow collections, and comments, with the YAML 1.2 core schema for
 * plain scalars. Half-typed lines are kept (a key without ":" is a key with no value).
 *
 * Multi-line plain and quoted scalars are folded as YAML folds them. Anything else (anchors,
 * aliases, tags, explicit "? " keys, several documents, tabs in indentation) returns
 * undefined, and the caller uses the `yaml` package instead. Validation never uses this reader: it only guides the editor.
 */
import type { TreeNode, TreeProperty } from "./tree";

class Unsupported extends Error {}

interface Line {
  start: number;
  /** End of the line's content (before the newline). */
  end: number;
  indent: number;
}

interface Container {
  node: TreeNode;
  /** Column of the keys (maps) or dashes (sequences). */
  column: number;
  /** A map's last key, while its value is not known yet. */
  pending?: TreeProperty;
  pendingColumn?: number;
  /** A sequence's last item is empty ("- " alone) and may get a nested block. */
  pendingItem?: boolean;
}

const NULLS = /^(~|null|Null|NULL)$/;
const BOOLS = /^(true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(inf|Inf|INF)$/;
const NAN = /^\.(nan|NaN|NAN)$/;

function plainScalar(raw: string, offset: number, end: number): TreeNode {
  if (raw === "" || NULLS.test(raw)) return { kind: "null", offset, end, value: null };
  if (BOOLS.test(raw)) return { kind: "boolean", offset, end, value: raw.toLowerCase() === "true" };
  if (INT.test(raw) || FLOAT.test(raw)) return { kind: "number", offset, end, value: Number(raw) };
  if (OCT.test(raw)) return { kind: "number", offset, end, value: parseInt(raw.slice(2), 8) };
  if (HEX.test(raw)) return { kind: "number", offset, end, value: parseInt(raw.slice(2), 16) };
  if (INF.test(raw)) return { kind: "number", offset, end, value: raw.startsWith("-") ? -Infinity : Infinity };
  if (NAN.test(raw)) return { kind: "number", offset, end, value: NaN };
  return { kind: "string", offset, end, value: raw };
}

function decodeDouble(body: string): string {
  if (!body.includes("\\")) return body;
  try {
    return JSON.parse(`"${body.replace(/\\\//g, "/").replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1")}"`) as string;
  } catch {
    return body;
  }
}

/** End of a quoted scalar starting at `start` (index after the closing quote), or -1 when not closed before `limit`. */
function quotedEnd(text: string, start: number, limit: number): number {
  const quote = text.charAt(start);
  for (let i = start + 1; i < limit; i++) {
    const ch = text.charAt(i);
    if (quote === '"' && ch === "\\") i++;
    else if (ch === quote) {
      if (quote === "'" && text.charAt(i + 1) === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** YAML line folding of a multi-line scalar: line breaks become spaces, empty lines newlines. */
export function foldLines(raw: string): string {
  if (!raw.includes("\n")) return raw;
  const lines = raw.split(/\r?\n/).map((line, i, all) => {
    let l = i === 0 ? line : line.replace(/^[ \t]+/, "");
    if (i < all.length - 1) l = l.replace(/[ \t]+$/, "");
    return l;
  });
  let out = lines[0] ?? "";
  let pendingBreaks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "" && i < lines.length - 1) {
      pendingBreaks++;
      continue;
    }
    out += pendingBreaks > 0 ? "\n".repeat(pendingBreaks) : " ";
    out += line;
    pendingBreaks = 0;
  }
  return out;
}

/**
 * End of a quoted scalar that continues on the lines below (each indented more than `column`,
 * or empty), or -1 when it is not closed that way (then it is being typed).
 */
function multiLineQuotedEnd(text: string, start: number, column: number): number {
  const close = quotedEnd(text, start, text.length);
  if (close < 0) return -1;
  const between = text.slice(text.indexOf("\n", start), close);
  for (const line of between.split("\n").slice(1)) {
    if (line.trim() !== "" && (/^ */.exec(line)?.[0].length ?? 0) <= column) return -1;
  }
  return close;
}

function quotedScalar(text: string, start: number, end: number, closed: boolean): TreeNode {
  const quote = text.charAt(start);
  let raw = text.slice(start + 1, closed ? end - 1 : end);
  // An escaped line break in a double-quoted scalar joins the lines without a space.
  if (quote === '"') raw = raw.replace(/(^|[^\\])((?:\\\\)*)\\\r?\n[ \t]*/g, "$1$2");
  const body = foldLines(raw);
  const value = quote === '"' ? decodeDouble(body) : body.replace(/''/g, "'");
  return { kind: "string", offset: start, end, value, quoted: true };
}

/** Index where a plain scalar in block context ends on this line (before " #"), trimmed. */
function plainEnd(text: string, start: number, lineEnd: number): number {
  let end = lineEnd;
  for (let i = start; i < lineEnd; i++) {
    if (text.charAt(i) === "#" && (i === start || /\s/.test(text.charAt(i - 1)))) {
      end = i;
      break;
    }
  }
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** The ":" that ends a key on this line (followed by a space or the line end), or -1. */
function keyColon(text: string, start: number, lineEnd: number): number {
  const first = text.charAt(start);
  if (first === '"' || first === "'") {
    const close = quotedEnd(text, start, lineEnd);
    if (close < 0) return -1;
    let i = close;
    while (i < lineEnd && text.charAt(i) === " ") i++;
    return text.charAt(i) === ":" && (i + 1 === lineEnd || /\s/.test(text.charAt(i + 1))) ? i : -1;
  }
  if ("[{&*!|>%@`?".includes(first)) return -1;
  for (let i = start; i < lineEnd; i++) {
    const ch = text.charAt(i);
    if (ch === "#" && i > start && /\s/.test(text.charAt(i - 1))) return -1;
    if (ch === ":" && (i + 1 === lineEnd || /\s/.test(text.charAt(i + 1)))) return i;
  }
  return -1;
}

function keyProperty(text: string, start: number, colon: number): TreeProperty {
  const first = text.charAt(start);
  if (first === '"' || first === "'") {
    const close = quotedEnd(text, start, colon);
    const node = quotedScalar(text, start, close, true);
    return { key: String(node.value), keyOffset: start, keyEnd: close, keyQuoted: true, value: undefined };
  }
  let end = colon;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { key: text.slice(start, end), keyOffset: start, keyEnd: end, keyQuoted: false, value: undefined };
}

// ------------------------------------------------------------------ flow collections

class FlowReader {
  pos: number;
  constructor(
    private readonly text: string,
    start: number,
    /** Flow content may continue on lines indented more than this column. */
    private readonly minIndent: number,
  ) {
    this.pos = start;
  }

  private lineIndent(lineStart: number): number {
    let i = lineStart;
    while (this.text.charAt(i) === " ") i++;
    return i - lineStart;
  }

  /** Skips spaces, comments and line breaks; false at a line that is not indented enough (the collection is unterminated). */
  private skip(): boolean {
    for (;;) {
      const ch = this.text.charAt(this.pos);
      if (ch === " " || ch === "\t") this.pos++;
      else if (ch === "#" && /\s/.test(this.text.charAt(this.pos - 1))) {
        while (this.pos < this.text.length && this.text.charAt(this.pos) !== "\n") this.pos++;
      } else if (ch === "\n" || ch === "\r") {
        const next = this.text.indexOf("\n", this.pos);
        const lineStart = next < 0 ? this.text.length : next + 1;
        if (lineStart >= this.text.length) return false;
        const rest = this.text.slice(lineStart, this.text.indexOf("\n", lineStart) < 0 ? undefined : this.text.indexOf("\n", lineStart));
        if (rest.trim() !== "" && this.lineIndent(lineStart) <= this.minIndent && !/^\s*[\]}]/.test(rest)) return false;
        this.pos = lineStart;
      } else return this.pos < this.text.length;
    }
  }

  read(): TreeNode {
    const ch = this.text.charAt(this.pos);
    if (ch === "[") return this.collection("array");
    if (ch === "{") return this.collection("object");
    if (ch === '"' || ch === "'") {
      const lineEnd = this.lineEnd();
      let close = quotedEnd(this.text, this.pos, lineEnd);
      if (close < 0) close = multiLineQuotedEnd(this.text, this.pos, this.minIndent);
      if (close < 0) {
        // Being typed: the string ends with the line.
        const node = quotedScalar(this.text, this.pos, lineEnd, false);
        this.pos = lineEnd;
        return node;
      }
      const node = quotedScalar(this.text, this.pos, close, true);
      this.pos = close;
      return node;
    }
    if ("&*!".includes(ch)) throw new Unsupported("anchor, alias or tag");
    const start = this.pos;
    let end = start;
    for (;;) {
      while (this.pos < this.text.length) {
        const c = this.text.charAt(this.pos);
        if (c === "," || c === "]" || c === "}" || c === "[" || c === "{" || c === "\n" || c === "\r") break;
        if (c === ":" && /[\s,[\]{}]/.test(this.text.charAt(this.pos + 1) || " ")) break;
        if (c === "#" && /\s/.test(this.text.charAt(this.pos - 1))) break;
        this.pos++;
      }
      end = this.pos;
      while (end > start && /\s/.test(this.text.charAt(end - 1))) end--;
      // A plain scalar continues on the next line unless that line starts with a flow indicator.
      const c = this.text.charAt(this.pos);
      if (c !== "\n" && c !== "\r") break;
      const saved = this.pos;
      if (!this.skip()) {
        this.pos = saved;
        break;
      }
      const next = this.text.charAt(this.pos);
      if (",]}[{#".includes(next) || this.text.slice(this.pos, this.lineEnd()).search(/:(\s|$)/) >= 0) {
        this.pos = saved;
        break;
      }
    }
    this.pos = Math.max(this.pos, end);
    const raw = foldLines(this.text.slice(start, end));
    return raw.includes(" ") && this.text.slice(start, end).includes("\n") ? { kind: "string", offset: start, end, value: raw } : plainScalar(raw, start, end);
  }

  private lineEnd(): number {
    const nl = this.text.indexOf("\n", this.pos);
    return nl < 0 ? this.text.length : nl;
  }

  private collection(kind: "array" | "object"): TreeNode {
    const node: TreeNode = kind === "array" ? { kind, offset: this.pos, end: this.pos, items: [], flow: true } : { kind, offset: this.pos, end: this.pos, properties: [], flow: true };
    const close = kind === "array" ? "]" : "}";
    this.pos++;
    for (;;) {
      if (!this.skip()) break;
      const ch = this.text.charAt(this.pos);
      if (ch === close) {
        this.pos++;
        node.end = this.pos;
        return node;
      }
      if (ch === ",") {
        this.pos++;
        continue;
      }
      if (ch === "]" || ch === "}") break; // mismatched: stop here
      const start = this.pos;
      const first = this.read();
      this.skip();
      if (kind === "object" || this.text.charAt(this.pos) === ":") {
        let value: TreeNode | undefined;
        if (this.text.charAt(this.pos) === ":") {
          this.pos++;
          if (this.skip() && !",]}".includes(this.text.charAt(this.pos))) value = this.read();
        }
        const key = first.kind === "object" || first.kind === "array" ? "" : first.value === null && first.end === first.offset ? "" : String(first.value);
        const property: TreeProperty = { key, keyOffset: first.offset, keyEnd: first.end, keyQuoted: first.quoted === true, value };
        if (kind === "object") node.properties?.push(property);
        else node.items?.push({ kind: "object", offset: start, end: value?.end ?? first.end, properties: [property], flow: true });
      } else {
        node.items?.push(first);
      }
      if (this.pos === start) this.pos++; // never loop in place
    }
    // Unterminated: the collection ends where it stopped.
    let end = this.pos;
    while (end > node.offset + 1 && /\s/.test(this.text.charAt(end - 1))) end--;
    node.end = end;
    return node;
  }
}

// ------------------------------------------------------------------ block structure

export function yamlOutline(text: string, explain?: (reason: string) => void): TreeNode | undefined {
  try {
    return read(text);
  } catch (error) {
    if (error instanceof Unsupported) {
      explain?.(error.message);
      return undefined;
    }
    throw error;
  }
}

function read(text: string): TreeNode | undefined {
  const stack: Container[] = [];
  let root: TreeNode | undefined;
  let seenContent = false;
  let pos = 0;
  /** Content lines are skipped until here (consumed by a block scalar or a flow collection). */
  let resumeAt = 0;

  const top = (): Container | undefined => stack[stack.length - 1];

  const extend = (end: number) => {
    for (const container of stack) if (container.node.end < end) container.node.end = end;
  };

  /** Attaches a new collection as the value of the pending key / item of the container on top, or as the root. */
  const attach = (node: TreeNode, column: number): Container => {
    const parent = top();
    if (!parent) {
      if (root) throw new Unsupported("second root node");
      root = node;
    } else if (parent.pending) {
      parent.pending.value = node;
      parent.pending = undefined;
    } else if (parent.pendingItem && parent.node.items) {
      parent.node.items[parent.node.items.length - 1] = node;
      parent.pendingItem = false;
    } else {
      throw new Unsupported("unexpected indentation");
    }
    const container: Container = { node, column };
    stack.push(container);
    return container;
  };

  /** Reads the value after "key:" or "- " on a line: a scalar, a flow collection or a block scalar. */
  const inlineValue = (start: number, lineEnd: number, column: number): { node: TreeNode | undefined; resume: number } => {
    const ch = text.charAt(start);
    if (ch === "[" || ch === "{") {
      const reader = new FlowReader(text, start, stack.length === 0 ? -1 : column);
      const node = reader.read();
      return { node, resume: reader.pos };
    }
    if (ch === '"' || ch === "'") {
      let close = quotedEnd(text, start, lineEnd);
      if (close < 0) close = multiLineQuotedEnd(text, start, column);
      if (close < 0) {
        // Unterminated: the user is typing it; it ends with the line.
        return { node: quotedScalar(text, start, plainEnd(text, start, lineEnd), false), resume: lineEnd };
      }
      return { node: quotedScalar(text, start, close, true), resume: close };
    }
    if (ch === "|" || ch === ">") {
      // Block scalar: the following lines indented more than `column`.
      let next = lineEnd + 1;
      let contentEnd = plainEnd(text, start, lineEnd);
      while (next <= text.length) {
        const nl = text.indexOf("\n", next);
        const stop = nl < 0 ? text.length : nl;
        const line = text.slice(next, stop);
        if (line.trim() !== "" && /^ */.exec(line)![0].length <= column) break;
        if (line.trim() !== "") contentEnd = stop;
        if (nl < 0) break;
        next = nl + 1;
      }
      const lines = text.slice(lineEnd + 1, contentEnd).split(/\r?\n/);
      const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0));
      const body = lines.map((l) => l.slice(indent));
      const value = ch === "|" ? body.join("\n") + "\n" : body.join(" ") + "\n";
      return { node: { kind: "string", offset: start, end: contentEnd, value }, resume: contentEnd };
    }
    if (ch === "&" || ch === "*" || ch === "!") throw new Unsupported("anchor, alias or tag");
    const end = plainEnd(text, start, lineEnd);
    if (end === start) return { node: undefined, resume: lineEnd };
    return { node: plainScalar(text.slice(start, end), start, end), resume: lineEnd };
  };

  /** Handles the content of a line (or of the rest of a line after "- ") at `start`, column `column`. */
  const content = (start: number, lineEnd: number, column: number, scalarColumn = column): void => {
    const ch = text.charAt(start);
    // A sequence item.
    if (ch === "-" && (start + 1 === lineEnd || text.charAt(start + 1) === " ")) {
      let seq = top();
      if (!seq || seq.node.kind !== "array" || seq.column !== column || seq.node.flow) {
        seq = attach({ kind: "array", offset: start, end: start + 1, items: [] }, column);
      }
      seq.pendingItem = false;
      let itemStart = start + 1;
      while (itemStart < lineEnd && text.charAt(itemStart) === " ") itemStart++;
      const itemColumn = column + (itemStart - start);
      if (itemStart >= lineEnd || text.charAt(itemStart) === "#") {
        seq.node.items?.push({ kind: "null", offset: lineEnd, end: lineEnd, value: null });
        seq.pendingItem = true;
        extend(start + 1);
        return;
      }
      seq.pendingItem = true;
      seq.node.items?.push({ kind: "null", offset: itemStart, end: itemStart, value: null });
      content(itemStart, lineEnd, itemColumn, column);
      const current = top();
      if (current === seq && seq.pendingItem) {
        // The item was a scalar: content() stored it through the pending slot.
        seq.pendingItem = false;
      }
      return;
    }
    const colon = keyColon(text, start, lineEnd);
    const flowStart = ch === "[" || ch === "{";
    if (colon >= 0 || (!flowStart && ((top()?.node.kind === "object" && !top()?.pending && top()?.column === column) || !top()))) {
      if (ch === "?") throw new Unsupported("explicit key");
      // A key (or a half-typed key with no ":" yet).
      let map = top();
      if (!map || map.node.kind !== "object" || map.column !== column || map.node.flow) {
        map = attach({ kind: "object", offset: start, end: start, properties: [] }, column);
      }
      map.pending = undefined;
      if (colon < 0) {
        const end = plainEnd(text, start, lineEnd);
        const raw = text.slice(start, end);
        if (raw === "") return;
        if ("[{&*!|>%@`".includes(ch)) throw new Unsupported("indicator at key position");
        const first = raw.charAt(0);
        const property: TreeProperty = first === '"' || first === "'" ? { key: String(quotedScalar(text, start, end, quotedEnd(text, start, end) === end).value), keyOffset: start, keyEnd: end, keyQuoted: true, value: undefined } : { key: raw, keyOffset: start, keyEnd: end, keyQuoted: false, value: undefined };
        map.node.properties?.push(property);
        extend(end);
        return;
      }
      const property = keyProperty(text, start, colon);
      map.node.properties?.push(property);
      let valueStart = colon + 1;
      while (valueStart < lineEnd && text.charAt(valueStart) === " ") valueStart++;
      extend(colon + 1);
      if (valueStart >= lineEnd || text.charAt(valueStart) === "#") {
        map.pending = property;
        map.pendingColumn = column;
        return;
      }
      const { node, resume } = inlineValue(valueStart, lineEnd, column);
      property.value = node;
      if (node) extend(node.end);
      resumeAt = Math.max(resumeAt, resume);
      return;
    }
    // A scalar: the value of a pending key or item on the line above, or a half-typed key.
    const parent = top();
    const { node, resume } = inlineValue(start, lineEnd, scalarColumn);
    if (!node) return;
    if (parent?.pending && column > (parent.pendingColumn ?? -1)) {
      parent.pending.value = node;
      parent.pending = undefined;
    } else if (parent?.pendingItem && parent.node.items) {
      parent.node.items[parent.node.items.length - 1] = node;
      parent.pendingItem = false;
    } else if (!parent) {
      if (root) throw new Unsupported("second root node");
      root = node;
    } else {
      throw new Unsupported("multi-line plain scalar");
    }
    extend(node.end);
    resumeAt = Math.max(resumeAt, resume);
  };

  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd0 = nl < 0 ? text.length : nl;
    const lineEnd = text.charAt(lineEnd0 - 1) === "\r" ? lineEnd0 - 1 : lineEnd0;
    const line: Line = { start: pos, end: lineEnd, indent: 0 };
    pos = nl < 0 ? text.length + 1 : nl + 1;
    if (line.end <= resumeAt) continue;
    let i = line.start;
    while (text.charAt(i) === " ") i++;
    if (text.charAt(i) === "\t" && i < line.end) throw new Unsupported("tab indentation");
    line.indent = i - line.start;
    const first = text.charAt(i);
    if (i >= line.end || first === "#") continue;
    if (line.indent === 0 && (text.startsWith("---", i) || text.startsWith("...", i)) && (i + 3 === line.end || /\s/.test(text.charAt(i + 3)))) {
      if (seenContent) throw new Unsupported("several documents");
      if (text.slice(i + 3, line.end).trim() !== "" && !text.slice(i + 3, line.end).trim().startsWith("#")) throw new Unsupported("content after ---");
      continue;
    }
    if (line.indent === 0 && first === "%") {
      if (seenContent) throw new Unsupported("directive after content");
      continue;
    }
    seenContent = true;
    // Close what this line is not inside of.
    while (stack.length > 0) {
      const container = top() as Container;
      const isDash = first === "-" && (i + 1 === line.end || text.charAt(i + 1) === " ");
      if (container.column > line.indent) stack.pop();
      else if (container.column === line.indent && container.node.kind === "array" && !isDash) stack.pop();
      else break;
    }
    const container = top();
    if (container && container.column < line.indent && !container.pending && !container.pendingItem) {
      // Deeper than its container with nothing to be the value of: a plain scalar continued on this line.
      const last = container.node.kind === "object" ? container.node.properties?.[container.node.properties.length - 1]?.value : container.node.items?.[container.node.items.length - 1];
      const isKeyLine = keyColon(text, i, line.end) >= 0 || (first === "-" && text.charAt(i + 1) === " ");
      if (!last || last.kind === "object" || last.kind === "array" || last.quoted || isKeyLine) throw new Unsupported("bad indentation");
      const end = plainEnd(text, i, line.end);
      const raw = foldLines(text.slice(last.offset, end));
      last.kind = "string";
      last.value = raw;
      last.end = end;
      extend(end);
      continue;
    }
    content(i, line.end, line.indent);
  }
  return root;
}
