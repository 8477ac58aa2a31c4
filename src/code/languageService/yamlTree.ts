/**
 * The `yaml` document → TreeNode. The yaml parser keeps going past errors (a half-typed key
 * becomes a key with no value, an unclosed flow sequence still holds its items), which is what
 * an editor needs while the user types.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from "yaml";
import type { TreeNode, TreeProperty } from "./tree";
import { yamlOutline } from "./yamlOutline";

type Range = [number, number, number] | null | undefined;

function rangeOf(node: { range?: Range }): { offset: number; end: number } {
  const range = node.range;
  return range ? { offset: range[0], end: range[1] } : { offset: 0, end: 0 };
}

function isQuoted(node: Scalar): boolean {
  return node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
}

/** An empty value (`Next:` followed by nothing) is a zero-length null scalar: treat it as not written. */
function isMissing(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  const { offset, end } = rangeOf(node);
  return node.value === null && end <= offset;
}

function convert(node: unknown, depth: number): TreeNode | undefined {
  if (depth > 400) return undefined;
  if (isMap(node)) {
    const properties: TreeProperty[] = [];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = pair.key;
      const keyRange = rangeOf(key);
      properties.push({
        key: key.value === null ? "" : String(key.value),
        keyOffset: keyRange.offset,
        keyEnd: keyRange.end,
        keyQuoted: isQuoted(key),
        value: isMissing(pair.value) ? undefined : convert(pair.value, depth + 1),
      });
    }
    return { kind: "object", ...rangeOf(node), properties, flow: node.flow === true };
  }
  if (isSeq(node)) {
    const items: TreeNode[] = [];
    for (const item of node.items) {
      const converted = isMissing(item) ? undefined : convert(item, depth + 1);
      // An empty item (`- ` with nothing yet) still takes its index.
      items.push(converted ?? { kind: "null", offset: isScalar(item) ? rangeOf(item).offset : 0, end: isScalar(item) ? rangeOf(item).offset : 0, value: null });
    }
    return { kind: "array", ...rangeOf(node), items, flow: node.flow === true };
  }
  if (isScalar(node)) {
    const value = node.value;
    const base = rangeOf(node);
    if (typeof value === "string") return { kind: "string", ...base, value, quoted: isQuoted(node) };
    if (typeof value === "number") return { kind: "number", ...base, value };
    if (typeof value === "bigint") return { kind: "number", ...base, value: Number(value) };
    if (typeof value === "boolean") return { kind: "boolean", ...base, value };
    return { kind: "null", ...base, value: null };
  }
  if (isAlias(node)) return { kind: "null", ...rangeOf(node), value: null };
  return undefined;
}

/** The tree of YAML text: the fast outline reader when it understands the text, else the `yaml` package. */
export function yamlTree(text: string): TreeNode | undefined {
  const outline = yamlOutline(text);
  return outline ?? yamlLibraryTree(text);
}

export function yamlLibraryTree(text: string): TreeNode | undefined {
  try {
    const doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
    return convert(doc.contents, 0);
  } catch {
    return undefined;
  }
}
