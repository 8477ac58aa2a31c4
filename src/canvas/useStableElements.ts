import { useRef } from "react";

/**
 * Keeps the previous object for every element whose content did not change, so React Flow
 * (and memoised node components) see identical objects and skip them: an edit to one state
 * re-renders one node, not a thousand.
 */
export function useStableElements<T extends { id: string }>(elements: T[], same: (previous: T, next: T) => boolean): T[] {
  const cache = useRef({ byId: new Map<string, T>(), list: [] as T[] });
  const { byId: previous, list: previousList } = cache.current;
  const byId = new Map<string, T>();
  let unchanged = elements.length === previousList.length;
  const result = elements.map((element, index) => {
    const cached = previous.get(element.id);
    const stable = cached !== undefined && same(cached, element) ? cached : element;
    byId.set(element.id, stable);
    if (unchanged && previousList[index] !== stable) unchanged = false;
    return stable;
  });
  // Nothing changed: hand back the same array, so React Flow skips rebuilding its lookups.
  if (unchanged) return previousList;
  cache.current = { byId, list: result };
  return result;
}

/** Same keys, and each value identical (`===`). */
export function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
