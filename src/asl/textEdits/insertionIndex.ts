/**
 * Where a new key goes among the keys an object has now: right after the last key that precedes
 * it in the target order, so inserted and renamed keys keep the document's order.
 */
export function insertionIndex(existing: readonly string[], key: string, order: readonly string[]): number {
  const position = order.indexOf(key);
  for (let i = position - 1; i >= 0; i--) {
    const at = existing.indexOf(order[i] as string);
    if (at >= 0) return at + 1;
  }
  return 0;
}
