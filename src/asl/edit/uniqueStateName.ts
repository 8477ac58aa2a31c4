import type { StateMachine } from "../types";
import { collectStateNames } from "./scopes";

/** The longest state name the editor accepts (the ASL specification's limit). */
export const MAX_STATE_NAME_LENGTH = 80;

const NUMBERED = /^(.*) \((\d+)\)$/s;

function truncate(text: string, codePoints: number): string {
  const chars = [...text];
  return chars.length <= codePoints ? text : chars.slice(0, Math.max(0, codePoints)).join("");
}

/**
 * `base` if no state uses it, else the first free `base (1)`, `base (2)`, … — the scheme Workflow
 * Studio uses for a second state of the same kind ("Pass (1)", seed L12467). A trailing ` (n)` on
 * `base` is replaced rather than stacked, and the stem is shortened to keep within 80 characters.
 */
export function uniqueNameAmong(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  const stem = NUMBERED.exec(base)?.[1] ?? base;
  for (let n = 1; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(stem, MAX_STATE_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A state name not used anywhere in `definition` (top level or nested), derived from `base`. */
export function uniqueStateName(definition: StateMachine, base: string): string {
  return uniqueNameAmong(collectStateNames(definition), base);
}
