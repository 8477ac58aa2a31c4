import { printParseErrorCode, visit } from "jsonc-parser";
import { hasOwn, setOwn, toPointer, type JsonObject, type JsonValue } from "../json";
import { CompactSourceMap } from "./compactSourceMap";
import { hasByteOrderMark, LineIndex } from "./lineIndex";
import { MAX_NESTING_DEPTH, nestingTooDeep } from "./nesting";
import type { ParseProblem, ParseResult, TextSpan } from "./types";

interface Frame {
  container: JsonObject | JsonValue[];
  /** The container's node in the source map. */
  node: number;
  /** How the container is reached from its parent: a member name or an array position. */
  segment: string | number;
  key?: { name: string; offset: number; length: number };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: "Unexpected character",
  InvalidNumberFormat: "Invalid number",
  PropertyNameExpected: "Expected a property name in double quotes",
  ValueExpected: "Expected a value",
  ColonExpected: "Expected ':' after the property name",
  CommaExpected: "Expected ',' between entries",
  CloseBraceExpected: "Expected '}' to close the object",
  CloseBracketExpected: "Expected ']' to close the array",
  EndOfFileExpected: "Unexpected text after the end of the document",
  InvalidCommentToken: "Comments are not allowed in JSON",
  UnexpectedEndOfComment: "Unterminated comment",
  UnexpectedEndOfString: "Unterminated string",
  UnexpectedEndOfNumber: "Unterminated number",
  InvalidUnicode: "Invalid unicode escape",
  InvalidEscapeCharacter: "Invalid escape character in string",
  InvalidCharacter: "Invalid character in string (control characters must be escaped)",
};

/**
 * Parses strict JSON into a value plus a pointer → text span map. Never throws. A UTF-8 byte
 * order mark at the start (files saved by some Windows editors) is not part of the document: it
 * is read as a blank of the same length, so every offset still points into `text` itself.
 */
export function parseJson(text: string): ParseResult {
  const lineIndex = new LineIndex(text);
  // Roughly one node per 8 characters of pretty-printed ASL; the map grows if needed.
  const sourceMap = new CompactSourceMap(text.length >> 3);
  const problems: ParseProblem[] = [];
  const problem = (code: ParseProblem["code"], message: string, span: TextSpan, fatal: boolean, pointer?: string) => {
    const { line, column } = lineIndex.positionAt(span.offset);
    problems.push(pointer === undefined ? { code, message, fatal, span, line, column } : { code, message, fatal, span, line, column, pointer });
  };

  if (text.trim() === "") {
    problem("EMPTY_DOCUMENT", "The document is empty", { offset: 0, length: 0 }, true);
    return { format: "json", value: undefined, sourceMap, problems, lineIndex };
  }
  const deep = nestingTooDeep(text);
  if (deep !== undefined) {
    problem("NESTING_TOO_DEEP", `The document nests objects and arrays more than ${MAX_NESTING_DEPTH} levels deep`, { offset: deep, length: 1 }, true);
    return { format: "json", value: undefined, sourceMap, problems, lineIndex };
  }

  let root: JsonValue | undefined;
  const stack: Frame[] = [];
  /** The pointer of a member of the innermost container; built only when a problem needs it. */
  const pointerOf = (name: string) => toPointer([...stack.slice(1).map((f) => f.segment), name]);

  /** Records a value under the current container; returns its node and how it is reached. */
  const attach = (value: JsonValue, offset: number, length: number): { node: number; segment: string | number } | undefined => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = value;
      return { node: sourceMap.add(-1, undefined, 0, 0, offset, length), segment: "" };
    }
    if (Array.isArray(parent.container)) {
      const segment = parent.container.length;
      parent.container.push(value);
      return { node: sourceMap.add(parent.node, undefined, 0, 0, offset, length), segment };
    }
    const key = parent.key;
    if (!key) return undefined; // a value without a key: the parser reports the syntax error
    setOwn(parent.container, key.name, value);
    parent.key = undefined;
    return { node: sourceMap.add(parent.node, key.name, key.offset, key.length, offset, length), segment: key.name };
  };

  const open = (container: JsonObject | JsonValue[], offset: number) => {
    const attached = attach(container, offset, 1);
    stack.push({ container, node: attached?.node ?? -1, segment: attached?.segment ?? "" });
  };

  const close = (offset: number, length: number) => {
    const frame = stack.pop();
    if (frame && frame.node >= 0) sourceMap.setValueEnd(frame.node, offset + length);
  };

  visit(
    hasByteOrderMark(text) ? ` ${text.slice(1)}` : text,
    {
      onObjectBegin: (offset) => open({}, offset),
      onObjectEnd: close,
      onArrayBegin: (offset) => open([], offset),
      onArrayEnd: close,
      onObjectProperty: (name, offset, length) => {
        const frame = stack[stack.length - 1];
        if (!frame || Array.isArray(frame.container)) return;
        if (hasOwn(frame.container, name)) {
          problem("DUPLICATE_KEY", `Duplicate key "${name}": the last value wins and the earlier one is ignored`, { offset, length }, false, pointerOf(name));
        }
        frame.key = { name, offset, length };
      },
      onLiteralValue: (value: JsonValue, offset, length) => {
        attach(value, offset, length);
      },
      onError: (code, offset, length) => {
        const name = printParseErrorCode(code);
        problem("SYNTAX_ERROR", SYNTAX_MESSAGES[name] ?? name, { offset, length: Math.max(length, 1) }, true);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );

  const fatal = problems.some((p) => p.fatal);
  return { format: "json", value: fatal ? undefined : root, sourceMap, problems, lineIndex };
}
