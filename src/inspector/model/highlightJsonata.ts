/**
 * Tokens for the expression editors' highlighting: a field's text is JSON (object keys, strings,
 * numbers…) in which a string written `{% … %}` holds a JSONata expression, or one bare
 * `{% … %}` expression. JSONata is split into variables (`$name`), `$states`, function calls,
 * strings, numbers, keywords, operators, comments and regular expressions. Tokens concatenate
 * back to the text, always (the highlight sits under the text area, character for character).
 */

export type HighlightKind =
  | "key"
  | "string"
  | "number"
  | "literal"
  | "punctuation"
  | "space"
  | "delimiter"
  | "states"
  | "variable"
  | "function"
  | "keyword"
  | "operator"
  | "name"
  | "comment"
  | "regex"
  | "error";

export interface HighlightToken {
  kind: HighlightKind;
  text: string;
}

const KEYWORDS = new Set(["and", "or", "in", "true", "false", "null", "function"]);

/** JSONata tokens of an expression body (the text between `{%` and `%}`). */
export function tokenizeJsonata(body: string): HighlightToken[] {
  const tokens: HighlightToken[] = [];
  let i = 0;
  const push = (kind: HighlightKind, text: string) => {
    if (text !== "") tokens.push({ kind, text });
  };
  const lastSignificant = (): HighlightToken | undefined => {
    for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]?.kind !== "space" && tokens[k]?.kind !== "comment") return tokens[k];
    return undefined;
  };
  while (i < body.length) {
    const ch = body.charAt(i);
    const rest = body.slice(i);
    if (/\s/.test(ch)) {
      const m = /^\s+/.exec(rest)?.[0] ?? ch;
      push("space", m);
      i += m.length;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = body.indexOf("*/", i + 2);
      const stop = end < 0 ? body.length : end + 2;
      push("comment", body.slice(i, stop));
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") {
      let j = i + 1;
      // Inside a JSON string a quote may be written \" : skip escapes either way.
      while (j < body.length && body.charAt(j) !== ch) j += body.charAt(j) === "\\" ? 2 : 1;
      const stop = Math.min(body.length, j + 1);
      push(ch === "`" ? "name" : "string", body.slice(i, stop));
      i = stop;
      continue;
    }
    if (ch === "\\" && (body.charAt(i + 1) === '"' || body.charAt(i + 1) === "\\")) {
      // A JSON-escaped quote: a JSONata string written inside a JSON string ("{% \"x\" %}").
      let j = i + 2;
      while (j < body.length && !(body.charAt(j) === "\\" && body.charAt(j + 1) === '"')) j++;
      const stop = Math.min(body.length, j + 2);
      push("string", body.slice(i, stop));
      i = stop;
      continue;
    }
    if (ch === "$") {
      const m = /^\$\$?[\p{L}\p{N}_]*/u.exec(rest)?.[0] ?? "$";
      const after = body.slice(i + m.length);
      const kind: HighlightKind = m === "$states" ? "states" : /^\s*\(/.test(after) && m.length > 1 ? "function" : "variable";
      push(kind, m);
      i += m.length;
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest)?.[0];
    if (number) {
      push("number", number);
      i += number.length;
      continue;
    }
    const word = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest)?.[0];
    if (word) {
      push(KEYWORDS.has(word) ? "keyword" : "name", word);
      i += word.length;
      continue;
    }
    if (ch === "/") {
      const previous = lastSignificant();
      const operand = previous && (previous.kind === "name" || previous.kind === "number" || previous.kind === "variable" || previous.kind === "states" || previous.kind === "string" || (previous.kind === "punctuation" && /[)\]}]$/.test(previous.text)));
      if (!operand) {
        const m = /^\/(?:[^/\\\n]|\\.)*\/[a-z]*/.exec(rest)?.[0];
        if (m) {
          push("regex", m);
          i += m.length;
          continue;
        }
      }
    }
    const op = /^(?::=|~>|!=|<=|>=|\.\.|[-+*/%=<>&!?^#@~|])/.exec(rest)?.[0];
    if (op) {
      push("operator", op);
      i += op.length;
      continue;
    }
    if (ch === "λ") {
      push("keyword", ch);
      i++;
      continue;
    }
    push("punctuation", ch);
    i++;
  }
  return tokens;
}

const JSON_TOKEN = /("(?:[^"\\\n]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false|null)\b|([{}[\],:])|(\s+)|(.)/gsy;

function expressionTokens(text: string, open: string, close: string): HighlightToken[] {
  const body = text.slice(open.length, text.length - close.length);
  return [{ kind: "delimiter", text: open }, ...tokenizeJsonata(body), ...(close ? [{ kind: "delimiter" as const, text: close }] : [])];
}

/** A JSON string token (with its quotes) that holds `{% … %}`: the quotes, delimiters and JSONata. */
function jsonStringTokens(raw: string, key: boolean): HighlightToken[] {
  const closed = raw.length >= 2 && raw.endsWith('"') && !raw.endsWith('\\"');
  const content = raw.slice(1, closed ? -1 : undefined);
  if (!key && content.startsWith("{%")) {
    const hasClose = content.endsWith("%}") && content.length >= 4;
    return [{ kind: "string", text: '"' }, ...expressionTokens(content, "{%", hasClose ? "%}" : ""), ...(closed ? [{ kind: "string" as const, text: '"' }] : [])];
  }
  return [{ kind: key ? "key" : "string", text: raw }];
}

/**
 * Tokens of a field's text: one bare `{% … %}` expression, or JSON whose string values may be
 * expressions. Text that is neither still gets tokens (the user is typing it).
 */
export function tokenizeExpressionField(text: string): HighlightToken[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{%")) {
    const lead = text.slice(0, text.length - trimmed.length);
    const trail = /\s*$/.exec(trimmed)?.[0] ?? "";
    const core = trimmed.slice(0, trimmed.length - trail.length);
    const close = core.endsWith("%}") && core.length >= 4 ? "%}" : "";
    return [...(lead ? [{ kind: "space" as const, text: lead }] : []), ...expressionTokens(core, "{%", close), ...(trail ? [{ kind: "space" as const, text: trail }] : [])];
  }
  const tokens: HighlightToken[] = [];
  JSON_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = JSON_TOKEN.exec(text)) !== null) {
    const [, str, colon, num, literal, punct, space, other] = match;
    if (str !== undefined) {
      tokens.push(...jsonStringTokens(str, colon !== undefined));
      if (colon) tokens.push({ kind: "punctuation", text: colon });
    } else if (num !== undefined) tokens.push({ kind: "number", text: num });
    else if (literal !== undefined) tokens.push({ kind: "literal", text: literal });
    else if (punct !== undefined) tokens.push({ kind: "punctuation", text: punct });
    else if (space !== undefined) tokens.push({ kind: "space", text: space });
    else if (other !== undefined) tokens.push({ kind: "error", text: other });
    if (JSON_TOKEN.lastIndex >= text.length) break;
  }
  return tokens;
}
