/**
 * What a JSON field of the inspector holds: the text the user typed, parsed with a located error
 * ("Line 2, column 5: Expected ',' between entries") so an invalid draft stays in the field and is
 * never written to the document.
 */
import { deepEqual, isJsonObject, type JsonValue } from "../../asl/json";
import { parseJson } from "../../asl/parse/parseJson";

export type JsonShape = "object" | "any";

export type JsonTextResult = { ok: true; value: JsonValue; warning?: string } | { ok: false; message: string };

/** Parses `text` as strict JSON; with `shape: "object"` the value must be a JSON object. */
export function parseJsonText(text: string, shape: JsonShape = "any"): JsonTextResult {
  if (text.trim() === "") return { ok: false, message: shape === "object" ? "Enter a JSON object, e.g. {}." : "Enter a JSON value." };
  const result = parseJson(text);
  const fatal = result.problems.find((p) => p.fatal);
  if (fatal || result.value === undefined) {
    const where = fatal ? `Line ${fatal.line}, column ${fatal.column}: ` : "";
    return { ok: false, message: `${where}${fatal?.message ?? "Not valid JSON"}.` };
  }
  if (shape === "object" && !isJsonObject(result.value)) {
    return { ok: false, message: `This field needs a JSON object ({ … }), not ${Array.isArray(result.value) ? "an array" : typeof result.value === "string" ? "a string" : String(result.value === null ? "null" : typeof result.value)}.` };
  }
  const duplicate = result.problems.find((p) => p.code === "DUPLICATE_KEY");
  return duplicate ? { ok: true, value: result.value, warning: `Line ${duplicate.line}, column ${duplicate.column}: ${duplicate.message}.` } : { ok: true, value: result.value };
}

/** The text a JSON field shows for a document value: two-space indented. */
export function formatJson(value: JsonValue | undefined): string {
  return value === undefined ? "" : JSON.stringify(value, null, 2);
}

/** True when `text` already says `value` (so a re-render must not reformat what the user typed). */
export function jsonTextMatches(text: string, value: JsonValue | undefined): boolean {
  if (value === undefined) return text.trim() === "";
  const parsed = parseJsonText(text);
  return parsed.ok && deepEqual(parsed.value, value);
}
