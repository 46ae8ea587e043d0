/**
 * Bounded edit distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours, each 1) and a search over a sorted
 * word list that shares work between words with a common prefix, the way a
 * walk over a trie does, without building one.
 */

const MAX_LENGTH = 64;
/**
 * The longest word a suggestion is searched for. The longest words in the lists are
 * about 45 letters; a longer token (a pasted base64 blob, a letter under thousands of
 * combining marks) has no word one or two edits away, and searching its edits would
 * cost time in proportion to its length squared.
 */
export const MAX_SUGGESTION_LENGTH = MAX_LENGTH - 2;
const rows: Int32Array[] = Array.from({ length: MAX_LENGTH + 1 }, () => new Int32Array(MAX_LENGTH + 2));

/** Words of `sorted` (sorted, lower case) within `maxDistance` of `target` (lower case), with their distance. */
export function searchSorted(sorted: readonly string[], target: string, maxDistance: number, from = 0, to = sorted.length, out: { index: number; distance: number }[] = []): { index: number; distance: number }[] {
  const n = target.length;
  if (n === 0 || n > MAX_SUGGESTION_LENGTH) return out;
  const first = rows[0];
  for (let j = 0; j <= n; j++) first[j] = j;
  let previous = '';
  let valid = 0; // rows[0..valid] hold the walk for previous[0..valid)
  let i = from;
  while (i < to) {
    const word = sorted[i];
    let common = 0;
    const limit = Math.min(valid, word.length, previous.length);
    while (common < limit && word.charCodeAt(common) === previous.charCodeAt(common)) common++;
    let pruned = -1;
    let depth = common;
    for (; depth < word.length && depth < MAX_LENGTH; depth++) {
      const c = word.charCodeAt(depth);
      const row = rows[depth + 1];
      const above = rows[depth];
      const twoAbove = depth > 0 ? rows[depth - 1] : undefined;
      row[0] = depth + 1;
      let min = row[0];
      for (let j = 1; j <= n; j++) {
        const t = target.charCodeAt(j - 1);
        let best = above[j - 1] + (t === c ? 0 : 1);
        const del = above[j] + 1;
        if (del < best) best = del;
        const ins = row[j - 1] + 1;
        if (ins < best) best = ins;
        if (twoAbove && j > 1 && t === word.charCodeAt(depth - 1) && target.charCodeAt(j - 2) === c) {
          const swap = twoAbove[j - 2] + 1;
          if (swap < best) best = swap;
        }
        row[j] = best;
        if (best < min) min = best;
      }
      if (min > maxDistance) {
        pruned = depth + 1;
        break;
      }
    }
    previous = word;
    if (pruned > 0) {
      valid = pruned - 1;
      // Skip every word that shares the hopeless prefix.
      const prefix = word.slice(0, pruned);
      let lo = i + 1;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].startsWith(prefix) || sorted[mid] < prefix) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
      continue;
    }
    valid = depth;
    const distance = rows[word.length][n];
    if (word.length <= MAX_LENGTH && distance <= maxDistance) out.push({ index: i, distance });
    i++;
  }
  return out;
}

const R0 = new Int32Array(MAX_LENGTH + 2);
const R1 = new Int32Array(MAX_LENGTH + 2);
const R2 = new Int32Array(MAX_LENGTH + 2);

/** Bounded distance between two words (optimal string alignment); `maxDistance + 1` when farther. */
export function editDistance(a: string, b: string, maxDistance = MAX_LENGTH): number {
  if (Math.abs(a.length - b.length) > maxDistance) return maxDistance + 1;
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return a === b ? 0 : maxDistance + 1;
  const n = b.length;
  let twoAbove = R0;
  let above = R1;
  let row = R2;
  for (let j = 0; j <= n; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let min = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let best = above[j - 1] + (ca === cb ? 0 : 1);
      if (above[j] + 1 < best) best = above[j] + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && twoAbove[j - 2] + 1 < best) best = twoAbove[j - 2] + 1;
      row[j] = best;
      if (best < min) min = best;
    }
    if (min > maxDistance) return maxDistance + 1;
    const t = twoAbove;
    twoAbove = above;
    above = row;
    row = t;
  }
  return above[n];
}

/**
 * Which of 32 letter classes a word uses. Each edit changes at most two
 * classes, so words within d edits differ in at most 2d of them.
 */
export function letterMask(name: string): number {
  let mask = 0;
  for (let i = 0; i < name.length; i++) mask |= 1 << ((name.charCodeAt(i) | 32) & 31);
  return mask;
}

export function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
