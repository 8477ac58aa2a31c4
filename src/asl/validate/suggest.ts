/**
 * "Did you mean …?" for names: the closest candidate by edit distance, or one that contains the
 * name (so "Ship" suggests "Ship order"). Case differences count as small edits, since name
 * matching in ASL is case-sensitive (seed L2534) and case slips are common. Swapping two
 * neighbouring letters ("Fial") is one edit.
 *
 * A suggestion must be similar, not merely short: at most one edit per three letters of the
 * longer name (at least one), and never every letter replaced. So "Y" suggests nothing for "X",
 * while "AB" still suggests "AC" and "Fial" suggests "Fail".
 */

/** Names longer than this are not compared: a hostile 1 MB name must not cost seconds. */
const MAX_COMPARED_LENGTH = 200;

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious = new Array<number>(b.length + 1);
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] as number;
}

/** The best candidate for a mistyped name, or undefined when nothing is close. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === name || candidate.length > MAX_COMPARED_LENGTH) continue;
    const candidateLower = candidate.toLowerCase();
    let score: number;
    if (candidateLower === lower) {
      score = 0.5;
    } else {
      const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
      const distance = editDistance(lower, candidateLower, limit);
      if (distance <= limit && distance < Math.min(name.length, candidate.length)) score = distance;
      else if (lower.length >= 3 && (candidateLower.includes(lower) || lower.includes(candidateLower))) score = limit + Math.abs(candidate.length - name.length) / 100;
      else continue;
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** ` Did you mean "X"?` or the empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = closest(name, candidates);
  return best === undefined ? "" : ` Did you mean ${JSON.stringify(best)}?`;
}
