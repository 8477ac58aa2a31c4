/**
 * `{% … %}`: how a JSONata expression is written in a string value of a JSONata state.
 *
 * DECISION (recorded, corpus 0002): only a string that *starts* with `{%` and *ends* with `%}` is
 * an expression; anything else is a literal, `" {% states.input %} "` (with spaces) included.
 * AWS quotes the expression in causes without the delimiters and the surrounding blanks
 * ('$doesNotExist' for "{% $doesNotExist %}", corpus 0037).
 */

export const JSONATA_OPEN = "{%";
export const JSONATA_CLOSE = "%}";

export function isJsonataExpression(value: unknown): value is string {
  return typeof value === "string" && value.length >= 4 && value.startsWith(JSONATA_OPEN) && value.endsWith(JSONATA_CLOSE);
}

/** The text between the delimiters, as written (offset 2 in the string value). */
export function jsonataBody(value: string): string {
  return value.slice(2, -2);
}

/** The expression as AWS quotes it in an error cause: the body without surrounding blanks. */
export function jsonataQuoted(value: string): string {
  return jsonataBody(value).trim();
}
