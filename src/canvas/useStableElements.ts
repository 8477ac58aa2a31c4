import { useRef } from "react";

/**
 * Keeps the previous object for every element whose content did not change, so React Flow
 * (and memoised node components) see identical objects and skip them: an edit to one state
 * re-renders one node, not a thousand.
 */
export function useStableElements<T extends { id: string }>(elements: T[], signature: (element: T) => string): T[] {
  const cache = useRef(new Map<string, { element: T; signature: string }>());
  const previous = cache.current;
  const next = new Map<string, { element: T; signature: string }>();
  const result = elements.map((element) => {
    const sig = signature(element);
    const cached = previous.get(element.id);
    const stable = cached && cached.signature === sig ? cached.element : element;
    next.set(element.id, { element: stable, signature: sig });
    return stable;
  });
  cache.current = next;
  return result;
}
