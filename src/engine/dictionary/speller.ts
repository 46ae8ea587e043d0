import type { Dialect } from '../config';
import { editDistance } from './edit-distance';
import { commonMisspelling, dialectVariant, dictionaryFor, frequencyRank, gazetteerEntry, wordList, type WordList } from './word-list';

const APOSTROPHES = /[’‘`]/g;
const CAPITALISED = /^\p{Lu}\p{Ll}*(?:'\p{Ll}+)?$/u;
const ALL_CAPS = /^[\p{Lu}']+$/u;

/** Typographic apostrophes become straight ones, as in the dictionaries. */
export function normaliseWord(word: string): string {
  // One pass over the codes: three indexOf searches per word were 11–14 ms of a bbc-news CLI run (bareName's, --cpu-prof).
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) return word.replace(APOSTROPHES, "'");
  }
  return word;
}

export const isCapitalised = (word: string): boolean => CAPITALISED.test(word);
/**
 * Only capital letters and apostrophes. Why the loop before the pattern: a
 * Unicode-property pattern costs about a microsecond, and every unknown name
 * is asked (a lower-case ASCII letter settles it; transcript family at 100k:
 * 29 ms of 700 in cpu-prof).
 */
export function isAllCaps(word: string): boolean {
  let ascii = word.length > 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (!((c >= 65 && c <= 90) || c === 39)) ascii = false;
  }
  return ascii || ALL_CAPS.test(word);
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Looks a word up as written, then as its lower-case or title-case form, then without a possessive. */
function lookUp(has: (w: string) => boolean, word: string): boolean {
  if (has(word)) return true;
  const first = word.charCodeAt(0);
  const upperFirst = first >= 65 && first <= 90 ? true : first > 127 && word[0] !== word[0].toLowerCase();
  if (upperFirst) {
    const lower = word.toLowerCase();
    if (lower !== word && (has(lower) || (isAllCaps(word) && has(capitalise(lower))))) return true;
  }
  if (word.endsWith("'s") || word.endsWith("'S")) return lookUp(has, word.slice(0, -2));
  if (word.endsWith("s'")) return lookUp(has, word.slice(0, -1));
  return false;
}

const VOWELS = new Set('aeiouy');
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const adjacentKeys = new Map<string, string>();
KEYBOARD_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    let near = (row[i - 1] ?? '') + (row[i + 1] ?? '');
    for (const other of [KEYBOARD_ROWS[r - 1], KEYBOARD_ROWS[r + 1]]) if (other) near += (other[i - 1] ?? '') + (other[i] ?? '') + (other[i + 1] ?? '');
    adjacentKeys.set(row[i], near);
  }
});

/** How plausible one slip is as a typing or spelling error: lower is likelier. */
function slipCost(typed: string, candidate: string, distance: number): number {
  if (distance !== 1) return distance;
  if (typed.length === candidate.length) {
    let i = 0;
    while (typed[i] === candidate[i]) i++;
    if (typed[i + 1] === candidate[i] && typed[i] === candidate[i + 1]) return 0.55;
    const [a, b] = [typed[i], candidate[i]];
    if (VOWELS.has(a) && VOWELS.has(b)) return 0.75;
    return adjacentKeys.get(a)?.includes(b) ? 0.8 : 1;
  }
  const [long, short] = typed.length > candidate.length ? [typed, candidate] : [candidate, typed];
  let i = 0;
  while (long[i] === short[i]) i++;
  return long[i] === long[i - 1] || long[i] === long[i + 1] ? 0.5 : 0.9;
}

export interface Suggestion {
  word: string;
  distance: number;
  score: number;
}

/** The dictionary of one dialect plus the words a desk or draft accepts. */
export class Speller {
  private readonly dictionary: WordList;
  private readonly names: WordList;
  private readonly user: Set<string>;
  private readonly userWords: string[];
  private readonly userLower: string[];
  // An empty Set still hashes the whole fresh string it is asked about: asked only when the desk has words.
  private readonly hasWord = (w: string) => this.dictionary.has(w) || (this.user.size > 0 && this.user.has(w));
  private readonly hasName = (w: string) => this.names.has(w) || gazetteerEntry(w) !== undefined;

  constructor(readonly dialect: Dialect, userWords: readonly string[] = []) {
    this.dictionary = dictionaryFor(dialect);
    this.names = wordList('names');
    this.userWords = userWords.map(normaliseWord);
    this.user = new Set(this.userWords);
    this.userLower = this.userWords.map((w) => w.toLowerCase());
  }

  /**
   * The common case, in one hash probe: a word the dialect's dictionary has
   * exactly as written that is no other dialect's form. False says nothing
   * more: isUserWord, dialectFix and isWord tell the rest.
   */
  isPlainlyRight(word: string): boolean {
    // (British word lists hold no American form of a pair; American ones hold some British forms.)
    return this.user.size === 0 && this.dictionary.has(word) && (this.dialect === 'en-GB' || dialectVariant(word, this.dialect) === undefined);
  }

  /** True when the word is spelt as the dialect's dictionary or the user's words have it. */
  isWord(word: string): boolean {
    return lookUp(this.hasWord, normaliseWord(word));
  }

  /** True for names either dialect's dictionary or the gazetteer lists. */
  isKnownName(word: string): boolean {
    return lookUp(this.hasName, normaliseWord(word));
  }

  /** True for capitalised entries of the dictionaries themselves (not the gazetteer): "Paris", not "Being". */
  isDictionaryName(word: string): boolean {
    return this.names.has(normaliseWord(word));
  }

  isUserWord(word: string): boolean {
    return this.user.size > 0 && lookUp((w) => this.user.has(w), normaliseWord(word));
  }

  /** The other dialect's form this dialect prefers (`center` for `centre` in en-US), or undefined. */
  dialectFix(word: string): string | undefined {
    const lower = normaliseWord(word).toLowerCase();
    const other = dialectVariant(lower, this.dialect);
    if (!other || this.isUserWord(word)) return undefined;
    return word === lower ? other : isCapitalised(word) ? capitalise(other) : undefined;
  }

  /** Corrections when the word is on the list of frequent misspellings. */
  commonMisspelling(word: string, capitalisedToo = false): string[] | undefined {
    const normal = normaliseWord(word);
    const lower = normal.toLowerCase();
    if (normal !== lower && !(capitalisedToo && isCapitalised(normal))) return undefined;
    const possessive = lower.endsWith("'s") ? "'s" : '';
    const fixes = commonMisspelling(possessive ? lower.slice(0, -2) : lower, this.dialect);
    if (!fixes) return undefined;
    const valid = fixes.filter((f) => this.isWord(f));
    if (valid.length === 0) return undefined;
    return normal === lower ? valid : valid.map(capitalise);
  }

  /** Dictionary words close to `word`, likeliest first. */
  suggest(word: string, limit = 5, maxEdits = 2): Suggestion[] {
    const normal = normaliseWord(word);
    const lower = normal.toLowerCase();
    const typedLower = normal === lower;
    const maxDistance = lower.length <= 4 ? 1 : maxEdits;
    const seen = new Set<string>();
    const scored: Suggestion[] = [];
    const consider = (candidate: string, distance: number, bonus: number) => {
      const shown = typedLower || /^\p{Lu}/u.test(candidate) ? candidate : capitalise(candidate);
      if (seen.has(shown) || shown === normal) return;
      if (this.dialect === 'en-US' && dialectVariant(candidate, 'en-US')) return;
      seen.add(shown);
      const candidateLower = candidate.toLowerCase();
      const rank = frequencyRank(candidateLower);
      let score = slipCost(lower, candidateLower, distance) * 2 + 0.5 * Math.log10(Math.min(rank, 300000) + 10) - bonus;
      if (typedLower && candidate !== candidateLower) score += 1.5;
      if (candidate.endsWith("'s") && !lower.endsWith("'s")) score += 1;
      scored.push({ word: shown, distance, score });
    };
    const variant = dialectVariant(lower, this.dialect === 'en-US' ? 'en-GB' : 'en-US');
    if (variant === undefined) {
      const other = dialectVariant(lower, this.dialect);
      if (other) consider(other, 1, 3);
    }
    for (let i = 0; i < this.userLower.length; i++) {
      const distance = editDistance(this.userLower[i], lower, maxDistance);
      if (distance <= maxDistance) consider(this.userWords[i], distance, 0.5);
    }
    // Two edits cost far more than one, so the slower wider search runs only when one edit finds nothing.
    let near = this.dictionary.near(lower, 1);
    if (near.length === 0 && maxDistance > 1) near = this.dictionary.near(lower, maxDistance);
    for (const { word: candidate, distance } of near) consider(candidate, distance, 0);
    scored.sort((a, b) => a.score - b.score);
    return scored.slice(0, limit);
  }
}

const spellers = new Map<string, Speller>();

/** Spellers are cached by dialect and word list, so a draft's lint reuses one. */
export function spellerFor(dialect: Dialect, words: readonly string[]): Speller {
  const key = `${dialect}\n${words.join('\n')}`;
  let speller = spellers.get(key);
  if (!speller) {
    if (spellers.size > 16) spellers.clear();
    spellers.set(key, (speller = new Speller(dialect, words)));
  }
  return speller;
}
