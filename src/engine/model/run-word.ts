import { dialectVariant, dictionaryFor, gazetteerEntry, wordList } from '../dictionary/word-list';
import { CALENDAR_WORDS, COURTESY_TITLES, JOB_TITLES, listForm, NAME_PARTICLES, NEVER_NAMES, POST_NOMINALS, WEAK_TITLES } from './name-words';

/** An everyday word in lower case (either dialect's spelling): `shares`, `senate`, `colour`. */
export function isEverydayWord(lower: string): boolean {
  const us = dictionaryFor('en-US');
  if (us.has(lower)) return true;
  const american = dialectVariant(lower, 'en-US');
  return american !== undefined && us.has(american);
}

/** A capitalised word a dictionary's name list or the gazetteer holds: `Ohio`, `Andrea`, `Columbus`. */
export function isListedName(word: string): boolean {
  return wordList('names').has(word) || gazetteerEntry(word) !== undefined;
}

/** The closed classes (name-words.ts) a word belongs to, as bits of RunWord.classes. */
export const NEVER = 1;
export const COURTESY = 2;
export const JOB = 4;
export const WEAK = 8;
export const CALENDAR = 16;
export const POST_NOMINAL = 32;
/** `of`, `and`, `&`, `van`: as written, not in list form. */
export const CONNECTOR = 64;

/** Every word of the closed classes, in list form, with the classes it belongs to: one look-up instead of one per class. */
const CLASSES = new Map<string, number>();
for (const [words, bit] of [
  [NEVER_NAMES, NEVER],
  [COURTESY_TITLES, COURTESY],
  [JOB_TITLES, JOB],
  [WEAK_TITLES, WEAK],
  [CALENDAR_WORDS, CALENDAR],
  [POST_NOMINALS, POST_NOMINAL],
  [new Set(['of', 'and', '&', ...NAME_PARTICLES]), CONNECTOR],
] as const) {
  for (const word of words) CLASSES.set(word, (CLASSES.get(word) ?? 0) | bit);
}

const PLACE_KINDS = new Set(['country', 'capital', 'city', 'town', 'territory', 'country-part', 'capital-part', 'city-part', 'town-part', 'territory-part']);
/** Whether the gazetteer lists a word as a place (`Ohio`, `Columbus`). */
export const isPlaceName = (word: string) => PLACE_KINDS.has(gazetteerEntry(word)?.kind ?? '');

/** Not yet asked of the dictionaries. */
const UNKNOWN = -1;

/**
 * A word of a run of capitalised words (hyphenated parts joined: `Kilroy-Silk`), with what the
 * names layer asks of it, each asked at most once. Its objects are used again: one reader
 * (NameReader, where the figures are) keeps a few and fills them run after run, instead of an
 * object per capitalised word of the draft.
 */
export class RunWord {
  /** As written; the last word of a name loses its possessive (`rename`). */
  text = '';
  /** The list form of the word as first written (`listForm`), and its classes. */
  lower = '';
  classes = 0;
  start = 0;
  end = 0;
  /** Index of the model word it starts at. */
  word = 0;
  initial = false;
  private renamed = false;
  private gazetteerKind: string | undefined = undefined;
  private everydayWord = UNKNOWN;
  private listedName = UNKNOWN;

  fill(text: string, start: number, end: number, word: number, initial: boolean): void {
    this.text = text;
    this.lower = listForm(text);
    let classes = CLASSES.get(this.lower) ?? 0;
    // A connector as written: list form changes none of them, so a word it changes is none.
    if (this.lower !== text) classes &= ~CONNECTOR;
    this.classes = classes;
    this.start = start;
    this.end = end;
    this.word = word;
    this.initial = initial;
    this.renamed = false;
    this.gazetteerKind = undefined;
    this.everydayWord = UNKNOWN;
    this.listedName = UNKNOWN;
  }

  /** The word without its possessive: what the gazetteer and the name list are asked from now on (list form and classes stay). */
  rename(text: string): void {
    this.text = text;
    this.renamed = true;
    this.gazetteerKind = undefined;
    this.listedName = UNKNOWN;
  }

  /** The list form of the word as it is now. */
  listForm(): string {
    return this.renamed ? listForm(this.text) : this.lower;
  }

  has(classes: number): boolean {
    return (this.classes & classes) !== 0;
  }

  /** Whether the word as first written is an everyday word in lower case. */
  everyday(): boolean {
    if (this.everydayWord === UNKNOWN) this.everydayWord = isEverydayWord(this.lower) ? 1 : 0;
    return this.everydayWord === 1;
  }

  listed(): boolean {
    if (this.listedName === UNKNOWN) this.listedName = isListedName(this.text) ? 1 : 0;
    return this.listedName === 1;
  }

  /** The gazetteer's kind (`city`, `first-name`, `demonym`), '' when unlisted. */
  private kind(): string {
    return (this.gazetteerKind ??= gazetteerEntry(this.text)?.kind ?? '');
  }

  isPlace(): boolean {
    return PLACE_KINDS.has(this.kind());
  }

  isFirstName(): boolean {
    return this.kind() === 'first-name';
  }

  isDemonym(): boolean {
    return this.kind() === 'demonym';
  }
}
