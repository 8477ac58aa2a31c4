/**
 * Completion and hover inside `{% … %}` strings of JSONata states, and for `$name` workflow
 * variables in JSONPath paths and `.$` values: `$states` and its members (those that exist where
 * the expression is written), the context object's fields, the variables in scope at the state
 * (variableScope.ts) and jsonata's and Step Functions' functions (jsonataDocs.ts).
 *
 * Works on the raw text of the string token (offsets are the editor's); an expression is only
 * a string that starts with `{%` (recorded rule, src/asl/jsonata/expression.ts).
 */
import { escapePointerSegment, type JsonValue } from "../../asl/json";
import { CONTEXT_FIELDS, JSONATA_FUNCTION_DOCS, jsonataFunctionDoc, renderFunctionDoc, STATES_DOC, statesMemberDoc, statesMembersAt, type ExpressionPlace } from "./jsonataDocs";
import type { Frame, StateAtCursor } from "./roles";
import { toPlain, type PathSegment, type TreeNode } from "./tree";
import type { CompletionItem, Hover, OffsetRange } from "./types";
import { allAssignments, variablesInScope, type VariableInScope } from "./variableScope";

const plainCache = new WeakMap<TreeNode, JsonValue>();

/** The document as a plain value (cached per tree). */
export function plainOf(tree: TreeNode | undefined): JsonValue | undefined {
  if (!tree) return undefined;
  let plain = plainCache.get(tree);
  if (plain === undefined) {
    plain = toPlain(tree) as JsonValue;
    plainCache.set(tree, plain);
  }
  return plain;
}

export function pointerOfPath(path: readonly PathSegment[]): string {
  return path.map((s) => "/" + escapePointerSegment(s)).join("");
}

/** Which `$states` members exist for a value at `path` in `state` (see ExpressionPlace). */
export function expressionPlace(state: StateAtCursor | undefined, path: readonly PathSegment[]): ExpressionPlace {
  if (!state) return "before-result";
  const rest = path.slice(state.path.length);
  const field = rest[0];
  if (field === "Catch" && (rest[2] === "Output" || rest[2] === "Assign")) return "catcher";
  if (field === "Output" || field === "Assign") return state.type === "Task" || state.type === "Parallel" || state.type === "Map" ? "after-result" : "no-result";
  if (field === "Choices" && (rest[2] === "Output" || rest[2] === "Assign")) return "no-result";
  return "before-result";
}

function inMapItemSelector(state: StateAtCursor | undefined, path: readonly PathSegment[]): boolean {
  return state?.type === "Map" && path[state.path.length] === "ItemSelector";
}

/** Where a `{% %}` expression is in a string token, or undefined when the token is not one. */
export interface ExpressionSite {
  /** Offset of the first character after `{%`. */
  bodyStart: number;
  /** Offset of `%}` (or the end of the string's content while it is not written yet). */
  bodyEnd: number;
}

export function expressionSite(text: string, token: { offset: number; end: number; quoted: boolean; unterminated: boolean } | undefined): ExpressionSite | undefined {
  if (!token) return undefined;
  const contentStart = token.offset + (token.quoted ? 1 : 0);
  const contentEnd = token.quoted && !token.unterminated ? token.end - 1 : token.end;
  if (text.slice(contentStart, contentStart + 2) !== "{%") return undefined;
  const close = text.lastIndexOf("%}", contentEnd - 2);
  const bodyEnd = close >= contentStart + 2 && close + 2 === contentEnd ? close : contentEnd;
  return { bodyStart: contentStart + 2, bodyEnd };
}

const WORD = /[A-Za-z0-9_$.]/;

/** The `$…` word that ends at `offset` (start ≥ min). */
function wordBefore(text: string, offset: number, min: number): { start: number; word: string } {
  let start = offset;
  while (start > min && WORD.test(text.charAt(start - 1))) start--;
  // A word is one `$name.member…` chain: cut anything before its last `$`.
  const word = text.slice(start, offset);
  const dollar = word.lastIndexOf("$");
  if (dollar > 0) return { start: start + dollar, word: word.slice(dollar) };
  return { start, word };
}

function wordAround(text: string, offset: number, min: number, max: number): { start: number; end: number; word: string } {
  const before = wordBefore(text, offset, min);
  let end = offset;
  while (end < max && /[A-Za-z0-9_]/.test(text.charAt(end))) end++;
  return { start: before.start, end, word: text.slice(before.start, end) };
}

export interface AssistContext {
  text: string;
  tree: TreeNode | undefined;
  state: StateAtCursor | undefined;
  /** Path of the value holding the expression. */
  path: PathSegment[];
  frames: readonly Frame[];
}

function variablesAt(ctx: AssistContext): VariableInScope[] {
  if (!ctx.state) return [];
  return variablesInScope(plainOf(ctx.tree), pointerOfPath(ctx.state.path));
}

function describeSources(variable: VariableInScope): string {
  const lines = variable.sources.slice(0, 6).map((s) => `- **${s.stateName}**: \`${s.key}\`${s.outer > 0 ? " (outside this branch or iteration)" : ""}`);
  if (variable.sources.length > 6) lines.push(`- … ${variable.sources.length - 6} more`);
  return lines.join("\n");
}

function variableItem(variable: VariableInScope, range: OffsetRange): CompletionItem {
  const first = variable.sources[0];
  return {
    label: `$${variable.name}`,
    kind: "value",
    insertText: `$${variable.name}`,
    range,
    detail: first ? `variable · assigned by ${first.stateName}${variable.sources.length > 1 ? ` (+${variable.sources.length - 1})` : ""}` : "variable",
    documentation: `**$${variable.name}** · workflow variable\n\nAssigned before this state by:\n${describeSources(variable)}`,
    sortText: `1${variable.name}`,
  };
}

function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, "\\$&");
}

/** Completion inside `{% … %}` at `offset`; undefined when the cursor is not in the expression's body. */
export function completeJsonata(ctx: AssistContext, site: ExpressionSite, offset: number): CompletionItem[] | undefined {
  if (offset < site.bodyStart || offset > site.bodyEnd) return undefined;
  const { text } = ctx;
  const { start, word } = wordBefore(text, offset, site.bodyStart);
  let end = offset;
  while (end < site.bodyEnd && /[A-Za-z0-9_]/.test(text.charAt(end))) end++;
  const place = expressionPlace(ctx.state, ctx.path);
  const mapItem = inMapItemSelector(ctx.state, ctx.path);
  const items: CompletionItem[] = [];

  if (word.startsWith("$states.")) {
    const parts = word.split(".");
    const memberStart = start + word.lastIndexOf(".") + 1;
    const range = { startOffset: memberStart, endOffset: end };
    if (parts.length === 2) {
      for (const member of statesMembersAt(place)) {
        items.push({ label: member.name, kind: "property", insertText: member.name, range, detail: `$states.${member.name}`, documentation: `**$states.${member.name}**\n\n${member.doc}`, sortText: `0${member.name}` });
      }
      return items;
    }
    if (parts[1] === "context") {
      const prefix = parts.slice(2, -1).join(".");
      const depth = parts.length - 3;
      for (const field of CONTEXT_FIELDS) {
        if (field.mapItemOnly && !mapItem) continue;
        const segments = field.path.split(".");
        if (segments.length !== depth + 1) continue;
        if (depth > 0 && segments.slice(0, depth).join(".") !== prefix) continue;
        const label = segments[depth] as string;
        if (items.some((i) => i.label === label)) continue;
        items.push({ label, kind: "property", insertText: label, range, detail: `$states.context.${field.path}`, documentation: `**$states.context.${field.path}**\n\n${field.text}`, sortText: `0${label}` });
      }
      return items;
    }
    return [];
  }
  if (word !== "" && !word.startsWith("$")) return [];
  if (word.includes(".")) return [];
  const range = { startOffset: start, endOffset: end };
  items.push({ label: "$states", kind: "keyword", insertText: "$states", range, detail: "reserved: input, result, errorOutput, context", documentation: STATES_DOC, sortText: "0$states" });
  for (const variable of variablesAt(ctx)) items.push(variableItem(variable, range));
  for (const fn of JSONATA_FUNCTION_DOCS) {
    if (fn.unavailable) continue;
    const takesArgs = !fn.signature.endsWith("()");
    items.push({
      label: `$${fn.name}`,
      kind: "function",
      insertText: takesArgs ? `\\$${escapeSnippetText(fn.name)}($1)` : `\\$${escapeSnippetText(fn.name)}()`,
      insertTextIsSnippet: true,
      range,
      detail: fn.signature,
      documentation: renderFunctionDoc(fn),
      sortText: `${fn.stepFunctions ? "2" : "3"}${fn.name}`,
    });
  }
  return items;
}

/** `$name` variables for a JSONPath path or `.$` value (word starts with `$` and a letter). */
export function completeJsonPathVariables(ctx: AssistContext, range: OffsetRange, wrap: (text: string) => string): CompletionItem[] {
  return variablesAt(ctx).map((variable) => {
    const item = variableItem(variable, range);
    item.insertText = wrap(item.insertText);
    return item;
  });
}

function variableHover(ctx: AssistContext, name: string): string {
  const inScope = variablesAt(ctx).find((v) => v.name === name);
  if (inScope) return `**$${name}** · workflow variable\n\nAssigned before this state by:\n${describeSources(inScope)}\n\nExpressions read the value the variable had when the state was entered.`;
  const elsewhere = allAssignments(plainOf(ctx.tree)).get(name);
  if (elsewhere && elsewhere.length > 0) {
    const names = [...new Set(elsewhere.map((a) => a.stateName))].join(", ");
    return `**$${name}** · workflow variable\n\n⚠ Assigned by ${names}, which cannot run before this state (or only inside another branch or iteration): here it is undefined and the state fails.`;
  }
  return `**$${name}**\n\n⚠ No state assigns this variable: at run time it is undefined and the state fails. Assign it in an earlier state's Assign.`;
}

/** Hover on a word of a `{% %}` expression. */
export function hoverJsonata(ctx: AssistContext, site: ExpressionSite, offset: number): Hover | undefined {
  if (offset < site.bodyStart || offset > site.bodyEnd) return undefined;
  const { text } = ctx;
  const { start, word } = wordAround(text, offset, site.bodyStart, site.bodyEnd);
  if (!word.startsWith("$")) return undefined;
  const segments = word.split(".");
  // Which segment is under the cursor.
  let at = start;
  let index = 0;
  for (; index < segments.length; index++) {
    const segEnd = at + (segments[index] as string).length;
    if (offset <= segEnd) break;
    at = segEnd + 1;
  }
  index = Math.min(index, segments.length - 1);
  const head = segments[0] as string;
  if (head === "$states") {
    const rangeEnd = start + segments.slice(0, index + 1).join(".").length;
    const range = { startOffset: start, endOffset: rangeEnd };
    if (index === 0) return { contents: STATES_DOC, range };
    const member = segments[1] as string;
    const memberDoc = statesMemberDoc(member);
    if (index === 1) {
      if (!memberDoc) return { contents: `**$states.${member}**\n\n⚠ $states has input, result, errorOutput and context only.`, range };
      const available = statesMembersAt(expressionPlace(ctx.state, ctx.path)).some((m) => m.name === member);
      return { contents: `**$states.${member}**\n\n${memberDoc}${available ? "" : "\n\n⚠ Not available where this expression is written."}`, range };
    }
    if (member === "context") {
      const path = segments.slice(2, index + 1).join(".");
      const field = CONTEXT_FIELDS.find((f) => f.path === path);
      if (field) return { contents: `**$states.context.${field.path}**\n\n${field.text}`, range };
    }
    return undefined;
  }
  if (index > 0) return undefined;
  const name = head.slice(1);
  if (name === "") return undefined;
  const range = { startOffset: start, endOffset: start + head.length };
  const after = text.slice(start + head.length, Math.min(site.bodyEnd, start + head.length + 20)).trimStart();
  const fn = jsonataFunctionDoc(name);
  if (fn && (after.startsWith("(") || !variablesAt(ctx).some((v) => v.name === name))) return { contents: renderFunctionDoc(fn), range };
  if (after.startsWith("(")) return { contents: `**$${name}(…)**\n\n⚠ Not a function of JSONata or Step Functions: the call fails at run time (T1006).`, range };
  return { contents: variableHover(ctx, name), range };
}

/** Hover on a `$name` variable in a JSONPath path or `.$` value (raw token text). */
export function hoverJsonPathVariable(ctx: AssistContext, token: OffsetRange, offset: number): Hover | undefined {
  const { start, word } = wordAround(ctx.text, offset, token.startOffset, token.endOffset);
  const match = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)/.exec(word);
  if (!match || word.startsWith("$$")) return undefined;
  const name = match[1] as string;
  if (offset > start + name.length + 1) return undefined;
  return { contents: variableHover(ctx, name), range: { startOffset: start, endOffset: start + name.length + 1 } };
}
