/**
 * "Did you mean …?" for merchants' typos: the candidate nearest to what was written, if one
 * is clearly near. Case is ignored ("Blik" → "blik"), a transposition counts as one edit
 * ("cutfof" → "cutoff"), and an unambiguous start of a longer name counts ("przelewy" →
 * "przelewy24").
 */
export function closest(written: string, candidates: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  const sameLetters = candidates.filter((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters.length === 1) return sameLetters[0];

  const limit = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  if (best !== undefined && !tie) return best;

  if (lower.length >= 3) {
    const starting = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
    if (starting.length === 1) return starting[0];
  }
  return undefined;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions): exact up to
 * `limit`, and `limit + 1` for anything further (found early where possible).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit + 1);
}
