import { deepEqual, hasOwn, isJsonObject, type JsonValue } from "../json";

export type PathSegment = string | number;

/**
 * One change that turns the old document into the new: set the value at `path`, insert a new key
 * after the siblings that precede it in the new order, or remove it. Applied in order.
 */
export type DocumentChange =
  | { kind: "set"; path: PathSegment[]; value: JsonValue }
  | { kind: "insert"; path: PathSegment[]; value: JsonValue; /** The keys of the new object, in order. */ order: string[] }
  | { kind: "remove"; path: PathSegment[] }
  /** The key at `path` becomes `key`, in place, its value untouched. */
  | { kind: "renameKey"; path: PathSegment[]; key: string };

/**
 * The smallest set of changes between two documents, so only the edited part of the text is
 * rewritten: unchanged members keep their formatting and comments; a renamed key is removed and
 * added back at the same position; arrays of the same length are compared item by item.
 */
export function diffDocuments(before: JsonValue, after: JsonValue, path: PathSegment[] = []): DocumentChange[] {
  if (deepEqual(before, after)) return [];
  if (isJsonObject(before) && isJsonObject(after)) return diffObjects(before, after, path);
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item, i) => diffDocuments(before[i] as JsonValue, item, [...path, i]));
  }
  return [{ kind: "set", path, value: after }];
}

function diffObjects(before: { [key: string]: JsonValue }, after: { [key: string]: JsonValue }, path: PathSegment[]): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  const kept = afterKeys.filter((key) => hasOwn(before, key));
  // Keys whose relative order changed are rewritten (removed, then inserted at their new place).
  const keptInOldOrder = beforeKeys.filter((key) => hasOwn(after, key));
  const moved = new Set(lisComplement(kept, keptInOldOrder));
  const renamed = findRenames(before, after, beforeKeys, afterKeys);

  for (const [oldKey, newKey] of renamed) changes.push({ kind: "renameKey", path: [...path, oldKey], key: newKey });
  for (const key of beforeKeys) {
    if ((!hasOwn(after, key) && !renamed.has(key)) || moved.has(key)) changes.push({ kind: "remove", path: [...path, key] });
  }
  for (const key of kept) {
    if (!moved.has(key)) changes.push(...diffDocuments(before[key] as JsonValue, after[key] as JsonValue, [...path, key]));
  }
  const renamedTo = new Set(renamed.values());
  for (const key of afterKeys) {
    if ((!hasOwn(before, key) && !renamedTo.has(key)) || moved.has(key)) changes.push({ kind: "insert", path: [...path, key], value: after[key] as JsonValue, order: afterKeys });
  }
  return changes;
}

/**
 * Keys that were renamed in place: a key gone from `after` whose position is taken by a new key
 * holding an equal value (a renamed state). Old key → new key.
 */
function findRenames(before: { [key: string]: JsonValue }, after: { [key: string]: JsonValue }, beforeKeys: string[], afterKeys: string[]): Map<string, string> {
  const renames = new Map<string, string>();
  if (beforeKeys.length !== afterKeys.length) return renames;
  beforeKeys.forEach((oldKey, i) => {
    const newKey = afterKeys[i] as string;
    if (oldKey !== newKey && !hasOwn(after, oldKey) && !hasOwn(before, newKey) && deepEqual(before[oldKey], after[newKey])) renames.set(oldKey, newKey);
  });
  return renames;
}

/** Keys of `order` outside a longest run that keeps its order in `reference`: the ones that moved. */
function lisComplement(order: string[], reference: string[]): string[] {
  const rank = new Map(reference.map((key, i) => [key, i]));
  const ranks = order.map((key) => rank.get(key) ?? 0);
  // Patience sorting for the longest increasing subsequence of ranks.
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((tails[mid] as number) < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
    tailIndex[low] = i;
    previous[i] = low > 0 ? (tailIndex[low - 1] as number) : -1;
  });
  const keep = new Set<number>();
  for (let i = tailIndex[tails.length - 1] ?? -1; i >= 0; i = previous[i] as number) keep.add(i);
  return order.filter((_, i) => !keep.has(i));
}
