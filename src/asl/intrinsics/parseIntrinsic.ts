/**
 * Parser for intrinsic function calls (asl-semantics.md §7): `States.Name(arg, …)` where an
 * argument is a single-quoted string (escapes \' \{ \} \\), a number, true/false/null,
 * a path ($…, $$…, $variable…) or a nested call.
 */

export type IntrinsicArg =
  | { kind: "string"; value: string; /** Text between the quotes, escapes kept (States.Format needs them). */ raw: string; offset: number }
  | { kind: "number"; value: number; offset: number }
  | { kind: "boolean"; value: boolean; offset: number }
  | { kind: "null"; offset: number }
  | PathArg
  | IntrinsicCall;

export interface PathArg {
  kind: "path";
  path: string;
  offset: number;
  /** The path compiled by whoever resolves it, kept for the next call (undefined until then). */
  compiled?: unknown;
}

export interface IntrinsicCall {
  kind: "call";
  name: string;
  args: IntrinsicArg[];
  offset: number;
  /** Offset just past the closing parenthesis. */
  end: number;
  /** The function's implementation, looked up by whoever evaluates the call, kept for the next time. */
  impl?: unknown;
}

export class IntrinsicSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** True when a `.$` value is written as an intrinsic call rather than a path. */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9]+\s*\(/.test(text);
}

const NAME = /^States\.[A-Za-z0-9]+/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/;

export function parseIntrinsic(text: string): IntrinsicCall {
  let pos = 0;

  const skipSpaces = () => {
    while (pos < text.length && /\s/.test(text[pos] as string)) pos++;
  };

  const readCall = (): IntrinsicCall => {
    skipSpaces();
    const offset = pos;
    const match = NAME.exec(text.slice(pos));
    if (!match) throw new IntrinsicSyntaxError("Expected an intrinsic function name like States.Format", pos);
    const name = match[0];
    pos += name.length;
    skipSpaces();
    if (text[pos] !== "(") throw new IntrinsicSyntaxError(`Expected ( after ${name}`, pos);
    pos++;
    const args: IntrinsicArg[] = [];
    skipSpaces();
    if (text[pos] === ")") {
      pos++;
      return { kind: "call", name, args, offset, end: pos, impl: undefined };
    }
    for (;;) {
      args.push(readArg());
      skipSpaces();
      const ch = text[pos];
      if (ch === ",") {
        pos++;
        continue;
      }
      if (ch === ")") {
        pos++;
        return { kind: "call", name, args, offset, end: pos, impl: undefined };
      }
      throw new IntrinsicSyntaxError(ch === undefined ? `Missing ) to close ${name}(` : `Expected , or ) but found "${ch}"`, pos);
    }
  };

  const readArg = (): IntrinsicArg => {
    skipSpaces();
    const offset = pos;
    const ch = text[pos];
    if (ch === undefined) throw new IntrinsicSyntaxError("Expected an argument", pos);
    if (ch === "'") return readString();
    if (ch === "$") return { kind: "path", path: readPathText(), offset, compiled: undefined };
    if (text.startsWith("States.", pos)) return readCall();
    const number = NUMBER.exec(text.slice(pos));
    if (number) {
      pos += number[0].length;
      return { kind: "number", value: Number(number[0]), offset };
    }
    for (const [word, arg] of [
      ["true", { kind: "boolean", value: true, offset }],
      ["false", { kind: "boolean", value: false, offset }],
      ["null", { kind: "null", offset }],
    ] as const) {
      if (text.startsWith(word, pos) && !/[A-Za-z0-9_]/.test(text[pos + word.length] ?? "")) {
        pos += word.length;
        return arg;
      }
    }
    throw new IntrinsicSyntaxError(`Unexpected "${ch}": an argument is a 'string', a number, true, false, null, a path or States.Function(…)`, pos);
  };

  const readString = (): IntrinsicArg => {
    const offset = pos;
    pos++; // opening quote
    let value = "";
    const rawStart = pos;
    while (pos < text.length) {
      const ch = text[pos] as string;
      if (ch === "\\") {
        const next = text[pos + 1];
        if (next === undefined || !"'{}\\".includes(next)) {
          throw new IntrinsicSyntaxError("Unfinished escape: only \\' \\{ \\} and \\\\ are allowed in an intrinsic string", pos);
        }
        value += next;
        pos += 2;
        continue;
      }
      if (ch === "'") {
        const raw = text.slice(rawStart, pos);
        pos++;
        return { kind: "string", value, raw, offset };
      }
      value += ch;
      pos++;
    }
    throw new IntrinsicSyntaxError("Unclosed string: missing '", offset);
  };

  /** A path argument runs to the next , or ) outside brackets and quotes. */
  const readPathText = (): string => {
    const start = pos;
    let depth = 0;
    let quote: string | undefined;
    for (; pos < text.length; pos++) {
      const ch = text[pos] as string;
      if (quote) {
        if (ch === "\\") pos++;
        else if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (depth === 0) break;
        quote = ch;
      } else if (ch === "[" || ch === "(") depth++;
      else if (ch === "]" || (ch === ")" && depth > 0)) depth--;
      else if (depth === 0 && (ch === "," || ch === ")")) break;
    }
    return text.slice(start, pos).trimEnd();
  };

  const call = readCall();
  skipSpaces();
  if (pos < text.length) throw new IntrinsicSyntaxError(`Unexpected text after the call: "${text.slice(pos, pos + 20)}"`, pos);
  return call;
}

/** Number of intrinsic calls in an expression, nested ones included (the guide's limit is 10). */
export function countCalls(call: IntrinsicCall): number {
  return 1 + call.args.reduce((sum, arg) => sum + (arg.kind === "call" ? countCalls(arg) : 0), 0);
}

/**
 * Splits a States.Format template into literal text and `{}` placeholders. `\{`, `\}`, `\'` and
 * `\\` are escapes for literal characters (seed L3162–L3190).
 */
export function splitFormatTemplate(raw: string): { parts: string[]; placeholders: number } {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === "\\" && i + 1 < raw.length && "'{}\\".includes(raw[i + 1] as string)) {
      current += raw[i + 1];
      i++;
    } else if (ch === "{" && raw[i + 1] === "}") {
      parts.push(current);
      current = "";
      i++;
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return { parts, placeholders: parts.length - 1 };
}
