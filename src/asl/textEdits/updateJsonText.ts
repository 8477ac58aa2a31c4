import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from "jsonc-parser";
import { getOwn, isJsonObject, type JsonValue } from "../json";
import { diffDocuments, type DocumentChange, type PathSegment } from "./diffDocuments";
import { insertionIndex } from "./insertionIndex";

/** Detects the text's indentation and line ending, so inserted parts look like their neighbours. */
export function detectFormatting(text: string): Required<Pick<FormattingOptions, "insertSpaces" | "tabSize" | "eol">> {
  const indent = /^( +|\t+)"/m.exec(text)?.[1] ?? "  ";
  return { insertSpaces: !indent.startsWith("\t"), tabSize: indent.startsWith("\t") ? 1 : indent.length, eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/**
 * Rewrites only what changed between `before` (the document `text` holds) and `after`:
 * untouched members, their neighbours included, keep the user's formatting byte for byte.
 */
export function updateJsonText(text: string, before: JsonValue, after: JsonValue): string {
  return updateWith(text, before, after, detectFormatting(text));
}

function updateWith(text: string, before: JsonValue, after: JsonValue, formatting: ReturnType<typeof detectFormatting>): string {
  const changes = diffDocuments(before, after);
  const moved = movedValueTexts(text, before, changes, formatting);
  let result = text;
  for (const change of changes) {
    if (change.kind === "remove") {
      result = removeProperty(result, change.path);
    } else if (change.kind === "renameKey") {
      result = renameKey(result, change.path, change.key);
    } else if (change.kind === "set") {
      result = applyEdits(result, modify(result, change.path, change.value, { formattingOptions: formatting }));
    } else {
      result = insertProperty(result, change.path, change.value, change.order, formatting, moved.get(JSON.stringify(change.path)));
    }
  }
  return result;
}

/**
 * A member that changes places within its object (a state moved onto another edge) is removed
 * and inserted again: it keeps its own text, with the changes to its value made in it.
 */
function movedValueTexts(text: string, before: JsonValue, changes: DocumentChange[], formatting: ReturnType<typeof detectFormatting>): Map<string, string> {
  const removed = new Set(changes.filter((c) => c.kind === "remove").map((c) => JSON.stringify(c.path)));
  const texts = new Map<string, string>();
  const tree = parseTree(text);
  for (const change of changes) {
    const key = JSON.stringify(change.path);
    if (change.kind !== "insert" || !removed.has(key)) continue;
    const node = tree ? findNodeAtLocation(tree, change.path) : undefined;
    const old = change.path.reduce<JsonValue | undefined>((value, segment) => (Array.isArray(value) ? value[Number(segment)] : isJsonObject(value) ? getOwn(value, String(segment)) : undefined), before);
    if (!node || old === undefined) continue;
    texts.set(key, updateWith(text.slice(node.offset, node.offset + node.length), old, change.value, formatting));
  }
  return texts;
}

function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? "";
}

function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

/** Inserts `"key": value` next to its predecessor, indented like its siblings, touching nothing else. */
function insertProperty(text: string, path: PathSegment[], value: JsonValue, order: string[], formatting: ReturnType<typeof detectFormatting>, ownText?: string): string {
  const key = path[path.length - 1] as string;
  const tree = parseTree(text);
  const parent = tree ? findNodeAtLocation(tree, path.slice(0, -1)) : undefined;
  if (!parent || parent.type !== "object") {
    return applyEdits(text, modify(text, path, value, { formattingOptions: formatting, getInsertionIndex: (existing) => insertionIndex(existing, key, order) }));
  }
  const members = parent.children ?? [];
  const unit = formatting.insertSpaces ? " ".repeat(formatting.tabSize) : "\t";
  const eol = formatting.eol;
  const parentIndent = lineIndentAt(text, parent.offset);
  const first = members[0];
  const compact = first !== undefined && sameLine(text, parent.offset, first.offset);
  const indent = first && !compact ? lineIndentAt(text, first.offset) : parentIndent + unit;
  const valueText = ownText ?? (compact ? JSON.stringify(value) : JSON.stringify(value, null, unit).split("\n").join(eol + indent));
  const member = `${JSON.stringify(key)}: ${valueText}`;
  const index = insertionIndex(
    members.map((m) => String(m.children?.[0]?.value)),
    key,
    order,
  );

  if (members.length === 0) {
    const inner = { offset: parent.offset + 1, length: parent.length - 2 };
    return splice(text, inner.offset, inner.length, `${eol}${indent}${member}${eol}${parentIndent}`);
  }
  if (index === 0) return splice(text, (first as { offset: number }).offset, 0, compact ? `${member}, ` : `${member},${eol}${indent}`);
  const previous = members[index - 1] as { offset: number; length: number };
  return splice(text, previous.offset + previous.length, 0, compact ? `, ${member}` : `,${eol}${indent}${member}`);
}

/** Rewrites a member's key and nothing else. */
function renameKey(text: string, path: PathSegment[], key: string): string {
  const tree = parseTree(text);
  const keyNode = tree ? findNodeAtLocation(tree, path)?.parent?.children?.[0] : undefined;
  return keyNode ? splice(text, keyNode.offset, keyNode.length, JSON.stringify(key)) : text;
}

/** Removes a member with its comma, and its whole line when it has one to itself. */
function removeProperty(text: string, path: PathSegment[]): string {
  const tree = parseTree(text);
  const property = tree ? findNodeAtLocation(tree, path)?.parent : undefined;
  const parent = property?.parent;
  if (!property || property.type !== "property" || !parent) return applyEdits(text, modify(text, path, undefined, {}));
  const members = parent.children ?? [];
  const index = members.indexOf(property);
  const next = members[index + 1];
  const previous = members[index - 1];
  if (next) {
    const ownLine = lineIndentAt(text, property.offset).length === property.offset - (text.lastIndexOf("\n", property.offset - 1) + 1);
    const start = ownLine && !sameLine(text, property.offset, next.offset) ? text.lastIndexOf("\n", property.offset - 1) + 1 : property.offset;
    const end = ownLine && !sameLine(text, property.offset, next.offset) ? text.lastIndexOf("\n", next.offset - 1) + 1 : next.offset;
    return splice(text, start, end - start, "");
  }
  if (previous) {
    const start = previous.offset + previous.length;
    return splice(text, start, property.offset + property.length - start, "");
  }
  return splice(text, parent.offset + 1, parent.length - 2, "");
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}
