import type { Dialect } from '../config';

/**
 * The dialect pairs (dialect-variants.tsv: `colour\tcolor`, with `\tboth` when British
 * dictionaries list the American form too) as one line per spelling, for a hashed data file
 * read in place: `spelling\tside\tamerican\tbritish`, where `side` is the dialect the spelling
 * is written in (empty when none: an `-ize` form Oxford spelling shares), `american` the
 * American form of a British spelling and `british` the British form of an American one.
 * Capitalised forms say their side too (`Colour`). Why: read into three maps and a word-shape
 * filter at the first draft, the 6,056 pairs took 9-14 ms of every CLI run (main-thread
 * profiles of bbc-news and reuters-world checks); looked up in place they cost no load.
 */
export function dialectFormLines(pairs: readonly string[]): string[] {
  const american = new Map<string, string>();
  const british = new Map<string, string>();
  const sides = new Map<string, Dialect>();
  const side = (word: string, dialect: Dialect) => {
    sides.set(word, dialect);
    sides.set(word[0].toUpperCase() + word.slice(1), dialect);
  };
  // Later pairs overwrite earlier ones but for the British form of an American spelling (the first pair's).
  for (const line of pairs) {
    const [gb, us, both] = line.split('\t');
    american.set(gb, us);
    side(gb, 'en-GB');
    // An American form British dictionaries list too (Oxford `-ize`) is British as well: no sign of either.
    if (both) continue;
    if (!british.has(us)) british.set(us, gb);
    side(us, 'en-US');
  }
  const spellings = [...new Set([...sides.keys(), ...american.keys(), ...british.keys()])].sort();
  return spellings.map((spelling) => `${spelling}\t${sides.get(spelling) ?? ''}\t${american.get(spelling) ?? ''}\t${british.get(spelling) ?? ''}`);
}

/** What a line of dialectFormLines says of its spelling, read from its value (the line after the spelling). */
export function dialectFormOf(value: string): { side?: Dialect; american?: string; british?: string } {
  const [side, american, british] = value.split('\t');
  return { side: side === '' ? undefined : (side as Dialect), american: american || undefined, british: british || undefined };
}
