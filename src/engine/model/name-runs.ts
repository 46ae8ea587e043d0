import { dialectVariant, dictionaryFor, gazetteerEntry, wordList } from '../dictionary/word-list';
import { spanIndexAt } from '../positions';
import type { Span } from '../types';
import {
  CALENDAR_WORDS, COURTESY_TITLES, HEAD_OF_STATE_TITLES, HYPHEN_SUFFIXES, JOB_TITLES, listForm, NAME_PARTICLES, NEVER_NAMES, OF_HEADS,
  ORGANISATION_ENDINGS, PEERAGE, POST_NOMINALS, PUBLIC_OFFICES, ROLE_NOUNS, WEAK_TITLES,
} from './name-words';
import type { NameKind, NameRole, Paragraph, TextModel, Word } from './types';
import { startsWithCapital } from './char-class';

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

const PLACE_KINDS = new Set(['country', 'capital', 'city', 'town', 'territory', 'country-part', 'capital-part', 'city-part', 'town-part', 'territory-part']);
/** The gazetteer's kind for a word (`city`, `first-name`, `demonym`), '' when unlisted; kept on a run's word, asked up to five times. */
function gazetteerKind(word: RunWord | string): string {
  if (typeof word === 'string') return gazetteerEntry(word)?.kind ?? '';
  return (word.gazetteer ??= gazetteerEntry(word.text)?.kind ?? '');
}
const isPlaceWord = (word: RunWord | string) => PLACE_KINDS.has(gazetteerKind(word));
const isFirstName = (word: RunWord | string) => gazetteerKind(word) === 'first-name';
const isDemonym = (word: RunWord | string) => gazetteerKind(word) === 'demonym';
/** Whether a run's word is an everyday word in lower case, kept on the word. */
const everyday = (word: RunWord) => (word.everyday ??= isEverydayWord(word.lower));

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;
const POSSESSIVE = /['’]s?$/u;
const withoutPossessive = (text: string) => (text.length > 2 && POSSESSIVE.test(text) && /['’]/u.test(text.slice(-2)) ? text.replace(POSSESSIVE, '') : text);

/** A word of a run of capitalised words: hyphenated parts joined (`Kilroy-Silk`), the possessive dropped. */
interface RunWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the model word it starts at. */
  word: number;
  initial: boolean;
  gazetteer?: string;
  everyday?: boolean;
}

/** A run of capitalised words read as one reference: its title split off, its kind judged from its words. */
interface Reference extends Span {
  words: RunWord[];
  /** The words without particles and connectors: `Ludwig Beethoven` of `Ludwig van Beethoven`. */
  parts: RunWord[];
  text: string;
  kind: NameKind;
  /**
   * `identifies`: the title and surname name the person in full: a head of state or government
   * (`President Reagan`), a peer or knight (`Lord Barber`), or an office named in full
   * (`Minister of Mines and Energy Subroto`).
   */
  title?: NameRole & { courtesy: boolean; identifies: boolean };
  /** `the Senate`, `the Pentagon`: an institution, not a person. */
  afterThe: boolean;
}

/** Words between which a name runs on: a space, or the full stop of an initial or a title (`J. R.`, `Rep. Mary`). */
function joins(prose: string, left: Word, right: Word): boolean {
  const gap = right.start - left.end;
  if (gap === 1) {
    const c = prose.charCodeAt(left.end);
    return c === 32 || c === 0xa0;
  }
  if (gap !== 2 || prose[left.end] !== '.' || prose[left.end + 1] !== ' ') return false;
  const lower = listForm(left.text);
  return left.text.length === 1 || COURTESY_TITLES.has(lower) || JOB_TITLES.has(lower) || lower === 'st' || lower === 'jr';
}

/** `"Shares …`, `(Former …`, `— Police …`: a word after these opens its phrase like a sentence's first word. */
const opensQuoteOrAside = (code: number) => code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0x2014 || code === 0x2013;
const startsName = (w: Word | undefined) => w !== undefined && startsWithCapital(w.text);
/** `Kilroy-Silk`, `Tae-woo`, `Jong-il`, but not `Ohio-based`. */
const continuesHyphenated = (w: Word) => startsWithCapital(w.text) || (!HYPHEN_SUFFIXES.has(w.text) && (w.text.length <= 3 || !isEverydayWord(w.text)) && /^\p{Ll}+$/u.test(w.text));

/**
 * The most words one name runs to: `International Bank for Reconstruction and Development` has six.
 * A longer run of capitalised words (a title-case headline, a pasted list of names) is cut here, so
 * that no per-word look-up into its name costs the length of the whole run.
 */
const MAX_NAME_WORDS = 12;

/**
 * The runs of capitalised words of words [from, to) (one paragraph's), outside the dateline, with
 * the particles and `of` that continue a name (`Osama bin Laden`, `Department of Transportation`).
 * Each word is read once. A run never leaves its sentence, so a paragraph's runs are its own.
 */
function findRuns(model: TextModel, from: number, to: number): RunWord[][] {
  const { words, prose } = model;
  const dateline = model.dateline;
  const skipped = (w: Word) => dateline !== undefined && w.start >= dateline.start && w.end <= dateline.end;
  const runs: RunWord[][] = [];
  let k = from;
  while (k < to) {
    if (!startsName(words[k]) || skipped(words[k]) || loneNeverName(words, k, prose)) {
      k++;
      continue;
    }
    const run: RunWord[] = [];
    let j = k;
    for (;;) {
      // Join hyphenated parts: `Kilroy-Silk`, `Al-Assad`.
      let end = j;
      while (end + 1 < words.length && words[end + 1].start === words[end].end + 1 && prose[words[end].end] === '-' && continuesHyphenated(words[end + 1])) end++;
      const first = words[j];
      const text = prose.slice(first.start, words[end].end);
      run.push({ text, lower: listForm(text), start: first.start, end: words[end].end, word: j, initial: first.sentenceInitial || opensQuoteOrAside(prose.charCodeAt(first.start - 1)) });
      if ((POSSESSIVE.test(text) && /['’]/u.test(text.slice(-2))) || run.length >= MAX_NAME_WORDS) {
        j = end + 1;
        break;
      }
      const next = words[end + 1];
      const afterNickname = next ? wordAfterNickname(model, words[end], next) : -1;
      if (afterNickname >= 0) {
        j = afterNickname;
        continue;
      }
      if (!next || next.sentence !== first.sentence || !joins(prose, words[end], next)) {
        j = end + 1;
        break;
      }
      if (startsName(next)) {
        j = end + 1;
        continue;
      }
      // `bin Laden`, `van Gogh`; `Department of Transportation`, `Trade and Industry`.
      const after = words[end + 2];
      // `Trade and Industry`, `Mines and Energy`, but not `Transportation and General Motors` (another name).
      const joinsWithAnd = (next.text === 'and' || next.text === '&') && run.some((w) => w.text === 'of') && after !== undefined && isEverydayWord(after.text.toLowerCase()) && !startsOtherName(words[end + 3], after, prose);
      const connector = NAME_PARTICLES.has(next.text) || (next.text === 'of' && OF_HEADS.has(run[run.length - 1].lower)) || joinsWithAnd;
      if (connector && after && after.sentence === next.sentence && joins(prose, next, after) && startsName(after)) {
        run.push({ text: next.text, lower: next.text, start: next.start, end: next.end, word: end + 1, initial: false });
        j = end + 2;
        continue;
      }
      j = end + 1;
      break;
    }
    runs.push(run);
    k = j;
  }
  return runs;
}

/** Whether `next` continues the name `word` starts with another everyday capitalised word (`General Motors`). */
function startsOtherName(next: Word | undefined, word: Word, prose: string): boolean {
  return next !== undefined && next.sentence === word.sentence && joins(prose, word, next) && startsName(next) && isEverydayWord(next.text.toLowerCase());
}

/** `The`, `But`, `He` with no capitalised word after it: the commonest capitalised words, dropped before any run is built. */
function loneNeverName(words: Word[], k: number, prose: string): boolean {
  const w = words[k];
  if (w.text.length > 7 || !NEVER_NAMES.has(w.text.toLowerCase())) return false;
  const next = words[k + 1];
  return !next || !startsName(next) || !joins(prose, w, next);
}

/** `Jimmy "the Whirlwind" White`: the index of the surname after a quoted nickname that follows `word`, or -1. */
function wordAfterNickname(model: TextModel, word: Word, next: Word): number {
  if (next.quotation === -1 || next.quotation === word.quotation) return -1;
  const q = model.quotations[next.quotation];
  if (q.kind !== 'term' || q.parent !== -1 || q.outer.start !== word.end + 1) return -1;
  let k = next.index;
  while (k < model.words.length && model.words[k].start < q.outer.end) k++;
  const after = model.words[k];
  return after && after.start === q.outer.end + 1 && model.prose[q.outer.end] === ' ' && startsName(after) ? k : -1;
}

/** Whether a word the draft capitalises is an ordinary word that merely opens a sentence (`Shares`, `Former`). */
function opensSentenceOnly(word: RunWord, usedMidSentence: UsedMidSentence): boolean {
  return word.initial && everyday(word) && !isListedName(word.text) && !usedMidSentence(word.text);
}

/** A title word before a name: always for `Mr`, `Rep.`, `Mayor`; for `General`, `State` only before a word that is no everyday one. */
function isTitleBefore(word: RunWord, next: RunWord): boolean {
  if (!COURTESY_TITLES.has(word.lower) && !JOB_TITLES.has(word.lower)) return false;
  if (!WEAK_TITLES.has(word.lower)) return true;
  // `Shadow Europe minister`, `State Bank`, `General Motors`.
  if (isPlaceWord(next) || isDemonym(next) || ACRONYM.test(next.text)) return false;
  return !everyday(next) || isFirstName(next) || COURTESY_TITLES.has(next.lower) || JOB_TITLES.has(next.lower);
}

const isConnector = (w: RunWord) => w.text === 'of' || w.text === 'and' || w.text === '&' || NAME_PARTICLES.has(w.text);

/** What a run of capitalised words refers to, and the title written with it. */
function readRun(model: TextModel, run: RunWord[], usedMidSentence: UsedMidSentence): Reference | undefined {
  let first = 0;
  // Function words and calendar words open runs without being names: `But Mr Roe`, `On Friday`.
  while (first < run.length && (NEVER_NAMES.has(run[first].lower) || isConnector(run[first]) || (first === 0 && opensSentenceOnly(run[first], usedMidSentence)) || (CALENDAR_WORDS.has(run[first].lower) && first === run.length - 1))) first++;
  // `Conservative Graham Brady`, `Former Andrea Ginther`: an everyday word describing the person before a given name.
  while (first + 2 < run.length && everyday(run[first]) && !isFirstName(run[first]) && isFirstName(run[first + 1]) && !COURTESY_TITLES.has(run[first].lower) && !JOB_TITLES.has(run[first].lower)) first++;
  let stop = run.length;
  while (stop - first > 1 && POST_NOMINALS.has(run[stop - 1].lower)) stop--;
  const words = run.slice(first, stop);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1];
  last.text = withoutPossessive(last.text);
  // The title ends at the last title word that a name follows: `Columbus Mayor | Andrea Ginther`, `Deputy Prime Minister Mr | Prescott`.
  let titleEnd = -1;
  for (let i = 0; i + 1 < words.length; i++) if (isTitleBefore(words[i], words[i + 1])) titleEnd = i;
  let nameStart = titleEnd + 1;
  // `Mayor of London Sadiq Khan`: what the title governs stays with it.
  if (titleEnd >= 0 && words[nameStart].text === 'of') {
    while (nameStart + 1 < words.length && !isFirstName(words[nameStart]) && (isConnector(words[nameStart]) || isPlaceWord(words[nameStart]) || everyday(words[nameStart]))) nameStart++;
  }
  const name = words.slice(nameStart);
  if (name.length === 0 || (name.length === 1 && (NEVER_NAMES.has(name[0].lower) || COURTESY_TITLES.has(name[0].lower)))) return undefined;
  // `May` alone is a month; after another name word it is a surname (`Theresa May`).
  if (name.length === 1 && CALENDAR_WORDS.has(name[0].lower) && titleEnd < 0) return undefined;
  const start = name[0].start;
  const end = name[name.length - 1].start + name[name.length - 1].text.length;
  const text = name.length === 1 ? name[0].text : model.prose.slice(start, end).replace(/\s+/g, ' ');
  const before = model.words[words[0].word - 1];
  const afterThe = before !== undefined && before.text.toLowerCase() === 'the' && before.sentence === model.words[words[0].word].sentence;
  let title: Reference['title'];
  if (titleEnd >= 0) {
    const titleWords = words.slice(0, nameStart);
    const head = titleWords[titleEnd].lower;
    const pair = titleEnd > 0 ? `${titleWords[titleEnd - 1].lower} ${head}` : head;
    title = {
      start: titleWords[0].start,
      end: titleWords[titleWords.length - 1].end,
      text: model.prose.slice(titleWords[0].start, titleWords[titleWords.length - 1].end),
      head,
      courtesy: COURTESY_TITLES.has(head) && !PEERAGE.has(head),
      identifies: HEAD_OF_STATE_TITLES.has(pair) || HEAD_OF_STATE_TITLES.has(head) || PEERAGE.has(head) || (PUBLIC_OFFICES.has(head) && namesItsJurisdiction(model, titleWords)),
    };
  }
  const parts = name.length === 1 ? name : name.filter((w) => !isConnector(w));
  return { start, end, words: name, parts, text, kind: kindOf(name, parts, title !== undefined, afterThe), title, afterThe };
}

/**
 * An office named with its jurisdiction, which only one person holds: `Minister of Mines and Energy`,
 * `Indonesian Energy Minister`, `Indonesia's Mines and Energy Minister`.
 */
function namesItsJurisdiction(model: TextModel, titleWords: RunWord[]): boolean {
  if (titleWords.some((w) => w.text === 'of' || isPlaceWord(w) || isDemonym(w))) return true;
  const { words } = model;
  const first = titleWords[0].word;
  for (let k = first - 1; k >= 0 && k >= first - 3 && words[k].sentence === words[first].sentence; k--) {
    const bare = withoutPossessive(words[k].text);
    if (bare !== words[k].text && (isPlaceWord(bare) || ACRONYM.test(bare))) return true;
  }
  return false;
}

function kindOf(name: RunWord[], parts: RunWord[], titled: boolean, afterThe: boolean): NameKind {
  const lastLower = listForm(name[name.length - 1].text);
  if (name.some((w) => w.text === 'of' || w.text === '&') || ORGANISATION_ENDINGS.has(lastLower)) return 'organisation';
  if (titled) return 'person';
  if (name.length === 1) {
    const only = name[0].text;
    if (ACRONYM.test(only) && !isEverydayWord(only.toLowerCase())) return isPlaceWord(name[0]) || isPlaceWord(only[0] + only.slice(1).toLowerCase()) ? 'place' : 'organisation';
    if (isDemonym(name[0])) return 'other';
    // `the Kremlin` or `the Franklinton neighborhood`: `the` alone does not say which.
    return isPlaceWord(name[0]) ? 'place' : 'other';
  }
  if (parts.every((w) => isPlaceWord(w))) return 'place';
  const firstWord = parts[0];
  const lastWord = parts[parts.length - 1];
  if (afterThe || parts.some((w) => isDemonym(w))) return 'other';
  if (isFirstName(firstWord) && !ACRONYM.test(lastWord.text)) return 'person';
  if (isPlaceWord(lastWord)) return 'other';
  if (!everyday(firstWord) && !everyday(lastWord) && !ACRONYM.test(firstWord.text) && !ACRONYM.test(lastWord.text)) return 'person';
  return 'other';
}

/** Whether the draft writes a capitalised word inside a sentence somewhere: a name, unlike a word that merely opens one. */
export type UsedMidSentence = (word: string) => boolean;

/**
 * A reference read from one paragraph, what linking needs of it, with offsets counted from the
 * paragraph's start: it stays true when edits elsewhere move the paragraph.
 */
export interface ParagraphReference extends Span {
  text: string;
  kind: NameKind;
  /** How many words the name has, and the last of them without its possessive. */
  wordCount: number;
  lastWord: string;
  /** The name's words without particles and connectors: how many, the first and the last. */
  partCount: number;
  firstPart: string;
  lastPart: string;
  title?: NameRole & { courtesy: boolean; identifies: boolean };
  /** `analyst Jane Roe`: a role written just before the name, taken when the name is a person's. */
  roleBefore?: NameRole;
  /** `Jane Roe, an analyst with Acme Securities,`: taken when the name is a person's, given in full. */
  apposition?: NameRole;
}

/** `the analyst`: a noun after `the` that may point back to a role, offsets from the paragraph's start. */
export interface TheNoun extends Span {
  /** The noun, lower case. */
  noun: string;
  text: string;
}

/** What the names layer reads from one paragraph alone, and what that reading depended on outside it. */
export interface ParagraphNames {
  references: ParagraphReference[];
  theNouns: TheNoun[];
  /** Capitalised words the paragraph uses inside a sentence, each once. */
  midSentence: string[];
  /** The words asked of the whole draft's `midSentence`, and the answers the reading used. */
  asked: string[];
  answers: boolean[];
}

/** Reads one paragraph's references to names, and the roles and `the` nouns around them. */
export function readParagraphNames(model: TextModel, paragraph: Paragraph, midSentence: string[], usedMidSentence: UsedMidSentence): ParagraphNames {
  const [from, to] = wordRange(model, paragraph);
  const asked: string[] = [];
  const answers: boolean[] = [];
  const recorded: UsedMidSentence = (word) => {
    const answer = usedMidSentence(word);
    asked.push(word);
    answers.push(answer);
    return answer;
  };
  const references: ParagraphReference[] = [];
  const headline = model.headline;
  for (let run of findRuns(model, from, to)) {
    const inHeadline = headline !== undefined && run[0].start < headline.end && run[run.length - 1].end > headline.start;
    // `Mark Rutte Warns Allies`: in a headline, a name ends at the first everyday word.
    if (inHeadline) {
      const cut = run.findIndex((w, i) => i > 0 && everyday(w) && !isListedName(w.text));
      if (cut > 0) run = run.slice(0, cut);
    }
    const reference = readRun(model, run, recorded);
    if (!reference) continue;
    // A headline capitalises every word; only a person's full name there (`Mark Rutte warns allies`) is read.
    if (inHeadline && (reference.kind !== 'person' || reference.title || reference.words.length < 2 || reference.words.some((w) => everyday(w) && !isListedName(w.text)))) continue;
    references.push(relative(model, reference, paragraph.start));
  }
  return { references, theNouns: theNouns(model, from, to, paragraph.start), midSentence, asked, answers };
}

/** The paragraph's words, [from, to) in model.words. */
export function wordRange(model: TextModel, paragraph: Paragraph): [number, number] {
  if (paragraph.sentenceEnd === paragraph.sentenceStart) return [0, 0];
  return [model.sentences[paragraph.sentenceStart].wordStart, model.sentences[paragraph.sentenceEnd - 1].wordEnd];
}

const shift = <T extends Span>(span: T, by: number): T => ({ ...span, start: span.start - by, end: span.end - by });

function relative(model: TextModel, reference: Reference, base: number): ParagraphReference {
  const { words, parts } = reference;
  const out: ParagraphReference = {
    start: reference.start - base,
    end: reference.end - base,
    text: reference.text,
    kind: reference.kind,
    wordCount: words.length,
    lastWord: words[words.length - 1].text,
    partCount: parts.length,
    firstPart: parts[0].text,
    lastPart: parts[parts.length - 1].text,
  };
  if (reference.title) out.title = shift(reference.title, base);
  const before = roleBefore(model, reference);
  if (before) out.roleBefore = shift(before, base);
  const apposition = appositionAfter(model, reference);
  if (apposition) out.apposition = shift(apposition, base);
  return out;
}

/** Words that end a role's head: `an analyst | with Acme Securities`, `vice chairman | of …`. */
const ROLE_HEAD_END = new Set(['of', 'with', 'at', 'for', 'in', 'to', 'from', 'on', 'within', 'inside', 'who', 'whom', 'which', 'that', 'and', 'based', 'since', 'until', 'under', 'by']);
/** How an apposition that describes a person opens: `a`, `an`, `the`, `former`, or a title word. */
export const ROLE_OPENERS = new Set(['a', 'an', 'the', 'one', 'his', 'her', 'their', 'its', 'former', 'senior', 'acting', 'assistant', 'associate', 'managing', 'interim', 'deputy', 'vice', 'chief', 'executive', 'then', 'now', 'also', 'longtime', 'veteran']);
const MAX_ROLE_WORDS = 16;
const APPOSITION_GAP = /^,\s$/;
const wordAt = (model: TextModel, offset: number) => Math.max(0, spanIndexAt(model.words, offset));

/** `analyst Jane Roe`, `director general Noboru Hatakeyama`: a role noun written just before the name (or its title). */
function roleBefore(model: TextModel, reference: Reference): NameRole | undefined {
  const { words, prose } = model;
  const first = wordAt(model, reference.title?.start ?? reference.start);
  const before = words[first - 1];
  const roleWord = before && (before.sentenceInitial || !startsWithCapital(before.text)) ? before.text.toLowerCase() : '';
  if (!roleWord || before.sentence !== words[first].sentence || prose.slice(before.end, words[first].start) !== ' ' || !(ROLE_NOUNS.has(roleWord) || JOB_TITLES.has(roleWord))) return undefined;
  let from = first - 1;
  while (from > 0 && words[from - 1].sentence === before.sentence && prose.slice(words[from - 1].end, words[from].start) === ' ' && (ROLE_NOUNS.has(words[from - 1].text) || JOB_TITLES.has(words[from - 1].text)) && first - from < 3) from--;
  return { start: words[from].start, end: before.end, text: prose.slice(words[from].start, before.end), head: roleWord };
}

/** `Jane Roe, an analyst with Acme Securities,`: the apposition after a full name that says what the person does. */
function appositionAfter(model: TextModel, reference: Reference): NameRole | undefined {
  const { words, prose } = model;
  const last = wordAt(model, reference.end - 1);
  const opener = words[last + 1];
  if (!opener || opener.sentence !== words[last].sentence || !APPOSITION_GAP.test(prose.slice(reference.end, opener.start).replace(/^['’]s?/u, ''))) return undefined;
  const lower = opener.text.toLowerCase();
  if (!ROLE_OPENERS.has(lower) && !ROLE_NOUNS.has(lower) && !JOB_TITLES.has(lower)) return undefined;
  let end = last + 1;
  let head = '';
  let headDone = false;
  while (end < words.length && end - last <= MAX_ROLE_WORDS && words[end].sentence === opener.sentence) {
    const w = words[end];
    if (!headDone && ROLE_HEAD_END.has(w.text) && end > last + 1) headDone = true;
    if (!headDone) head = listForm(w.text);
    const gap = prose.slice(w.end, words[end + 1]?.start ?? w.end);
    end++;
    if (/[,.;:!?()"“”—–]/.test(gap)) break;
  }
  if (!head || ROLE_OPENERS.has(head)) return undefined;
  return { start: opener.start, end: words[end - 1].end, text: prose.slice(opener.start, words[end - 1].end), head };
}

/** `the analyst` in words [from, to), unless a name follows (`the analyst Jane Roe` introduces one of its own). */
function theNouns(model: TextModel, from: number, to: number, base: number): TheNoun[] {
  const { words, prose } = model;
  const found: TheNoun[] = [];
  for (let k = from + 1; k < to; k++) {
    const the = words[k - 1];
    if (the.text !== 'the' && the.text !== 'The') continue;
    const w = words[k];
    if (the.sentence !== w.sentence || w.start !== the.end + 1) continue;
    const next = words[k + 1];
    if (next && next.sentence === w.sentence && startsWithCapital(next.text) && prose.slice(w.end, next.start) === ' ') continue;
    found.push({ start: the.start - base, end: w.end - base, noun: w.text.toLowerCase(), text: prose.slice(the.start, w.end) });
  }
  return found;
}

/** Capitalised words used inside sentences in words [from, to), each once. */
export function capitalisedMidSentence(model: TextModel, from: number, to: number): string[] {
  const seen = new Set<string>();
  for (let k = from; k < to; k++) {
    const w = model.words[k];
    if (!w.sentenceInitial && startsWithCapital(w.text)) seen.add(w.text);
  }
  return [...seen];
}
