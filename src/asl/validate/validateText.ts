import type { Diagnostic } from "../diagnostics";
import { parseDefinition } from "../parse/parseDefinition";
import type { ParseResult, TextFormat } from "../parse/types";
import { validate, type ValidateOptions } from "./validate";

export interface TextValidation {
  parse: ParseResult;
  diagnostics: Diagnostic[];
}

/** Text → parse problems (syntax, duplicate keys) and, when it parsed, the validator's findings, all located. */
export function validateText(text: string, format: TextFormat, options: Omit<ValidateOptions, "source"> = {}): TextValidation {
  const parse = parseDefinition(text, format);
  const problems: Diagnostic[] = parse.problems.map((p) => ({
    severity: p.fatal ? "error" : "warning",
    code: p.code,
    message: p.message,
    path: p.pointer ?? "",
    range: {
      start: { line: p.line, column: p.column },
      end: parse.lineIndex.positionAt(p.span.offset + p.span.length),
      offset: p.span.offset,
      length: p.span.length,
    },
  }));
  if (parse.value === undefined) return { parse, diagnostics: problems };
  const found = validate(parse.value, { ...options, source: { sourceMap: parse.sourceMap, lineIndex: parse.lineIndex } });
  return { parse, diagnostics: [...problems, ...found] };
}
