/**
 * The Assign editor's view of an `Assign` object ("Passing data between states with
 * variables"), on a state, a Choice rule or a catcher, in both query languages:
 * - JSONata: each key is a variable name; its value is JSON in which `{% … %}` strings are
 *   expressions, or one expression;
 * - JSONPath: a key ending in `.$` takes a path (`$.x`, `$$.Execution.Id`, `$other`) or an
 *   intrinsic call and names the variable without `.$`; other values are JSON literals.
 * Edits keep the keys' order; a renamed variable keeps its place.
 */
import { escapePointerSegment, getOwn, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { describeVariableNameProblem, variableNameProblem } from "../../asl/jsonata/variables";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { formatExpressionValue, parseExpressionText } from "./expressionText";
import { parseJsonText } from "./jsonText";
import { checkPathSyntax } from "./pathSyntax";

export interface AssignEntry {
  /** The key as written. */
  key: string;
  /** The variable name (the key without `.$` for a JSONPath path value). */
  name: string;
  /** JSONPath: the value is a path or intrinsic (`name.$`). */
  dynamic: boolean;
  value: JsonValue;
}

export function readAssign(owner: JsonObject, language: QueryLanguageMode): AssignEntry[] {
  const assign = getOwn(owner, "Assign");
  if (!isJsonObject(assign)) return [];
  return Object.keys(assign).map((key) => {
    const dynamic = language === "JSONPath" && key.endsWith(".$");
    return { key, name: dynamic ? key.slice(0, -2) : key, dynamic, value: getOwn(assign, key) as JsonValue };
  });
}

export function keyOf(entry: Pick<AssignEntry, "name" | "dynamic">): string {
  return entry.dynamic ? `${entry.name}.$` : entry.name;
}

/** The pointer of an entry's value below the owner's Assign. */
export function entryPointer(ownerPointer: string, key: string): string {
  return `${ownerPointer}/Assign/${escapePointerSegment(key)}`;
}

function rebuild(owner: JsonObject, entries: readonly { key: string; value: JsonValue }[]): JsonObject {
  const out: JsonObject = {};
  let placed = false;
  const assign: JsonObject = {};
  for (const entry of entries) setOwn(assign, entry.key, entry.value);
  for (const key of Object.keys(owner)) {
    if (key === "Assign") {
      if (entries.length > 0) setOwn(out, "Assign", assign);
      placed = true;
    } else setOwn(out, key, getOwn(owner, key) as JsonValue);
  }
  if (!placed && entries.length > 0) {
    // Before Next/End when the owner has them (where Workflow Studio writes it), else last.
    const withAssign: JsonObject = {};
    let inserted = false;
    for (const key of Object.keys(out)) {
      if (!inserted && (key === "Next" || key === "End")) {
        setOwn(withAssign, "Assign", assign);
        inserted = true;
      }
      setOwn(withAssign, key, getOwn(out, key) as JsonValue);
    }
    if (!inserted) setOwn(withAssign, "Assign", assign);
    return withAssign;
  }
  return out;
}

/** Why a name cannot be written: an invalid name, or one another entry already sets. */
export function nameProblem(entries: readonly AssignEntry[], index: number, name: string): string | undefined {
  const problem = variableNameProblem(name);
  if (problem) return describeVariableNameProblem(name, problem).replace(/^./, (c) => c.toUpperCase()) + ".";
  if (entries.some((e, i) => i !== index && e.name === name)) return `Another variable here is already named ${name}.`;
  return undefined;
}

/** Sets entry `index` (name, kind and value), in place. */
export function setAssignEntry(owner: JsonObject, language: QueryLanguageMode, index: number, entry: Pick<AssignEntry, "name" | "dynamic" | "value">): JsonObject {
  const entries = readAssign(owner, language);
  if (index < 0 || index >= entries.length) return owner;
  const key = keyOf(entry);
  if (entries.some((e, i) => i !== index && e.key === key)) return owner;
  return rebuild(owner, entries.map((e, i) => (i === index ? { key, value: entry.value } : { key: e.key, value: e.value })));
}

/** A new variable with a name no entry uses: an expression over the input (JSONata) or a path (JSONPath). */
export function addAssignEntry(owner: JsonObject, language: QueryLanguageMode): JsonObject {
  const entries = readAssign(owner, language);
  const taken = new Set(entries.map((e) => e.name));
  let n = entries.length + 1;
  while (taken.has(`variable${n}`)) n++;
  const name = `variable${n}`;
  const added = language === "JSONata" ? { key: name, value: "{% $states.input %}" } : { key: `${name}.$`, value: "$" };
  return rebuild(owner, [...entries.map((e) => ({ key: e.key, value: e.value })), added]);
}

/** Removes entry `index`; the last one removes Assign itself. */
export function removeAssignEntry(owner: JsonObject, language: QueryLanguageMode, index: number): JsonObject {
  const entries = readAssign(owner, language);
  if (index < 0 || index >= entries.length) return owner;
  return rebuild(owner, entries.filter((_, i) => i !== index).map((e) => ({ key: e.key, value: e.value })));
}

/** The text a value shows: JSONPath paths bare, JSONata expressions bare, everything else as JSON. */
export function formatAssignValue(entry: Pick<AssignEntry, "dynamic" | "value">, language: QueryLanguageMode): string {
  if (entry.dynamic) return typeof entry.value === "string" ? entry.value : JSON.stringify(entry.value);
  if (language === "JSONata") return formatExpressionValue(entry.value);
  return JSON.stringify(entry.value, null, 2);
}

export type AssignValueResult = { ok: true; value: JsonValue; problems: string[] } | { ok: false; message: string };

/** Parses a value typed in the editor. */
export function parseAssignValue(text: string, dynamic: boolean, language: QueryLanguageMode): AssignValueResult {
  if (dynamic) {
    const problem = checkPathSyntax(text.trim(), "jsonpath-or-intrinsic");
    return problem ? { ok: false, message: problem } : { ok: true, value: text.trim(), problems: [] };
  }
  if (language === "JSONata") return parseExpressionText(text, "any");
  const parsed = parseJsonText(text, "any");
  if (!parsed.ok) return { ok: false, message: /^[A-Za-z$]/.test(text.trim()) ? `${parsed.message} Text goes in quotes; a path needs "Path or intrinsic".` : parsed.message };
  return { ok: true, value: parsed.value, problems: [] };
}

/** JSONPath: switches an entry between a JSON literal and a path/intrinsic (`name.$`), with a sensible value. */
export function setEntryDynamic(owner: JsonObject, index: number, dynamic: boolean): JsonObject {
  const entries = readAssign(owner, "JSONPath");
  const entry = entries[index];
  if (!entry || entry.dynamic === dynamic) return owner;
  const value: JsonValue = dynamic ? (typeof entry.value === "string" && entry.value.startsWith("$") ? entry.value : "$") : typeof entry.value === "string" ? entry.value : null;
  return setAssignEntry(owner, "JSONPath", index, { name: entry.name, dynamic, value });
}

export function hasAssign(owner: JsonObject): boolean {
  return hasOwn(owner, "Assign");
}
