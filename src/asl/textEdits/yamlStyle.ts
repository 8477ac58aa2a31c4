import { Document, isMap, isScalar, isSeq, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Node as YamlNode, type ToStringOptions } from "yaml";
import { isJsonObject, type JsonValue } from "../json";

type QuoteType = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE";
/** How a scalar is written; the block styles are `|` and `>`. */
export type ScalarStyle = QuoteType | "BLOCK_LITERAL" | "BLOCK_FOLDED";

/** How the document is written, read from it so that new parts look like their neighbours. */
export interface YamlStyle {
  eol: "\n" | "\r\n";
  /** Spaces per nesting level of block collections. */
  indent: number;
  /** Whether a block list under a key is indented (`key:\n  - a`) rather than not (`key:\n- a`). */
  indentSeq: boolean;
  /** The quoting most strings (values) use, and most keys. */
  stringType: QuoteType;
  keyType: QuoteType;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  flowPadding: boolean;
  /** New lists of plain values are written `[a, b]`, as the document's own are. */
  flowScalarLists: boolean;
}

const QUOTES: readonly QuoteType[] = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"];

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function majority(counts: Map<QuoteType, number>): QuoteType {
  let best: QuoteType = "PLAIN";
  for (const type of QUOTES) if ((counts.get(type) ?? 0) > (counts.get(best) ?? 0)) best = type;
  return best;
}

function isScalarList(node: unknown): node is YAMLSeq {
  return isSeq(node) && node.items.length > 0 && node.items.every((item) => isScalar(item));
}

/** Whether a one-line flow collection has a space inside its brackets; undefined for an empty or multi-line one. */
function paddingOf(text: string, collection: YAMLMap<unknown, unknown> | YAMLSeq<unknown>): boolean | undefined {
  const range = collection.range;
  if (!range || collection.items.length === 0) return undefined;
  const source = text.slice(range[0], range[1]);
  if (source.includes("\n")) return undefined;
  return source.charAt(1) === " ";
}

export function detectYamlStyle(text: string, doc: Document): YamlStyle {
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  let flowPadding: boolean | undefined;
  let flowLists = 0;
  let blockLists = 0;
  const values = new Map<QuoteType, number>();
  const keys = new Map<QuoteType, number>();
  const count = (counts: Map<QuoteType, number>, node: unknown) => {
    if (isScalar(node) && typeof node.value === "string" && QUOTES.includes(node.type as QuoteType)) counts.set(node.type as QuoteType, (counts.get(node.type as QuoteType) ?? 0) + 1);
  };
  visit(doc, {
    Pair(_, pair) {
      count(keys, pair.key);
      count(values, pair.value);
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (!key?.range || !value?.range) return;
      const keyColumn = columnOf(text, key.range[0]);
      if (isMap(value) && !value.flow && indent === undefined) {
        const step = columnOf(text, value.range[0]) - keyColumn;
        if (step > 0) indent = step;
      }
      if (isSeq(value) && !value.flow && indentSeq === undefined) indentSeq = columnOf(text, value.range[0]) > keyColumn;
    },
    Seq(_, seq) {
      seq.items.forEach((item) => count(values, item));
      if (isScalarList(seq)) {
        if (seq.flow) flowLists++;
        else blockLists++;
      }
      if (seq.flow && flowPadding === undefined) flowPadding = paddingOf(text, seq);
    },
    Map(_, map) {
      if (map.flow && flowPadding === undefined) flowPadding = paddingOf(text, map);
    },
  });
  const stringType = majority(values);
  return {
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    indent: indent ?? 2,
    indentSeq: indentSeq ?? true,
    stringType,
    keyType: keys.size > 0 ? majority(keys) : stringType,
    flowPadding: flowPadding ?? true,
    flowScalarLists: flowLists > blockLists,
  };
}

function toStringOptions(style: YamlStyle): ToStringOptions {
  return {
    indent: style.indent,
    indentSeq: style.indentSeq,
    lineWidth: 0,
    minContentWidth: 0,
    defaultStringType: style.stringType,
    defaultKeyType: style.keyType,
    flowCollectionPadding: style.flowPadding,
  };
}

/** A node for `value` in the document's style: lists of plain values in flow style if the document writes them so. */
function createNode(doc: Document, value: JsonValue, style: YamlStyle, scalarStyle?: ScalarStyle): YamlNode {
  const node = doc.createNode(value, { aliasDuplicateObjects: false }) as YamlNode;
  if (scalarStyle && isScalar(node)) node.type = scalarStyle;
  if (style.flowScalarLists) {
    visit(node, {
      Seq(_, seq) {
        if (isScalarList(seq)) seq.flow = true;
      },
    });
  }
  return node;
}

/** Re-indents yaml's output (lines after the first get `column` more spaces) with the document's line ending. */
function placeLines(output: string, column: number, eol: string): string {
  const pad = " ".repeat(column);
  return output
    .replace(/\n$/, "")
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : pad + line))
    .join(eol);
}

/**
 * What follows `key:` for `value` in a block map whose keys are at `column`: ` scalar`, ` [flow]`,
 * or a line break and the block collection indented one level deeper.
 */
export function blockPairValueText(value: JsonValue, style: YamlStyle, column: number, options: { scalarStyle?: ScalarStyle; flow?: boolean } = {}): string {
  if (options.flow && typeof value === "object" && value !== null) return " " + flowText(value, style);
  const doc = new Document(null);
  const key = new Scalar("k");
  key.type = "PLAIN";
  const map = new YAMLMap();
  map.items.push(new Pair(key, createNode(doc, value, style, options.scalarStyle)));
  doc.contents = map;
  const output = doc.toString(toStringOptions(style));
  return placeLines(output.slice("k:".length), column, style.eol);
}

/** What follows `-` for `value` as an item of a block list whose dashes are at `column`. */
export function blockItemValueText(value: JsonValue, style: YamlStyle, column: number, options: { scalarStyle?: ScalarStyle; flow?: boolean } = {}): string {
  if (options.flow && typeof value === "object" && value !== null) return " " + flowText(value, style);
  const doc = new Document(null);
  const seq = new YAMLSeq();
  seq.items.push(createNode(doc, value, style, options.scalarStyle));
  doc.contents = seq;
  const output = doc.toString(toStringOptions(style));
  return placeLines(output.slice("-".length), column, style.eol);
}

/** A key as a block map writes it, in the given quoting if it allows, on one line. */
export function blockKeyText(key: string, style: YamlStyle, quote?: ScalarStyle): string {
  const doc = new Document(null);
  const node = new Scalar(key);
  if (quote && QUOTES.includes(quote as QuoteType)) node.type = quote;
  const map = new YAMLMap();
  map.items.push(new Pair(node, new Scalar(1)));
  doc.contents = map;
  const output = doc.toString(toStringOptions(style));
  const match = /^([^\n]*): 1\n$/.exec(output);
  return match?.[1] ?? JSON.stringify(key);
}

/** A scalar as a flow collection writes it (stricter than block context: no `,[]{}`), on one line. */
export function flowScalarText(value: string | number | boolean | null, style: YamlStyle, quote?: ScalarStyle): string {
  const doc = new Document(null);
  const node = new Scalar(value);
  if (quote && QUOTES.includes(quote as QuoteType)) node.type = quote;
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items.push(node);
  doc.contents = seq;
  const output = doc.toString({ ...toStringOptions(style), flowCollectionPadding: false });
  const match = /^\[([^\n]*)\]\n$/.exec(output);
  return match?.[1] ?? JSON.stringify(value);
}

/** `value` in flow style on one line: `{Type: Pass, Next: B}`, padded as the document pads its braces. */
export function flowText(value: JsonValue, style: YamlStyle): string {
  const pad = style.flowPadding ? " " : "";
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[${pad}${value.map((item) => flowText(item, style)).join(", ")}${pad}]`;
  if (isJsonObject(value)) {
    const entries = Object.keys(value).map((key) => `${flowScalarText(key, style, style.keyType)}: ${flowText(value[key] as JsonValue, style)}`);
    return entries.length === 0 ? "{}" : `{${pad}${entries.join(", ")}${pad}}`;
  }
  return flowScalarText(value, style);
}

/** The quoting most keys of `map` use, or the document's when it has no string keys. */
export function siblingKeyType(map: YAMLMap<unknown, unknown>, style: YamlStyle): QuoteType {
  const counts = new Map<QuoteType, number>();
  for (const pair of map.items) {
    const key = pair.key;
    if (isScalar(key) && typeof key.value === "string" && QUOTES.includes(key.type as QuoteType)) counts.set(key.type as QuoteType, (counts.get(key.type as QuoteType) ?? 0) + 1);
  }
  return counts.size > 0 ? majority(counts) : style.keyType;
}

/** The quoting a scalar node is written in, when it holds a string that a new string may replace. */
export function scalarStyleOf(node: unknown): ScalarStyle | undefined {
  if (!isScalar(node) || typeof node.value !== "string") return undefined;
  const type = node.type;
  return type === "PLAIN" || type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE" || type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? type : undefined;
}

/**
 * The style for a new string that replaces `node`: the old one's, except that a multi-line string
 * is not written plain or single-quoted (those fold line breaks into blank lines), so it gets the
 * document's default (a literal block, or double quotes in a quoted document).
 */
export function replacementStyle(node: unknown, value: JsonValue): ScalarStyle | undefined {
  if (typeof value !== "string") return undefined;
  const type = scalarStyleOf(node);
  if (value.includes("\n") && (type === "PLAIN" || type === "QUOTE_SINGLE")) return undefined;
  return type;
}
