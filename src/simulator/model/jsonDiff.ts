/**
 * Pretty-printed JSON lines marked against a base value, for the data-flow view's "changed parts
 * highlighted": a member the base does not have is `added`, a value that differs is `changed`.
 * Paths are compared structurally (object keys, array indexes), as JSON.stringify(value, null, 2)
 * would print the value.
 */
import { isJsonObject, type JsonValue } from "../../asl/json";

export type LineChange = "same" | "added" | "changed";

export interface DiffLine {
  depth: number;
  /** The line without indentation: `"key": value,` / `{` / `]`. */
  text: string;
  change: LineChange;
}

export interface JsonDiff {
  lines: DiffLine[];
  /** Number of lines marked added or changed. */
  changed: number;
  /** Value and base share no structure (different root types): nothing is highlighted line by line. */
  replaced: boolean;
  /** Lines left out past the limit. */
  truncated: number;
}

const MISSING = Symbol("missing");
type Base = JsonValue | typeof MISSING;

function child(base: Base, key: string | number): Base {
  if (base === MISSING) return MISSING;
  if (typeof key === "number") return Array.isArray(base) && key < base.length ? (base[key] as JsonValue) : MISSING;
  return isJsonObject(base) && Object.prototype.hasOwnProperty.call(base, key) ? (base[key] as JsonValue) : MISSING;
}

function sameKind(a: JsonValue, b: JsonValue): boolean {
  if (Array.isArray(a)) return Array.isArray(b);
  if (isJsonObject(a)) return isJsonObject(b);
  return !Array.isArray(b) && !isJsonObject(b);
}

/** Lines of `value`, marked against `base`; without a base nothing is marked. */
export function diffJson(value: JsonValue, base?: JsonValue, maxLines = 3000): JsonDiff {
  const lines: DiffLine[] = [];
  let truncated = 0;
  const compare = base !== undefined;
  const replaced = compare && !sameKind(value, base) && !(typeof value !== "object" && typeof base !== "object");
  const push = (depth: number, text: string, change: LineChange) => {
    if (lines.length >= maxLines) truncated++;
    else lines.push({ depth, text, change });
  };

  const walk = (node: JsonValue, against: Base, depth: number, prefix: string, suffix: string, inherited: LineChange | undefined) => {
    const mark = (leafEqual: boolean): LineChange => inherited ?? (!compare || replaced ? "same" : against === MISSING ? "added" : leafEqual ? "same" : "changed");
    if (Array.isArray(node) || isJsonObject(node)) {
      const isArray = Array.isArray(node);
      const entries: [string | number, JsonValue][] = isArray ? node.map((v, i) => [i, v]) : Object.entries(node);
      const containerMark: LineChange | undefined = inherited ?? (compare && !replaced && (against === MISSING || !sameKind(node, against)) ? (against === MISSING ? "added" : "changed") : undefined);
      if (entries.length === 0) {
        const equal = against !== MISSING && JSON.stringify(against) === (isArray ? "[]" : "{}");
        push(depth, `${prefix}${isArray ? "[]" : "{}"}${suffix}`, containerMark ?? mark(equal));
        return;
      }
      push(depth, `${prefix}${isArray ? "[" : "{"}`, containerMark ?? "same");
      entries.forEach(([key, item], i) => {
        const comma = i < entries.length - 1 ? "," : "";
        walk(item, child(against, key), depth + 1, isArray ? "" : `${JSON.stringify(key)}: `, comma, containerMark);
      });
      push(depth, `${isArray ? "]" : "}"}${suffix}`, containerMark ?? "same");
      return;
    }
    const text = JSON.stringify(node);
    const equal = against !== MISSING && typeof against !== "object" ? against === node : against === null && node === null;
    push(depth, `${prefix}${text}${suffix}`, mark(equal));
  };
  walk(value, compare ? (base as JsonValue) : MISSING, 0, "", "", undefined);
  if (!compare) for (const line of lines) line.change = "same";
  return { lines, changed: lines.filter((l) => l.change !== "same").length, replaced, truncated };
}
