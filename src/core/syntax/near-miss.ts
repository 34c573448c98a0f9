/**
 * "SYNN: did you mean SYN?" The nearest word of a vocabulary within a small
 * edit distance, shared by the parser's hints and the editor's completion.
 */

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions,
 * deletions, substitutions and swaps of neighbours, so `delvier` is one edit
 * from `deliver`), or `limit + 1` as soon as it must exceed `limit`.
 * Cost O(min(|a|,|b|) · limit) at worst, never more than the band around the diagonal.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(limit + 1);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(limit + 1);
    current[0] = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    let rowBest = i <= limit ? i : limit + 1;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How far a word of this length may be from a suggestion: typos, not different words. */
function toleranceFor(length: number): number {
  if (length <= 1) return 0;
  if (length <= 4) return 1;
  return 2;
}

/**
 * The candidate nearest to `word` (case-insensitively), spelled as in
 * `candidates`; undefined when none is close enough or `word` is one of them.
 * Ties go to the earlier candidate, so list the likelier words first.
 */
export function nearMiss(word: string, candidates: readonly string[]): string | undefined {
  const tolerance = toleranceFor(word.length);
  if (tolerance === 0) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    const distance = editDistanceWithin(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance === 0) return undefined;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
