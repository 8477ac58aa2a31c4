import type { Diagnostic } from "../diagnostics";
import { parsePointer } from "../json";
import { parseDefinition } from "../parse/parseDefinition";
import type { ParseProblem, ParseResult, TextFormat } from "../parse/types";
import { validate, type ValidateOptions } from "./validate";

export interface TextValidation {
  parse: ParseResult;
  diagnostics: Diagnostic[];
}

/**
 * A key written twice in one `States` object is two states with one name: the parser keeps the
 * last, and the guide requires unique names (seed L2376–L2377), so it is an error here.
 */
function problemDiagnostic(p: ParseProblem, parse: ParseResult): Diagnostic {
  const range = {
    start: { line: p.line, column: p.column },
    end: parse.lineIndex.positionAt(p.span.offset + p.span.length),
    offset: p.span.offset,
    length: p.span.length,
  };
  const segments = p.pointer === undefined ? [] : parsePointer(p.pointer);
  if (p.code === "DUPLICATE_KEY" && p.pointer !== undefined && segments[segments.length - 2] === "States") {
    const name = segments[segments.length - 1] as string;
    return {
      severity: "error",
      code: "DUPLICATE_STATE_NAME",
      message: `State name ${JSON.stringify(name)} is written twice in the same States object; only the last one would be kept. Names must be unique in the whole state machine (seed L2376–L2377): rename one of them.`,
      path: p.pointer,
      range,
      statePointer: p.pointer,
      stateName: name,
    };
  }
  return { severity: p.fatal ? "error" : "warning", code: p.code, message: p.message, path: p.pointer ?? "", range };
}

/**
 * Text → parse problems (syntax, duplicate keys) and, when it parsed, the validator's findings,
 * all located and in document order.
 */
export function validateText(text: string, format: TextFormat, options: Omit<ValidateOptions, "source"> = {}): TextValidation {
  return validateParsed(parseDefinition(text, format), text, options);
}

/** The parse's own problems as diagnostics (syntax errors, duplicate keys), located. */
export function parseDiagnostics(parse: ParseResult): Diagnostic[] {
  return parse.problems.map((p) => problemDiagnostic(p, parse));
}

/** validateText for a text already parsed. */
export function validateParsed(parse: ParseResult, text: string, options: Omit<ValidateOptions, "source"> = {}): TextValidation {
  const problems = parseDiagnostics(parse);
  if (parse.value === undefined) return { parse, diagnostics: problems };
  const found = validate(parse.value, { ...options, source: { sourceMap: parse.sourceMap, lineIndex: parse.lineIndex, text } });
  if (problems.length === 0) return { parse, diagnostics: found };
  const all = [...problems, ...found].map((d, i) => ({ d, i }));
  all.sort((a, b) => (a.d.range?.offset ?? 0) - (b.d.range?.offset ?? 0) || a.i - b.i);
  return { parse, diagnostics: all.map(({ d }) => d) };
}
