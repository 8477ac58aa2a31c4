import type { JsonValue } from "../json";
import type { LineIndex } from "./lineIndex";

export type TextFormat = "json" | "yaml";

/** A span of the source text, in UTF-16 offsets. */
export interface TextSpan {
  offset: number;
  length: number;
}

/** Where one node of the document is written: its value and, for an object member, its key. */
export interface SourceNode {
  value: TextSpan;
  key?: TextSpan;
}

/** JSON Pointer → where that node is written. The root is "". */
export interface SourceMap {
  get(pointer: string): SourceNode | undefined;
  has(pointer: string): boolean;
}

export type ParseProblemCode = "SYNTAX_ERROR" | "DUPLICATE_KEY" | "NESTING_TOO_DEEP" | "UNSUPPORTED_YAML" | "EMPTY_DOCUMENT";

export interface ParseProblem {
  code: ParseProblemCode;
  message: string;
  /** Fatal problems mean the text is not a usable document; the editor keeps the last good one. */
  fatal: boolean;
  span: TextSpan;
  line: number;
  column: number;
  /** For DUPLICATE_KEY: the pointer of the repeated member. */
  pointer?: string;
}

export interface ParseResult {
  format: TextFormat;
  /** The document, or undefined when a fatal problem prevented reading it. */
  value: JsonValue | undefined;
  sourceMap: SourceMap;
  problems: ParseProblem[];
  lineIndex: LineIndex;
}
