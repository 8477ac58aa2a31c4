import { isMap, isScalar, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { JsonValue } from "../json";
import { serialize } from "../serialize";
import { diffDocuments, type PathSegment } from "./diffDocuments";
import { insertionIndex } from "./insertionIndex";

/**
 * Rewrites only what changed, through the YAML document tree, so comments and the layout of
 * untouched parts survive. Falls back to a fresh serialization if the text cannot be read.
 */
export function updateYamlText(text: string, before: JsonValue, after: JsonValue): string {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return serialize(after, "yaml");
  for (const change of diffDocuments(before, after)) {
    if (change.path.length === 0) {
      if (change.kind === "remove") doc.contents = null;
      else if (change.kind !== "renameKey") doc.contents = doc.createNode(change.value) as typeof doc.contents;
      continue;
    }
    if (change.kind === "remove") doc.deleteIn(change.path);
    else if (change.kind === "renameKey") renameKey(doc, change.path, change.key);
    else if (change.kind === "set") setIn(doc, change.path, change.value);
    else insertAt(doc, change.path, change.value, change.order);
  }
  return doc.toString({ indent: 2, lineWidth: 0, minContentWidth: 0 });
}

function setIn(doc: Document, path: PathSegment[], value: JsonValue): void {
  // createNode keeps the value's own key order; setIn on an existing pair keeps its place and comments.
  doc.setIn(path, doc.createNode(value));
}

function renameKey(doc: Document, path: PathSegment[], key: string): void {
  const parent = doc.getIn(path.slice(0, -1), true) as YamlNode | undefined;
  const oldKey = String(path[path.length - 1]);
  if (!isMap(parent)) return;
  const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === oldKey);
  if (pair) pair.key = doc.createNode(key);
}

function insertAt(doc: Document, path: PathSegment[], value: JsonValue, order: string[]): void {
  const key = path[path.length - 1] as string;
  const parent = doc.getIn(path.slice(0, -1), true) as YamlNode | undefined;
  if (!isMap(parent)) {
    setIn(doc, path, value);
    return;
  }
  const existing = parent.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
  const pair = doc.createPair(key, doc.createNode(value));
  parent.items.splice(insertionIndex(existing, key, order), 0, pair);
}

