import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { deepEqual, getOwn, hasOwn, isJsonObject, type JsonValue } from "../json";
import { diffDocuments, type DocumentChange, type PathSegment } from "./diffDocuments";
import { insertionIndex } from "./insertionIndex";
import type { TextEdit } from "./textEdit";
import { applyTextEdits } from "./textEdit";
import { blockItemValueText, blockKeyText, blockPairValueText, columnOf, flowScalarText, flowText, replacementStyle, scalarStyleOf, siblingKeyType, type YamlStyle } from "./yamlStyle";

/** A change this planner cannot write in place; the caller rewrites the document instead. */
export class UnsupportedYamlEdit extends Error {}

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;
type Entry = Pair<unknown, unknown> | YamlNode;

/** Where a value sits: as a pair of a map, or as an item of a list. */
type Slot = { kind: "pair"; parent: YAMLMap<unknown, unknown>; pair: Pair<unknown, unknown>; index: number } | { kind: "item"; parent: YAMLSeq<unknown>; index: number };

const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

function valueAt(value: JsonValue, path: readonly PathSegment[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isJsonObject(current) && typeof segment === "string") current = getOwn(current, segment);
    else return undefined;
  }
  return current;
}

function rangeOf(node: unknown): [number, number, number] {
  const range = (node as YamlNode | null | undefined)?.range;
  if (!range) throw new UnsupportedYamlEdit("A node without a source range");
  return range;
}

function keyOf(pair: Pair<unknown, unknown>): string {
  if (!isScalar(pair.key)) throw new UnsupportedYamlEdit("A key that is not a plain value");
  return String(pair.key.value);
}

function isNonEmptyFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true && node.items.length > 0;
}

/**
 * Whether a new map (list) among `siblings` is written in flow style: when most sibling maps
 * (lists) are, as in a States block whose states are written `Name: {Type: Pass, Next: B}`.
 */
function flowAmong(siblings: readonly unknown[], value: JsonValue): boolean {
  const kind: ((node: unknown) => boolean) | undefined = isJsonObject(value) ? (node) => isMap(node) : Array.isArray(value) ? (node) => isSeq(node) : undefined;
  if (!kind || (isJsonObject(value) ? Object.keys(value).length : (value as JsonValue[]).length) === 0) return false;
  let flow = 0;
  let block = 0;
  for (const sibling of siblings) {
    if (!kind(sibling) || (sibling as Collection).items.length === 0) continue;
    if ((sibling as Collection).flow) flow++;
    else block++;
  }
  return flow > block;
}

/**
 * Turns document changes into text edits on the original YAML, each touching only the source
 * range of what changed: values are replaced where they stand, keys renamed in place, pairs and
 * list items removed with their lines and inserted next to their neighbours, indented and quoted
 * like them. Comments outside the replaced ranges stay where they are. Throws UnsupportedYamlEdit
 * for what it does not handle (the document root replaced, a path through an alias or a duplicate
 * key, explicit `? key` entries, edits that would overlap).
 */
export class YamlEditPlanner {
  private readonly edits: TextEdit[] = [];
  /** Flow entries to remove, gathered so that neighbouring removals share their commas. */
  private readonly flowRemovals = new Map<Collection, Set<number>>();
  /** Empty flow collections that received entries: their closing padding is written last. */
  private readonly filledEmpty = new Set<Collection>();

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly style: YamlStyle,
    private readonly before: JsonValue,
    private readonly after: JsonValue,
  ) {}

  /** The text edits for `changes` (as diffDocuments reports them), in the order they were planned. */
  finish(): TextEdit[] {
    for (const [collection, indices] of this.flowRemovals) this.removeFlowEntries(collection, indices);
    this.flowRemovals.clear();
    for (const collection of this.filledEmpty) {
      const close = rangeOf(collection)[1] - 1;
      if (this.style.flowPadding) this.edits.push({ start: close, end: close, text: " " });
    }
    this.filledEmpty.clear();
    return this.edits;
  }

  /**
   * Plans the changes from `before` to `after` (the values at `path`). Lists whose items only
   * changed places (branches reordered) have their items' texts swapped, comments and all.
   */
  planDiff(before: JsonValue, after: JsonValue, path: PathSegment[] = []): void {
    const changes = diffDocuments(before, after, path);
    const permuted = permutedLists(before, after, path).filter((list) => changes.some((change) => change.path.length > list.length && isPrefix(list, change.path)));
    this.plan(changes.filter((change) => !permuted.some((list) => isPrefix(list, change.path))));
    for (const list of permuted) {
      const seq = this.nodeAt(list);
      const permutation = matchItems(valueAt(before, list.slice(path.length)) as JsonValue[], valueAt(after, list.slice(path.length)) as JsonValue[]);
      if (!isSeq(seq) || !permutation) throw new UnsupportedYamlEdit("A reordered list that is not a list in the text");
      this.swapItems(seq, 0, permutation);
    }
  }

  /** Plans changes as diffDocuments reports them. */
  private plan(changes: readonly DocumentChange[]): void {
    const removed = new Set(changes.filter((c) => c.kind === "remove").map((c) => pathKey(c.path)));
    const moved = new Set(changes.filter((c) => c.kind === "insert" && removed.has(pathKey(c.path))).map((c) => pathKey(c.path)));
    const rebuilt: PathSegment[][] = [];
    for (const change of changes) {
      if (change.path.length === 0) throw new UnsupportedYamlEdit("The whole document is replaced");
      if (rebuilt.some((path) => isPrefix(path, change.path))) continue;
      const parentPath = change.path.slice(0, -1);
      if ((change.kind === "remove" || change.kind === "insert") && this.mustRebuild(parentPath, removed)) {
        // Every key goes, or a `{}` in a block gets its first keys: write the whole map anew.
        this.setAt(parentPath, valueAt(this.after, parentPath) ?? null);
        rebuilt.push(parentPath);
        continue;
      }
      if (change.kind === "set") this.setAt(change.path, change.value);
      else if (change.kind === "renameKey") this.renameAt(change.path, change.key);
      else if (change.kind === "remove") {
        const parent = this.nodeAt(parentPath);
        if (!(moved.has(pathKey(change.path)) && isMap(parent) && !parent.flow)) this.removeAt(change.path);
      } else {
        this.insertPair(change.path, change.value, change.order, removed, moved.has(pathKey(change.path)));
      }
    }
  }

  // ---- Lines -------------------------------------------------------------------------------

  private lineStart(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  /** The start of the line after the one holding `offset` (an offset right after a line break is already there). */
  private lineEndAfter(offset: number): number {
    if (offset > 0 && this.text.charAt(offset - 1) === "\n") return offset;
    const at = this.text.indexOf("\n", offset);
    return at < 0 ? this.text.length : at + 1;
  }

  /** The end of the line holding `offset`, before its line break. */
  private lineContentEnd(offset: number): number {
    const at = this.text.indexOf("\n", offset);
    if (at < 0) return this.text.length;
    return this.text.charAt(at - 1) === "\r" ? at - 1 : at;
  }

  /** The start of the line after the one starting at `start`. */
  private nextLineStart(start: number): number {
    const at = this.text.indexOf("\n", start);
    return at < 0 ? this.text.length : at + 1;
  }

  /** The line starting at `start`, with its line break. */
  private lineAt(start: number): string {
    return this.text.slice(start, this.nextLineStart(start));
  }

  private isBlankLine(start: number): boolean {
    return start < this.text.length && this.lineAt(start).trim() === "";
  }

  private lineBeforeIsBlank(start: number): boolean {
    return start > 0 && this.text.slice(this.lineStart(start - 1), start).trim() === "";
  }

  /** The indentation of a comment line, or undefined for any other line. */
  private commentIndent(start: number): number | undefined {
    const line = this.lineAt(start);
    const trimmed = line.trimStart();
    return trimmed.startsWith("#") ? line.length - trimmed.length : undefined;
  }

  private startsLine(offset: number): boolean {
    return this.text.slice(this.lineStart(offset), offset).trim() === "";
  }

  private indentOfLine(offset: number): string {
    return /^[ \t]*/.exec(this.text.slice(this.lineStart(offset), offset))?.[0] ?? "";
  }

  /** The first of the comment lines right above `lineStart` at `column`: they belong to the entry below. */
  private commentBlockStart(lineStart: number, column: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      if (this.commentIndent(previous) !== column) break;
      start = previous;
    }
    return start;
  }

  /** Past the line where an entry's content ends and the deeper-indented comments that close its body. */
  private afterEntry(contentEnd: number, column: number): number {
    let end = this.lineEndAfter(contentEnd);
    while (end < this.text.length) {
      const indent = this.commentIndent(end);
      if (indent === undefined || indent <= column) break;
      end = this.nextLineStart(end);
    }
    return end;
  }

  /** Where a node's own text ends: its last item's for a block collection, without a trailing comment. */
  private contentEnd(node: unknown): number {
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      const last = node.items[node.items.length - 1];
      if (last !== undefined) return isPair(last) ? this.contentEnd(last.value ?? last.key) : this.contentEnd(last);
    }
    return rangeOf(node)[1];
  }

  private entryStart(entry: unknown): number {
    return isPair(entry) ? rangeOf(entry.key)[0] : rangeOf(entry)[0];
  }

  private entryEnd(entry: unknown): number {
    return isPair(entry) ? this.contentEnd(entry.value ?? entry.key) : this.contentEnd(entry);
  }

  // ---- Finding nodes -----------------------------------------------------------------------

  private pairIndex(map: YAMLMap<unknown, unknown>, key: string): number {
    const matches = map.items.flatMap((pair, i) => (keyOf(pair) === key ? [i] : []));
    if (matches.length !== 1) throw new UnsupportedYamlEdit(matches.length === 0 ? `No key "${key}"` : `Duplicate key "${key}"`);
    return matches[0] as number;
  }

  private nodeAt(path: readonly PathSegment[]): unknown {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (isAlias(node)) throw new UnsupportedYamlEdit("The path goes through an alias");
      if (isMap(node)) node = node.items[this.pairIndex(node, String(segment))]?.value;
      else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
      else throw new UnsupportedYamlEdit("The path leaves the document");
    }
    if (isAlias(node)) throw new UnsupportedYamlEdit("The path ends at an alias");
    return node;
  }

  private slotAt(path: readonly PathSegment[]): { slot: Slot; node: unknown } {
    const parent = this.nodeAt(path.slice(0, -1));
    const segment = path[path.length - 1] as PathSegment;
    if (isMap(parent)) {
      const index = this.pairIndex(parent, String(segment));
      const pair = parent.items[index] as Pair<unknown, unknown>;
      return { slot: { kind: "pair", parent, pair, index }, node: pair.value };
    }
    if (isSeq(parent) && typeof segment === "number" && segment < parent.items.length) return { slot: { kind: "item", parent, index: segment }, node: parent.items[segment] };
    throw new UnsupportedYamlEdit("The path leaves the document");
  }

  /** The offset right after the colon of a block pair `key: value`. */
  private afterColon(pair: Pair<unknown, unknown>): number {
    let at = rangeOf(pair.key)[1];
    while (this.text.charAt(at) === " " || this.text.charAt(at) === "\t") at++;
    if (this.text.charAt(at) !== ":") throw new UnsupportedYamlEdit("An explicit key");
    return at + 1;
  }

  /** The `-` of a block list item. */
  private dashOf(item: unknown): number {
    let at = rangeOf(item)[0] - 1;
    while (at >= 0 && (this.text.charAt(at) === " " || this.text.charAt(at) === "\t")) at--;
    if (this.text.charAt(at) !== "-") throw new UnsupportedYamlEdit("A list item with properties");
    return at;
  }

  private mustRebuild(parentPath: PathSegment[], removed: Set<string>): boolean {
    const parent = this.nodeAt(parentPath);
    if (!isMap(parent) || parentPath.length === 0) return false;
    const remaining = parent.items.filter((pair) => !removed.has(pathKey([...parentPath, keyOf(pair)])));
    if (remaining.length === 0 && parent.items.length > 0) return true;
    if (parent.items.length > 0 || !parent.flow) return false;
    const { slot } = this.slotAt(parentPath);
    return !slot.parent.flow;
  }

  // ---- Edits -------------------------------------------------------------------------------

  private push(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  /** Inserts whole lines at a line start, keeping a missing final line break missing. */
  private insertLines(offset: number, lines: string): void {
    const eol = this.style.eol;
    if (offset === this.text.length && this.text.length > 0 && !this.text.endsWith("\n")) this.push(offset, offset, eol + lines);
    else this.push(offset, offset, lines + eol);
  }

  /**
   * Removes the whole lines of an entry at `column`, with one of the blank lines around it when
   * entries are separated by blank lines: the one after it when there is one on both sides or it
   * was the first entry, the one before it when it was the last.
   */
  private removeLines(start: number, end: number, column: number, first: boolean): void {
    let from = start;
    let to = end;
    const blankBefore = this.lineBeforeIsBlank(from);
    if (this.isBlankLine(to) && (blankBefore || first)) to = this.nextLineStart(to);
    else if (blankBefore && (to === this.text.length || this.indentAt(to) < column)) from = this.lineStart(from - 1);
    this.push(from, to, "");
  }

  /** The indentation of the line starting at `start`. */
  private indentAt(start: number): number {
    return /^[ \t]*/.exec(this.lineAt(start))?.[0].length ?? 0;
  }

  /**
   * Replaces a value that runs from `start` to `end` with `text`. A value that ended its line (a
   * block scalar) still does; when a multi-line value replaces one followed by a comment, the
   * comment moves to the end of the first line (after `key:` or the block scalar's header).
   */
  private replaceValueText(start: number, end: number, text: string, old: unknown): void {
    const eol = this.style.eol;
    if (this.keepsGap(start, old) && /^ [^\r\n]*$/.test(text)) {
      // One line for one line: the spaces between `key:` (or `-`) and the value stay as they were.
      this.push(rangeOf(old)[0], end, text.slice(1));
      return;
    }
    if (end > start && this.text.charAt(end - 1) === "\n") {
      this.push(start, end, text + eol);
      return;
    }
    const lineEnd = this.lineContentEnd(end);
    const rest = this.text.slice(end, lineEnd).trim();
    const firstBreak = text.indexOf(eol);
    if (firstBreak >= 0 && rest !== "") {
      this.push(start, lineEnd, `${text.slice(0, firstBreak)} ${rest}${text.slice(firstBreak)}`);
      return;
    }
    this.push(start, end, text);
  }

  /** Whether `old` is a one-line value on the line of its key (or dash), with nothing but spaces before it. */
  private keepsGap(start: number, old: unknown): boolean {
    if (!(isScalar(old) || isAlias(old) || ((isMap(old) || isSeq(old)) && old.flow))) return false;
    const node = old as YamlNode;
    if (node.anchor !== undefined || node.tag !== undefined) return false;
    if (isScalar(old) && (old.type === "BLOCK_FOLDED" || old.type === "BLOCK_LITERAL")) return false;
    const [valueStart] = rangeOf(old);
    return /^[ \t]*$/.test(this.text.slice(start, valueStart));
  }

  private setAt(path: PathSegment[], value: JsonValue): void {
    if (path.length === 0) throw new UnsupportedYamlEdit("The whole document is replaced");
    const { slot, node } = this.slotAt(path);
    const old = valueAt(this.before, path);
    if (Array.isArray(value) && Array.isArray(old) && isSeq(node) && value.length > 0 && old.length > 0) {
      this.diffList(path, node, old, value);
      return;
    }
    this.replaceValue(slot, node, value);
  }

  private replaceValue(slot: Slot, node: unknown, value: JsonValue): void {
    const scalarStyle = replacementStyle(node, value);
    if (slot.parent.flow) {
      const [start] = rangeOf(node);
      const quote = scalarStyle === "BLOCK_FOLDED" || scalarStyle === "BLOCK_LITERAL" ? undefined : scalarStyle;
      const text = typeof value === "object" && value !== null ? flowText(value, this.style) : flowScalarText(value, this.style, quote);
      this.push(start, this.contentEnd(node), text);
      return;
    }
    const options = { ...(scalarStyle ? { scalarStyle } : {}), flow: isNonEmptyFlow(node) };
    if (slot.kind === "pair") {
      const start = this.afterColon(slot.pair);
      const column = columnOf(this.text, rangeOf(slot.pair.key)[0]);
      const end = node === null || node === undefined ? start : this.contentEnd(node);
      this.replaceValueText(start, end, blockPairValueText(value, this.style, column, options), node);
      return;
    }
    const dash = this.dashOf(node);
    const column = columnOf(this.text, dash);
    this.replaceValueText(dash + 1, this.contentEnd(node), blockItemValueText(value, this.style, column, options), node);
  }

  private renameAt(path: PathSegment[], key: string): void {
    const { slot } = this.slotAt(path);
    if (slot.kind !== "pair" || !isScalar(slot.pair.key)) throw new UnsupportedYamlEdit("A renamed key that is not a plain value");
    const [start, end] = rangeOf(slot.pair.key);
    const quote = scalarStyleOf(slot.pair.key);
    const kept = quote === "PLAIN" || quote === "QUOTE_DOUBLE" || quote === "QUOTE_SINGLE" ? quote : this.style.keyType;
    this.push(start, end, slot.parent.flow ? flowScalarText(key, this.style, kept) : blockKeyText(key, this.style, kept));
  }

  private removeAt(path: PathSegment[]): void {
    const { slot } = this.slotAt(path);
    if (slot.parent.flow) {
      const indices = this.flowRemovals.get(slot.parent) ?? new Set<number>();
      indices.add(slot.index);
      this.flowRemovals.set(slot.parent, indices);
    } else if (slot.kind === "item") {
      this.removeBlockItem(slot.parent, slot.index);
    } else {
      // The comment lines right above a pair are about it, and go with it; not the document's header.
      this.removeBlockPair(slot.parent, slot.index, !(slot.parent === this.doc.contents && slot.index === 0));
    }
  }

  /** The removed lines of a block pair (from its comment block when `withComments`). */
  private removeBlockPair(map: YAMLMap<unknown, unknown>, index: number, withComments: boolean): { start: number; end: number } {
    const pair = map.items[index] as Pair<unknown, unknown>;
    const keyStart = rangeOf(pair.key)[0];
    const column = columnOf(this.text, keyStart);
    if (!this.startsLine(keyStart)) {
      // `- Key: value` in a list: the next key moves up behind the dash.
      const next = map.items[index + 1];
      if (!next) throw new UnsupportedYamlEdit("A pair that shares its line with a list dash");
      const end = rangeOf(next.key)[0];
      this.push(keyStart, end, "");
      return { start: keyStart, end };
    }
    const lineStart = this.lineStart(keyStart);
    const start = withComments ? this.commentBlockStart(lineStart, column) : lineStart;
    const end = this.afterEntry(this.contentEnd(pair.value ?? pair.key), column);
    this.removeLines(start, end, column, index === 0);
    return { start, end };
  }

  private removeBlockItem(seq: YAMLSeq<unknown>, index: number): void {
    const item = seq.items[index];
    const dash = this.dashOf(item);
    if (!this.startsLine(dash)) throw new UnsupportedYamlEdit("A list item behind another dash");
    const column = columnOf(this.text, dash);
    this.removeLines(this.lineStart(dash), this.afterEntry(this.contentEnd(item), column), column, index === 0);
  }

  /** Removes flow entries with the commas between them and what stays. */
  private removeFlowEntries(collection: Collection, indices: Set<number>): void {
    const items = collection.items as Entry[];
    let i = 0;
    while (i < items.length) {
      if (!indices.has(i)) {
        i++;
        continue;
      }
      let last = i;
      while (indices.has(last + 1)) last++;
      const next = items[last + 1];
      const previous = items[i - 1];
      if (next !== undefined) this.push(this.entryStart(items[i]), this.entryStart(next), "");
      else if (previous !== undefined) this.push(this.entryEnd(previous), this.entryEnd(items[last]), "");
      else this.push(this.entryStart(items[i]), this.entryEnd(items[last]), "");
      i = last + 1;
    }
  }

  /** Inserts an entry among the `remaining` entries of a flow collection, at position `index`. */
  private insertFlowEntry(collection: Collection, remaining: readonly Entry[], index: number, entry: string): void {
    const eol = this.style.eol;
    if (remaining.length === 0) {
      if (collection.items.length > 0) throw new UnsupportedYamlEdit("A flow collection emptied and refilled");
      const open = rangeOf(collection)[0] + 1;
      const first = !this.filledEmpty.has(collection);
      this.filledEmpty.add(collection);
      this.push(open, open, (first ? (this.style.flowPadding ? " " : "") : ", ") + entry);
      return;
    }
    const firstStart = this.entryStart(remaining[0]);
    const multiLine = this.lineStart(firstStart) !== this.lineStart(rangeOf(collection)[0]);
    const previous = remaining[index - 1];
    if (previous !== undefined) {
      const separator = multiLine ? `,${eol}${this.indentOfLine(this.entryStart(previous))}` : ", ";
      const at = this.entryEnd(previous);
      this.push(at, at, separator + entry);
      return;
    }
    const separator = multiLine ? `,${eol}${this.indentOfLine(firstStart)}` : ", ";
    this.push(firstStart, firstStart, entry + separator);
  }

  /** Whether the pairs of a block map are separated by blank lines (new ones then are too). */
  private separatedByBlankLines(map: YAMLMap<unknown, unknown>): boolean {
    const second = map.items[1];
    if (!second) return false;
    const keyStart = rangeOf(second.key)[0];
    if (!this.startsLine(keyStart)) return false;
    return this.lineBeforeIsBlank(this.commentBlockStart(this.lineStart(keyStart), columnOf(this.text, keyStart)));
  }

  private insertPair(path: PathSegment[], value: JsonValue, order: string[], removed: Set<string>, isMove: boolean): void {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1] as string;
    const parent = this.nodeAt(parentPath);
    if (!isMap(parent)) throw new UnsupportedYamlEdit("A key added to something that is not a map");
    const remaining = parent.items.filter((pair) => !removed.has(pathKey([...parentPath, keyOf(pair)])));
    const index = insertionIndex(
      remaining.map((pair) => keyOf(pair)),
      key,
      order,
    );
    if (parent.flow) {
      this.insertFlowEntry(parent, remaining, index, `${flowScalarText(key, this.style, siblingKeyType(parent, this.style))}: ${flowText(value, this.style)}`);
      return;
    }
    const first = parent.items[0];
    if (!first) throw new UnsupportedYamlEdit("An empty block map");
    const column = columnOf(this.text, rangeOf(first.key)[0]);
    const previous = remaining[index - 1];
    const next = remaining[index];
    const eol = this.style.eol;
    const pad = " ".repeat(column);
    const lines = isMove
      ? this.movedPairLines(parent, parentPath, key, value)
      : pad + blockKeyText(key, this.style, siblingKeyType(parent, this.style)) + ":" + blockPairValueText(value, this.style, column, { flow: flowAmong(parent.items.map((pair) => pair.value), value) });
    const blank = this.separatedByBlankLines(parent);
    if (previous) {
      this.insertLines(this.afterEntry(this.contentEnd(previous.value ?? previous.key), column), (blank ? eol : "") + lines);
      return;
    }
    if (!next) throw new UnsupportedYamlEdit("A map with no key left to place a new one by");
    const nextStart = rangeOf(next.key)[0];
    if (this.startsLine(nextStart)) {
      const at = this.commentBlockStart(this.lineStart(nextStart), column);
      this.push(at, at, lines + eol + (blank ? eol : ""));
    } else if (isMove) {
      throw new UnsupportedYamlEdit("A key moved in front of one behind a list dash");
    } else {
      this.push(nextStart, nextStart, lines.slice(column) + eol + pad);
    }
  }

  /**
   * A pair that moves within its block map keeps its own text: its comment lines, its layout,
   * with the changes to its value applied. Its old lines are removed; the text to insert returned.
   */
  private movedPairLines(map: YAMLMap<unknown, unknown>, mapPath: PathSegment[], key: string, value: JsonValue): string {
    const index = this.pairIndex(map, key);
    if (!this.startsLine(rangeOf((map.items[index] as Pair<unknown, unknown>).key)[0])) throw new UnsupportedYamlEdit("A moved key behind a list dash");
    const { start, end } = this.removeBlockPair(map, index, true);
    const path = [...mapPath, key];
    const inner = new YamlEditPlanner(this.text, this.doc, this.style, this.before, this.after);
    inner.planDiff(valueAt(this.before, path) ?? null, value, path);
    const edits = inner.finish();
    if (edits.some((edit) => edit.start < start || edit.end > end)) throw new UnsupportedYamlEdit("A moved pair's changes reach outside it");
    const moved = applyTextEdits(
      this.text.slice(start, end),
      edits.map((edit) => ({ ...edit, start: edit.start - start, end: edit.end - start })),
    );
    return moved.replace(/\r?\n$/, "");
  }

  /**
   * A list whose length changed: the items before and after the changed run keep their text;
   * items that only changed places are swapped as text; the rest is diffed item by item, with
   * the extra items removed or inserted.
   */
  private diffList(path: PathSegment[], seq: YAMLSeq<unknown>, old: JsonValue[], next: JsonValue[]): void {
    let prefix = 0;
    while (prefix < old.length && prefix < next.length && deepEqual(old[prefix], next[prefix])) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < next.length - prefix && deepEqual(old[old.length - 1 - suffix], next[next.length - 1 - suffix])) suffix++;
    const oldRun = old.slice(prefix, old.length - suffix);
    const newRun = next.slice(prefix, next.length - suffix);
    const permutation = oldRun.length === newRun.length ? matchItems(oldRun, newRun) : undefined;
    if (permutation) {
      this.swapItems(seq, prefix, permutation);
      return;
    }
    const common = Math.min(oldRun.length, newRun.length);
    for (let i = 0; i < common; i++) this.planDiff(oldRun[i] as JsonValue, newRun[i] as JsonValue, [...path, prefix + i]);
    for (let i = common; i < oldRun.length; i++) this.removeAt([...path, prefix + i]);
    for (let i = common; i < newRun.length; i++) this.insertItem(seq, prefix + common, newRun[i] as JsonValue);
  }

  /** Item `offset + i` gets the text of item `offset + permutation[i]`. */
  private swapItems(seq: YAMLSeq<unknown>, offset: number, permutation: readonly number[]): void {
    permutation.forEach((from, i) => {
      if (from === i) return;
      const target = this.itemRegion(seq, offset + i);
      const source = this.itemRegion(seq, offset + from);
      this.push(target.start, target.end, this.text.slice(source.start, source.end));
    });
  }

  /** An item's own text: its lines (without the last line break) in a block list, itself in a flow one. */
  private itemRegion(seq: YAMLSeq<unknown>, index: number): { start: number; end: number } {
    const item = seq.items[index];
    if (seq.flow) return { start: this.entryStart(item), end: this.entryEnd(item) };
    const dash = this.dashOf(item);
    if (!this.startsLine(dash)) throw new UnsupportedYamlEdit("A list item behind another dash");
    let end = this.afterEntry(this.contentEnd(item), columnOf(this.text, dash));
    if (this.text.charAt(end - 1) === "\n") end -= this.text.charAt(end - 2) === "\r" ? 2 : 1;
    return { start: this.lineStart(dash), end };
  }

  /** Inserts a list item before the item now at `position` (or after the last). */
  private insertItem(seq: YAMLSeq<unknown>, position: number, value: JsonValue): void {
    const items = seq.items;
    if (seq.flow) {
      this.insertFlowEntry(seq, items as Entry[], position, flowText(value, this.style));
      return;
    }
    const dash = this.dashOf(items[0]);
    if (!this.startsLine(dash)) throw new UnsupportedYamlEdit("A list item behind another dash");
    const column = columnOf(this.text, dash);
    const lines = " ".repeat(column) + "-" + blockItemValueText(value, this.style, column, { flow: flowAmong(items, value) });
    const before = items[position];
    if (before !== undefined) {
      const at = this.commentBlockStart(this.lineStart(this.dashOf(before)), column);
      this.push(at, at, lines + this.style.eol);
      return;
    }
    this.insertLines(this.afterEntry(this.contentEnd(items[items.length - 1]), column), lines);
  }
}

/** Lists (below `path`) whose items are the same but in another order, where diffDocuments compares them item by item. */
function permutedLists(before: JsonValue, after: JsonValue, path: PathSegment[]): PathSegment[][] {
  if (deepEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [];
    if (matchItems(before, after)) return [path];
    return after.flatMap((item, i) => permutedLists(before[i] as JsonValue, item, [...path, i]));
  }
  if (isJsonObject(before) && isJsonObject(after)) {
    return Object.keys(after).flatMap((key) => (hasOwn(before, key) ? permutedLists(before[key] as JsonValue, after[key] as JsonValue, [...path, key]) : []));
  }
  return [];
}

/** For each new item, the index of an equal old item (each used once), if every one has one. */
function matchItems(old: readonly JsonValue[], next: readonly JsonValue[]): number[] | undefined {
  const used = new Set<number>();
  const result: number[] = [];
  for (const item of next) {
    const from = old.findIndex((candidate, i) => !used.has(i) && deepEqual(candidate, item));
    if (from < 0) return undefined;
    used.add(from);
    result.push(from);
  }
  return result;
}
