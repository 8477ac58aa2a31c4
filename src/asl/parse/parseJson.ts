import { printParseErrorCode, visit } from "jsonc-parser";
import { appendPointer, hasOwn, setOwn, type JsonObject, type JsonValue } from "../json";
import { LineIndex } from "./lineIndex";
import { MAX_NESTING_DEPTH, nestingTooDeep } from "./nesting";
import type { ParseProblem, ParseResult, SourceMap, TextSpan } from "./types";

interface Frame {
  container: JsonObject | JsonValue[];
  pointer: string;
  offset: number;
  key?: { name: string; span: TextSpan };
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

/** Parses strict JSON into a value plus a pointer → text span map. Never throws. */
export function parseJson(text: string): ParseResult {
  const lineIndex = new LineIndex(text);
  const sourceMap: SourceMap = new Map();
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

  const attach = (value: JsonValue, span: TextSpan): string => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = value;
      sourceMap.set("", { value: span });
      return "";
    }
    if (Array.isArray(parent.container)) {
      const pointer = appendPointer(parent.pointer, parent.container.length);
      parent.container.push(value);
      sourceMap.set(pointer, { value: span });
      return pointer;
    }
    const key = parent.key;
    if (!key) return parent.pointer; // a value without a key: the syntax error is reported by the parser
    const pointer = appendPointer(parent.pointer, key.name);
    setOwn(parent.container, key.name, value);
    sourceMap.set(pointer, { value: span, key: key.span });
    parent.key = undefined;
    return pointer;
  };

  const open = (container: JsonObject | JsonValue[], offset: number) => {
    const pointer = attach(container, { offset, length: 1 });
    stack.push({ container, pointer, offset });
  };

  const close = (offset: number, length: number) => {
    const frame = stack.pop();
    if (!frame) return;
    const node = sourceMap.get(frame.pointer);
    if (node) node.value = { offset: frame.offset, length: offset + length - frame.offset };
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => open({}, offset),
      onObjectEnd: close,
      onArrayBegin: (offset) => open([], offset),
      onArrayEnd: close,
      onObjectProperty: (name, offset, length) => {
        const frame = stack[stack.length - 1];
        if (!frame || Array.isArray(frame.container)) return;
        if (hasOwn(frame.container, name)) {
          const pointer = appendPointer(frame.pointer, name);
          problem("DUPLICATE_KEY", `Duplicate key "${name}": the last value wins and the earlier one is ignored`, { offset, length }, false, pointer);
        }
        frame.key = { name, span: { offset, length } };
      },
      onLiteralValue: (value: JsonValue, offset, length) => {
        attach(value, { offset, length });
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
