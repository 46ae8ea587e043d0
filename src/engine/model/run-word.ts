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

/** The closed classes (name-words.ts) a word belongs to, asked with RunWord.has. */
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

const NEVER_CAPITALISED = new Set([...NEVER_NAMES].map((w) => w[0].toUpperCase() + w.slice(1)));

/**
 * Whether NEVER_NAMES holds a word lower-cased as written (`The`, `But`; not `It's`), lower-casing
 * it only when it has a capital after its first letter: most capitalised words are asked, and
 * nearly all are written in lower case but for the first letter.
 */
export function isNeverName(text: string): boolean {
  if (NEVER_CAPITALISED.has(text) || NEVER_NAMES.has(text)) return true;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return NEVER_NAMES.has(text.toLowerCase());
  }
  return false;
}

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
  start = 0;
  end = 0;
  /** Index of the model word it starts at. */
  word = 0;
  initial = false;
  /** The list form of the word as first written (`listForm`), and its classes: asked only of the words of runs read. */
  private firstListForm: string | undefined = undefined;
  private classBits = 0;
  private renamed = false;
  private textBeforeRename = '';
  private gazetteerKind: string | undefined = undefined;
  private everydayWord = UNKNOWN;
  private listedName = UNKNOWN;

  fill(text: string, start: number, end: number, word: number, initial: boolean): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
    this.initial = initial;
    this.firstListForm = undefined;
    this.renamed = false;
    this.gazetteerKind = undefined;
    this.everydayWord = UNKNOWN;
    this.listedName = UNKNOWN;
  }

  /** The list form of the word as first written: `mr` for `Mr.`, `roe` for `Roe's`. */
  get lower(): string {
    return this.firstListForm ?? this.readListForm();
  }

  private readListForm(): string {
    const text = this.renamed ? this.textBeforeRename : this.text;
    const lower = listForm(text);
    let classes = CLASSES.get(lower) ?? 0;
    // A connector as written: list form changes none of them, so a word it changes is none.
    if (lower !== text) classes &= ~CONNECTOR;
    this.firstListForm = lower;
    this.classBits = classes;
    return lower;
  }

  /** The word without its possessive: what the gazetteer and the name list are asked from now on (list form and classes stay). */
  rename(text: string): void {
    if (!this.renamed) this.textBeforeRename = this.text;
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
    if (this.firstListForm === undefined) this.readListForm();
    return (this.classBits & classes) !== 0;
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
