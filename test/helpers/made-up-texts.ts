import { random } from '../../bench/spelling-recall-lib';

/**
 * `count` texts, each of 1 to `maxPieces` pieces drawn from `pieces` by a seeded generator (the same
 * texts on every run, so a failure can be replayed), a piece followed by a space with chance `spaced`.
 * For tests that hold a quick reading of text to the pattern it replaces, on edges listed as pieces.
 */
export function madeUpTexts(pieces: readonly string[], { count, seed, maxPieces, spaced = 0 }: { count: number; seed: number; maxPieces: number; spaced?: number }): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 1 + Math.floor(next() * maxPieces); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)] + (next() < spaced ? ' ' : '');
    return text;
  });
}
