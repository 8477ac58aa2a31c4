import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Document } from "yaml";
import { appendPointer, hasOwn, setOwn, type JsonObject, type JsonValue } from "../json";
import { LineIndex } from "./lineIndex";
import { MAX_NESTING_DEPTH, nestingTooDeep } from "./nesting";
import type { ParseProblem, ParseResult, SourceNode, TextSpan } from "./types";

/** Alias expansion is capped so a few lines of anchors cannot expand into millions of nodes. */
const MAX_NODES = 2_000_000;

class YamlReadError extends Error {
  constructor(
    message: string,
    readonly span: TextSpan,
  ) {
    super(message);
  }
}

function spanOf(node: { range?: [number, number, number] | null } | null | undefined): TextSpan {
  const range = node?.range;
  return range ? { offset: range[0], length: Math.max(0, range[1] - range[0]) } : { offset: 0, length: 0 };
}

/** Parses YAML (1.2 core schema) into a JSON value plus a pointer → text span map. Never throws. */
export function parseYaml(text: string): ParseResult {
  const lineIndex = new LineIndex(text);
  const sourceMap = new Map<string, SourceNode>();
  const problems: ParseProblem[] = [];
  const problem = (code: ParseProblem["code"], message: string, span: TextSpan, fatal: boolean, pointer?: string) => {
    const { line, column } = lineIndex.positionAt(span.offset);
    problems.push(pointer === undefined ? { code, message, fatal, span, line, column } : { code, message, fatal, span, line, column, pointer });
  };
  const done = (value: JsonValue | undefined): ParseResult => ({
    format: "yaml",
    value: problems.some((p) => p.fatal) ? undefined : value,
    sourceMap,
    problems,
    lineIndex,
  });

  const deep = nestingTooDeep(text);
  if (deep !== undefined) {
    problem("NESTING_TOO_DEEP", `The document nests objects and arrays more than ${MAX_NESTING_DEPTH} levels deep`, { offset: deep, length: 1 }, true);
    return done(undefined);
  }

  let doc: Document;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (error) {
    problem("SYNTAX_ERROR", error instanceof RangeError ? "The document is too deeply nested" : String(error), { offset: 0, length: 0 }, true);
    return done(undefined);
  }
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    problem("SYNTAX_ERROR", error.message.split("\n")[0] ?? error.message, { offset: start, length: Math.max(1, end - start) }, true);
  }
  if (problems.length > 0) return done(undefined);
  if (doc.contents === null) {
    problem("EMPTY_DOCUMENT", "The document is empty", { offset: 0, length: 0 }, true);
    return done(undefined);
  }

  let nodeCount = 0;
  const resolving = new Set<YamlNode>();

  const read = (node: unknown, pointer: string, depth: number): JsonValue => {
    if (++nodeCount > MAX_NODES) throw new YamlReadError("The document expands to too many nodes (alias expansion)", spanOf(node as YamlNode));
    if (depth > MAX_NESTING_DEPTH) throw new YamlReadError(`The document nests more than ${MAX_NESTING_DEPTH} levels deep`, spanOf(node as YamlNode));
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) throw new YamlReadError(`Unknown alias *${node.source}`, spanOf(node));
      if (resolving.has(target)) throw new YamlReadError(`Alias *${node.source} refers to itself`, spanOf(node));
      resolving.add(target);
      try {
        return read(target, pointer, depth + 1);
      } finally {
        resolving.delete(target);
      }
    }
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || typeof value === "string" || typeof value === "boolean") return value;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) throw new YamlReadError("Infinity and NaN cannot be represented in JSON", spanOf(node));
        return value;
      }
      if (typeof value === "bigint") return Number(value);
      throw new YamlReadError("This YAML value has no JSON equivalent", spanOf(node));
    }
    if (isSeq(node)) {
      const array: JsonValue[] = [];
      node.items.forEach((item, index) => {
        const itemPointer = appendPointer(pointer, index);
        sourceMap.set(itemPointer, { value: spanOf(item as YamlNode) });
        array.push(read(item, itemPointer, depth + 1));
      });
      return array;
    }
    if (isMap(node)) {
      const object: JsonObject = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        let key: string;
        if (isScalar(keyNode) && (keyNode.value === null || typeof keyNode.value !== "object")) key = String(keyNode.value);
        else throw new YamlReadError("Only plain keys are supported (no maps or lists as keys)", spanOf(keyNode as YamlNode));
        const memberPointer = appendPointer(pointer, key);
        const keySpan = spanOf(keyNode);
        if (hasOwn(object, key)) {
          problem("DUPLICATE_KEY", `Duplicate key "${key}": the last value wins and the earlier one is ignored`, keySpan, false, memberPointer);
        }
        const valueNode = pair.value as YamlNode | null;
        sourceMap.set(memberPointer, { value: valueNode ? spanOf(valueNode) : { offset: keySpan.offset + keySpan.length, length: 0 }, key: keySpan });
        setOwn(object, key, valueNode === null ? null : read(valueNode, memberPointer, depth + 1));
      }
      return object;
    }
    throw new YamlReadError("Unsupported YAML node", spanOf(node as YamlNode));
  };

  try {
    sourceMap.set("", { value: spanOf(doc.contents) });
    return done(read(doc.contents, "", 0));
  } catch (error) {
    if (error instanceof YamlReadError) problem("UNSUPPORTED_YAML", error.message, error.span, true);
    else problem("SYNTAX_ERROR", error instanceof RangeError ? "The document is too deeply nested" : String(error), { offset: 0, length: 0 }, true);
    return done(undefined);
  }
}
