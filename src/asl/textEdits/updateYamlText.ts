import { isMap, isScalar, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { deepEqual, type JsonValue } from "../json";
import { parseDefinition } from "../parse/parseDefinition";
import { serialize } from "../serialize";
import { diffDocuments, type PathSegment } from "./diffDocuments";
import { insertionIndex } from "./insertionIndex";
import { applyTextEdits } from "./textEdit";
import { YamlEditPlanner } from "./yamlEditPlanner";
import { detectYamlStyle } from "./yamlStyle";

/** The in-place edit, or why it could not be made (the caller then rewrites the document). */
export type YamlEditOutcome = { ok: true; text: string } | { ok: false; reason: string };

function readYaml(text: string): Document {
  return parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
}

/**
 * Rewrites only what changed between `before` (the document `text` holds) and `after`: each
 * change replaces the source range of the changed node in the original text, so untouched lines,
 * their comments, spacing, flow collections and block scalars, stay byte for byte. When that is
 * not possible (see YamlEditPlanner), the document tree is edited and printed again, which keeps
 * comments but not the layout; when even that does not give `after` (aliases, duplicate keys),
 * or the text does not parse, the document is serialized afresh.
 */
export function updateYamlText(text: string, before: JsonValue, after: JsonValue): string {
  const doc = readYaml(text);
  if (doc.errors.length > 0) return serialize(after, "yaml");
  const edited = editYamlInPlace(text, doc, before, after);
  if (edited.ok) return edited.text;
  const rewritten = rewriteYamlText(doc, before, after);
  return rewritten !== undefined && readsAs(rewritten, after) ? rewritten : serialize(after, "yaml");
}

function readsAs(text: string, value: JsonValue): boolean {
  const check = parseDefinition(text, "yaml");
  return check.value !== undefined && deepEqual(check.value, value);
}

/**
 * The minimal edit, checked: the result must read back as `after`, or it is not used.
 * Exported for tests, which assert that the cases they cover never need the rewrite.
 */
export function editYamlInPlace(text: string, doc: Document, before: JsonValue, after: JsonValue): YamlEditOutcome {
  let result: string;
  try {
    const planner = new YamlEditPlanner(text, doc, detectYamlStyle(text, doc), before, after);
    planner.planDiff(before, after);
    result = applyTextEdits(text, planner.finish());
    // Whole lines are removed with their line breaks: a text that had no final line break keeps having none.
    if (!text.endsWith("\n") && result.endsWith("\n")) result = result.replace(/\r?\n$/, "");
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return readsAs(result, after) ? { ok: true, text: result } : { ok: false, reason: "The edited text does not read back as the new document" };
}

/** The edit as editYamlInPlace makes it, parsing `text` first (for tests). */
export function editYamlTextInPlace(text: string, before: JsonValue, after: JsonValue): YamlEditOutcome {
  const doc = readYaml(text);
  return doc.errors.length > 0 ? { ok: false, reason: "The text does not parse" } : editYamlInPlace(text, doc, before, after);
}

/**
 * The fallback: edits the document tree and prints it again (comments survive, layout does not).
 * Undefined when the tree cannot take the edit (a path through an alias); the result may still
 * not read back as `after` (an alias repeats an edited anchor; duplicate keys), which the caller checks.
 */
function rewriteYamlText(doc: Document, before: JsonValue, after: JsonValue): string | undefined {
  try {
    return rewriteTree(doc, before, after);
  } catch {
    return undefined;
  }
}

function rewriteTree(doc: Document, before: JsonValue, after: JsonValue): string {
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
