/**
 * A format-neutral, error-tolerant syntax tree with offsets: what the cursor analyser, completion,
 * hover and folding read. JSON (jsonc-parser's tolerant parseTree) and YAML (the `yaml` document,
 * which also keeps going past errors) are both converted to it, so the ASL logic is written once.
 */
export type TreeKind = "object" | "array" | "string" | "number" | "boolean" | "null";

export interface TreeNode {
  kind: TreeKind;
  /** [offset, end) of the node's text: quotes included for quoted strings, brackets for collections. */
  offset: number;
  end: number;
  value?: string | number | boolean | null;
  properties?: TreeProperty[];
  items?: TreeNode[];
  /** Written with brackets ({…} or […]); always true in JSON, YAML flow collections. */
  flow?: boolean;
  /** A string written in quotes. */
  quoted?: boolean;
}

export interface TreeProperty {
  key: string;
  keyOffset: number;
  /** End of the key token (after its closing quote when quoted). */
  keyEnd: number;
  keyQuoted: boolean;
  /** Undefined while the value is not written yet (`"Next":` or a YAML `Next:` with nothing after it). */
  value: TreeNode | undefined;
}

export type PathSegment = string | number;

export function getProperty(node: TreeNode | undefined, key: string): TreeProperty | undefined {
  if (!node?.properties) return undefined;
  // The last one wins, as in the parser (duplicate keys).
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property && property.key === key) return property;
  }
  return undefined;
}

export function getValue(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return getProperty(node, key)?.value;
}

export function getString(node: TreeNode | undefined, key: string): string | undefined {
  const value = getValue(node, key);
  return value?.kind === "string" && typeof value.value === "string" ? value.value : undefined;
}

export function childAt(node: TreeNode | undefined, segment: PathSegment): TreeNode | undefined {
  if (!node) return undefined;
  if (typeof segment === "number") return node.items?.[segment];
  return getValue(node, segment);
}

export function nodeAtPath(root: TreeNode | undefined, path: readonly PathSegment[]): TreeNode | undefined {
  let node = root;
  for (const segment of path) {
    node = childAt(node, segment);
    if (!node) return undefined;
  }
  return node;
}

export function keysOf(node: TreeNode | undefined): string[] {
  return node?.properties?.map((p) => p.key) ?? [];
}

/** Plain JavaScript value of a node (for small parts only: hover text, snippet defaults). */
export function toPlain(node: TreeNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === "object") {
    const out: Record<string, unknown> = {};
    for (const p of node.properties ?? []) Object.defineProperty(out, p.key, { value: toPlain(p.value), enumerable: true, writable: true, configurable: true });
    return out;
  }
  if (node.kind === "array") return (node.items ?? []).map(toPlain);
  return node.value;
}
