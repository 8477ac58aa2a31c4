import type { DiagnosticCode } from "../codes";

/**
 * A finding about a value on its own, before it is placed: the rule that found the value adds
 * the pointer, the state and the field's name. Problems of a given text are computed once and
 * cached, since real definitions repeat the same paths and calls many times.
 */
export interface Problem {
  code: DiagnosticCode;
  /** Completes a sentence that starts with the field's name: `"$.a[" is not a path: …`. */
  text: string;
}

export const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** A bounded memo: cleared when full, so hostile input cannot grow it without end. */
export function memo<T>(compute: (key: string) => T, max = 10_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
