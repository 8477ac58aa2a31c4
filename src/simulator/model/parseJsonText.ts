/**
 * Strict JSON with a located error (line and column, 1-based), for the sample-input and mock
 * editors: "the simulator validates the JSON input and highlights syntax errors" (seed L7950).
 */
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { JsonValue } from "../../asl/json";

export type JsonTextResult = { ok: true; value: JsonValue } | { ok: false; message: string; line: number; column: number; offset: number };

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "Unexpected character",
  InvalidNumberFormat: "Invalid number",
  PropertyNameExpected: "A property name in double quotes is expected",
  ValueExpected: "A value is expected",
  ColonExpected: "A colon is expected",
  CommaExpected: "A comma is expected",
  CloseBraceExpected: "A closing brace } is expected",
  CloseBracketExpected: "A closing bracket ] is expected",
  EndOfFileExpected: "Nothing may follow the value",
  InvalidCommentToken: "Comments are not allowed in JSON",
  UnexpectedEndOfComment: "Unexpected end of comment",
  UnexpectedEndOfString: "The string is not closed",
  UnexpectedEndOfNumber: "Unexpected end of number",
  InvalidUnicode: "Invalid unicode escape",
  InvalidEscapeCharacter: "Invalid escape character",
  InvalidCharacter: "Invalid character",
};

export function parseJsonText(text: string): JsonTextResult {
  if (text.trim() === "") return { ok: false, message: "The input is empty: type a JSON value, e.g. {}", line: 1, column: 1, offset: 0 };
  const errors: ParseError[] = [];
  const value = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }) as JsonValue;
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    const code = printParseErrorCode(first.error);
    return { ok: false, message: MESSAGES[code] ?? code, line, column, offset: first.offset };
  }
  return { ok: true, value };
}
