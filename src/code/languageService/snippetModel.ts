/**
 * Snippets are written once as a small tree and rendered as JSON or YAML snippet text
 * (Monaco/TextMate syntax: $1, ${1:default}, ${1|a,b|}). Mirrored tab stops (the same number
 * twice, e.g. a branch's StartAt and its first state's name) come out of the same tree.
 *
 * Indentation: JSON uses `\t` per level (Monaco re-indents snippet text to the editor's
 * settings); YAML uses two spaces per level, because YAML's item continuation lines ("- a: 1"
 * then "  b: 2") must line up exactly. Every line after the first is relative to the line the
 * cursor is on.
 */
import { stringify } from "yaml";
import type { JsonValue } from "../../asl/json";
import type { TextFormat } from "./types";

export type Snip =
  /** Literal JSON, rendered as is (escaped for snippet syntax). */
  | { t: "lit"; value: JsonValue }
  /** A tab stop. `str` renders it as a string (quoted in JSON). */
  | { t: "tab"; n: number; def?: string | number | boolean; choices?: readonly string[]; str?: boolean }
  /** An object; a key may itself be a tab stop (a new state's name). */
  | { t: "obj"; entries: ReadonlyArray<readonly [string | Snip, Snip]> }
  | { t: "arr"; items: readonly Snip[] }
  /** An empty object to fill in, with the cursor inside: JSON `{$n}`, YAML a new indented line. */
  | { t: "emptyObj"; n: number };

/** Literal JSON; objects and arrays become structure so they are laid out like the rest. */
export const lit = (value: JsonValue): Snip => {
  if (Array.isArray(value) && value.length > 0) return { t: "arr", items: value.map(lit) };
  if (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return { t: "obj", entries: Object.keys(value).map((key) => [key, lit(value[key] as JsonValue)] as const) };
  }
  return { t: "lit", value };
};
export const str = (n: number, def = "", choices?: readonly string[]): Snip => (choices ? { t: "tab", n, def, choices, str: true } : { t: "tab", n, def, str: true });
export const num = (n: number, def: number): Snip => ({ t: "tab", n, def });
export const choice = (n: number, choices: readonly string[], quoted = true): Snip => ({ t: "tab", n, choices, str: quoted });
export const obj = (...entries: Array<readonly [string | Snip, Snip]>): Snip => ({ t: "obj", entries });
export const arr = (...items: Snip[]): Snip => ({ t: "arr", items });
export const emptyObj = (n: number): Snip => ({ t: "emptyObj", n });

/** Escapes text for snippet syntax outside placeholders. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, "\\$&");
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$},|]/g, "\\$&");
}

/** A choice list is only usable when it is short and every option is plain text. */
export function usableChoices(options: readonly string[]): boolean {
  return options.length > 0 && options.length <= 30 && options.every((o) => o.length > 0 && !/[\n\r]/.test(o));
}

const YAML_PLAIN = /^[A-Za-z_$][A-Za-z0-9_ .$\-/@()'{},:*[\]]*$/;

/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlString(value: string): string {
  // yes/no/on/off are booleans in YAML 1.1 (still read so by some tools): quote them too.
  if (/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value)) return JSON.stringify(value);
  if (YAML_PLAIN.test(value) && !/: |\s#| $|:$|[{}[\],]/.test(value)) return value;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function yamlScalar(value: JsonValue): string {
  if (typeof value === "string") return yamlString(value);
  return JSON.stringify(value);
}

function isScalarSnip(snip: Snip): boolean {
  return snip.t === "tab" || (snip.t === "lit" && (snip.value === null || typeof snip.value !== "object"));
}

function isFlowLiteral(snip: Snip): boolean {
  return snip.t === "lit" && typeof snip.value === "object" && snip.value !== null && (Array.isArray(snip.value) ? snip.value.length === 0 : Object.keys(snip.value).length === 0);
}

function renderTab(snip: Extract<Snip, { t: "tab" }>, format: TextFormat): string {
  let body: string;
  if (snip.choices && usableChoices(snip.choices)) body = `\${${snip.n}|${snip.choices.map(escapeChoice).join(",")}|}`;
  else if (snip.def === undefined || snip.def === "") body = `\${${snip.n}}`;
  else if (format === "json" && snip.str) body = `\${${snip.n}:${escapeSnippet(JSON.stringify(String(snip.def)).slice(1, -1))}}`;
  else body = `\${${snip.n}:${escapeSnippet(String(snip.def))}}`;
  if (!snip.str) return body;
  if (format === "json") return `"${body}"`;
  // YAML: quote only when a default or a choice would not survive as a plain scalar.
  const options = snip.choices ?? (typeof snip.def === "string" && snip.def !== "" ? [snip.def] : []);
  return options.some((o) => yamlString(o) !== o) ? `"${body}"` : body;
}

// ---------------------------------------------------------------- JSON

function jsonValue(snip: Snip, depth: number): string {
  const pad = "\t".repeat(depth + 1);
  const close = "\t".repeat(depth);
  switch (snip.t) {
    case "lit":
      return escapeSnippet(JSON.stringify(snip.value));
    case "tab":
      return renderTab(snip, "json");
    case "emptyObj":
      return `{$${snip.n}}`;
    case "arr":
      if (snip.items.length === 0) return "[]";
      if (snip.items.every(isScalarSnip)) return `[${snip.items.map((item) => jsonValue(item, depth)).join(", ")}]`;
      return `[\n${snip.items.map((item) => pad + jsonValue(item, depth + 1)).join(",\n")}\n${close}]`;
    case "obj":
      if (snip.entries.length === 0) return "{}";
      return `{\n${snip.entries.map(([key, value]) => pad + jsonEntry(key, value, depth + 1)).join(",\n")}\n${close}}`;
  }
}

function jsonKey(key: string | Snip): string {
  if (typeof key === "string") return escapeSnippet(JSON.stringify(key));
  return key.t === "tab" ? renderTab({ ...key, str: true }, "json") : jsonValue(key, 0);
}

function jsonEntry(key: string | Snip, value: Snip, depth: number): string {
  return `${jsonKey(key)}: ${jsonValue(value, depth)}`;
}

// ---------------------------------------------------------------- YAML

function yamlKey(key: string | Snip): string {
  if (typeof key === "string") return escapeSnippet(yamlString(key));
  return key.t === "tab" ? renderTab({ ...key, str: true }, "yaml") : "";
}

function yamlFlow(snip: Snip): string {
  switch (snip.t) {
    case "lit":
      return escapeSnippet(typeof snip.value === "object" && snip.value !== null ? JSON.stringify(snip.value) : yamlScalar(snip.value));
    case "tab":
      return renderTab(snip, "yaml");
    case "emptyObj":
      return `{$${snip.n}}`;
    case "arr":
      return `[${snip.items.map(yamlFlow).join(", ")}]`;
    case "obj":
      return `{${snip.entries.map(([k, v]) => `${yamlKey(k)}: ${yamlFlow(v)}`).join(", ")}}`;
  }
}

/** Lines of a block value, each relative to `indent`. */
function yamlBlockLines(snip: Snip, indent: string): string[] {
  if (snip.t === "obj") return snip.entries.flatMap(([key, value]) => yamlEntryLines(key, value, indent));
  if (snip.t === "arr") return snip.items.flatMap((item) => yamlItemLines(item, indent));
  return [indent + yamlFlow(snip)];
}

function yamlEntryLines(key: string | Snip, value: Snip, indent: string): string[] {
  const head = `${indent}${yamlKey(key)}:`;
  if (value.t === "emptyObj") return [head, `${indent}  $${value.n}`];
  if (isScalarSnip(value) || isFlowLiteral(value) || (value.t === "arr" && value.items.every(isScalarSnip))) return [`${head} ${yamlFlow(value)}`];
  if ((value.t === "obj" && value.entries.length === 0) || (value.t === "arr" && value.items.length === 0)) return [`${head} ${value.t === "obj" ? "{}" : "[]"}`];
  return [head, ...yamlBlockLines(value, indent + "  ")];
}

function yamlItemLines(item: Snip, indent: string): string[] {
  if (item.t === "obj" && item.entries.length > 0) {
    const lines = yamlBlockLines(item, indent + "  ");
    return lines.map((line, i) => (i === 0 ? `${indent}- ${line.slice(indent.length + 2)}` : line));
  }
  if (item.t === "arr" && item.items.length > 0 && !item.items.every(isScalarSnip)) {
    const lines = yamlBlockLines(item, indent + "  ");
    return lines.map((line, i) => (i === 0 ? `${indent}- ${line.slice(indent.length + 2)}` : line));
  }
  return [`${indent}- ${yamlFlow(item)}`];
}

function withExtraIndent(lines: string[], extra: string): string {
  return lines.map((line, i) => (i === 0 ? line : extra + line)).join("\n");
}

// ---------------------------------------------------------------- API

export interface RenderOptions {
  /**
   * YAML: spaces to add to every line after the first, when the insertion starts to the right of
   * the line's indentation (after "- "), since Monaco only adds the line's own indentation.
   */
  extraIndent?: number;
}

/** `"Key": value` (JSON) or `Key: value` / `Key:` + block (YAML), for a property-key position. */
export function renderEntry(key: string | Snip, value: Snip, format: TextFormat, options: RenderOptions = {}): string {
  if (format === "json") return jsonEntry(key, value, 0);
  return withExtraIndent(yamlEntryLines(key, value, ""), " ".repeat(options.extraIndent ?? 0));
}

/** Several entries (the contents of an object) for a property-key position. */
export function renderEntries(entries: ReadonlyArray<readonly [string | Snip, Snip]>, format: TextFormat, options: RenderOptions = {}): string {
  if (format === "json") return entries.map(([k, v]) => jsonEntry(k, v, 0)).join(",\n");
  return withExtraIndent(
    entries.flatMap(([k, v]) => yamlEntryLines(k, v, "")),
    " ".repeat(options.extraIndent ?? 0),
  );
}

/** A value after `"Key": ` / `Key: `. Block YAML values start on a new, indented line. */
export function renderValue(value: Snip, format: TextFormat, options: RenderOptions = {}): string {
  if (format === "json") return jsonValue(value, 0);
  if (isScalarSnip(value) || isFlowLiteral(value) || (value.t === "arr" && value.items.every(isScalarSnip)) || value.t === "emptyObj") return yamlFlow(value);
  return "\n" + withExtraIndent(yamlBlockLines(value, "  "), " ".repeat(options.extraIndent ?? 0));
}

/** An array item. YAML with `dash` writes the "- " too; without it the "- " is already typed. */
export function renderItem(item: Snip, format: TextFormat, dash: boolean, options: RenderOptions = {}): string {
  if (format === "json") return jsonValue(item, 0);
  const extra = " ".repeat(options.extraIndent ?? 0);
  return withExtraIndent(dash ? yamlItemLines(item, "") : yamlBlockLines(item, ""), extra);
}
