import { firstSpanFrom } from '../positions';
import type { Span } from '../types';
import { isSpaceCode, startsWithCapital } from './char-class';
import { appositionAfter, roleBefore, theNounAt, type TheNoun } from './name-roles';
import { COURTESY_TITLES, HEAD_OF_STATE_TITLES, HYPHEN_SUFFIXES, JOB_TITLES, listForm, NAME_PARTICLES, OF_HEADS, ORGANISATION_ENDINGS, PEERAGE, PUBLIC_OFFICES } from './name-words';
import { CALENDAR, CONNECTOR, COURTESY, isEverydayWord, isNeverName, isPlaceName, JOB, NEVER, POST_NOMINAL, RunWord, WEAK } from './run-word';
import type { NameKind, NameRole, Paragraph, Quotation, TextModel, Word } from './types';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;
/** `OPEC`, `G7`: a capital then capitals, digits or `&`. A lower-case ASCII second letter (most names) answers without the Unicode regular expression. */
function isAcronym(text: string): boolean {
  // No code unit is read past the end: the first such read made V8 deoptimise (`node --trace-deopt`: out of bounds).
  if (text.length < 2) return false;
  const second = text.charCodeAt(1);
  return !(second >= 97 && second <= 122) && ACRONYM.test(text);
}

/** Whether a word ends in a possessive (`Roe's`, `Jones'`, `Roe’s`). */
function endsPossessive(text: string): boolean {
  const n = text.length;
  const c = text.charCodeAt(n - 1);
  if (c === 39 || c === 0x2019) return true;
  return c === 115 && n > 1 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019);
}

/** The word without one possessive (`Roe` for `Roe's`), if it has one and more. */
export const withoutPossessive = (text: string) => (text.length > 2 && endsPossessive(text) ? text.slice(0, text.charCodeAt(text.length - 1) === 115 ? -2 : -1) : text);

/**
 * One build's reader of runs of capitalised words: the draft, and the run words it fills again for
 * each run (see RunWord). Why: with an object per capitalised word, an array per run, and arrays,
 * closures and records per paragraph even where nothing was found, building the layer for every
 * Reuters story allocated about 120 MB, and in the CLI the collector's work lands on whoever
 * allocates; with this reader and the shared empty lists below it allocates about 66 MB (heap growth
 * over one pass with a 512 MB young generation, so that nothing is collected on the way).
 */
export class NameReader {
  /** The run being read is run[0, length). */
  readonly run: RunWord[] = [];
  length = 0;

  /**
   * `fullNamesOnly`: reads only names of two words or more and titled names, without roles or `the`
   * nouns: all that linking needs to decide the entities of full and titled names (see findFullNames).
   * `readsRoles`: reads the roles written beside names (`analyst Jane Roe`), which only the whole
   * layer keeps; a reader that asks whose a span's names are (SpanReader) passes them over.
   */
  constructor(
    readonly model: TextModel,
    readonly fullNamesOnly = false,
    readonly readsRoles = !fullNamesOnly,
  ) {}

  /** Run word `i`, to be filled. */
  slot(i: number): RunWord {
    while (this.run.length <= i) this.run.push(new RunWord());
    return this.run[i];
  }
}

/** Words between which a name runs on: a space, or the full stop of an initial or a title (`J. R.`, `Rep. Mary`). */
function joins(prose: string, left: Word, right: Word): boolean {
  const gap = right.start - left.end;
  if (gap === 1) {
    const c = prose.charCodeAt(left.end);
    return c === 32 || c === 0xa0;
  }
  if (gap !== 2 || prose.charCodeAt(left.end) !== 46 || prose.charCodeAt(left.end + 1) !== 32) return false;
  if (left.text.length === 1) return true;
  const lower = listForm(left.text);
  return COURTESY_TITLES.has(lower) || JOB_TITLES.has(lower) || lower === 'st' || lower === 'jr';
}

/** `"Shares …`, `(Former …`, `— Police …`: a word after these opens its phrase like a sentence's first word. */
const opensQuoteOrAside = (code: number) => code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0x2014 || code === 0x2013;
/** `Kilroy-Silk`, `Tae-woo`, `Jong-il`, but not `Ohio-based`. */
const continuesHyphenated = (w: Word) => startsWithCapital(w.text) || (!HYPHEN_SUFFIXES.has(w.text) && (w.text.length <= 3 || !isEverydayWord(w.text)) && /^\p{Ll}+$/u.test(w.text));

/**
 * The most words one name runs to: `International Bank for Reconstruction and Development` has six.
 * A longer run of capitalised words (a title-case headline, a pasted list of names) is cut here, so
 * that no per-word look-up into its name costs the length of the whole run.
 */
const MAX_NAME_WORDS = 12;

/** Whether a run of capitalised words starts at model word `k`: a capital, outside the dateline, not a lone `The`. */
export function startsRun(model: TextModel, k: number): boolean {
  const w = model.words[k];
  if (!startsWithCapital(w.text)) return false;
  const dateline = model.dateline;
  return !(dateline !== undefined && w.start >= dateline.start && w.end <= dateline.end) && !loneNeverName(model.words, k, model.prose);
}

/**
 * Whether a run that started at model word `k` would surely be that word alone (fillRun would
 * stop after it): nothing joins it to the next word, or a lower-case word joins it with no
 * capitalised word after (no particle or `of` carries the name on). False when unsure: a hyphen or
 * a quoted nickname after it. Why: most capitalised words stand alone, and a reader of full names
 * only (which drops lone words) then skips filling a run for each (see findFullNames).
 */
export function startsLoneRun(model: TextModel, k: number): boolean {
  const { words, prose } = model;
  // No word is read past the last (see isAcronym).
  if (k + 1 >= words.length) return true;
  const word = words[k];
  const next = words[k + 1];
  if (prose.charCodeAt(word.end) === 45 || (next.quotation !== -1 && next.quotation !== word.quotation)) return false;
  if (next.sentence !== word.sentence || !joins(prose, word, next)) return true;
  if (startsWithCapital(next.text)) return false;
  if (k + 2 >= words.length) return true;
  const after = words[k + 2];
  return after.sentence !== next.sentence || !startsWithCapital(after.text) || !joins(prose, next, after);
}

/**
 * The nearest model word before word `k` from which a run may go on to word `k` or past it
 * (fillRun): the word before, joined to it by a hyphen, or by a space before a capitalised word or
 * a word that connects a name (`of`, `bin`); or, when word `k` is in a quoted term or just after
 * one (a nickname, which a run steps over: wordAfterNickname), the word before the quotation. -1
 * when none: then no run that starts before word `k` holds it or a word after it, and the runs of
 * its paragraph from `k` on start where reading the paragraph from its first word finds them.
 */
export function runMayComeFrom(model: TextModel, k: number): number {
  const { words, prose } = model;
  const left = words[k - 1];
  const right = words[k];
  // `Jimmy "the Whirlwind" White`: from `Jimmy` over the quotation to `White`; nothing else joins across a quotation mark.
  const inside = right.quotation !== -1 ? outermost(model, right.quotation) : undefined;
  const overQuotation = inside?.kind === 'term' ? wordBefore(words, inside) : -1;
  if (overQuotation >= 0) return overQuotation;
  const after = left.quotation !== -1 ? outermost(model, left.quotation) : undefined;
  if (after && after.outer.end + 1 === right.start) return after.kind === 'term' ? wordBefore(words, after) : -1;
  if (right.start === left.end + 1 && prose.charCodeAt(left.end) === 45) return k - 1;
  if (right.sentence !== left.sentence || !joins(prose, left, right)) return -1;
  const { text } = right;
  return startsWithCapital(text) || text === 'of' || text === 'and' || text === '&' || NAME_PARTICLES.has(text) ? k - 1 : -1;
}

function outermost(model: TextModel, q: number): Quotation {
  let quotation = model.quotations[q];
  while (quotation.parent !== -1) quotation = model.quotations[quotation.parent];
  return quotation;
}

/** The word just before a quotation's opening mark, from which a run may step over it (wordAfterNickname); -1 if none. */
function wordBefore(words: readonly Word[], quotation: Quotation): number {
  const first = firstSpanFrom(words, quotation.outer.start);
  return first > 0 && words[first - 1].end + 1 === quotation.outer.start ? first - 1 : -1;
}

/**
 * Fills the reader with the run of capitalised words that starts at model word `k`, with the
 * particles and `of` that continue a name (`Osama bin Laden`, `Department of Transportation`), and
 * returns the index of the first word after it. A run never leaves its sentence, so a paragraph's
 * runs are its own.
 */
export function fillRun(reader: NameReader, k: number): number {
  const { model } = reader;
  const { words, prose } = model;
  let n = 0;
  let j = k;
  for (;;) {
    // Join hyphenated parts: `Kilroy-Silk`, `Al-Assad`.
    let end = j;
    while (end + 1 < words.length && words[end + 1].start === words[end].end + 1 && prose.charCodeAt(words[end].end) === 45 && continuesHyphenated(words[end + 1])) end++;
    const first = words[j];
    const text = end === j ? first.text : prose.slice(first.start, words[end].end);
    const added = reader.slot(n++);
    added.fill(text, first.start, words[end].end, j, first.sentenceInitial || opensQuoteOrAside(prose.charCodeAt(first.start - 1)));
    if (endsPossessive(text) || n >= MAX_NAME_WORDS) {
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
    if (startsWithCapital(next.text)) {
      j = end + 1;
      continue;
    }
    // `bin Laden`, `van Gogh`; `Department of Transportation`, `Trade and Industry`.
    const after = words[end + 2];
    if (after !== undefined && after.sentence === next.sentence && startsWithCapital(after.text) && joins(prose, next, after) && connects(reader, n, end + 1)) {
      reader.slot(n++).fill(next.text, next.start, next.end, end + 1, false);
      j = end + 2;
      continue;
    }
    j = end + 1;
    break;
  }
  reader.length = n;
  return j;
}

/** Whether lower-case word `at` carries the run's first `n` words on to the next capitalised word (`bin`, `of`, `and`). */
function connects(reader: NameReader, n: number, at: number): boolean {
  const { words, prose } = reader.model;
  const text = words[at].text;
  if (text === 'of') return OF_HEADS.has(reader.run[n - 1].lower);
  if (text === 'and' || text === '&') {
    // `Trade and Industry`, `Mines and Energy`, but not `Transportation and General Motors` (another name).
    const after = words[at + 1];
    let hasOf = false;
    for (let i = 0; i < n && !hasOf; i++) hasOf = reader.run[i].text === 'of';
    return hasOf && isEverydayWord(after.text.toLowerCase()) && !startsOtherName(at + 2 < words.length ? words[at + 2] : undefined, after, prose);
  }
  return NAME_PARTICLES.has(text);
}

/** Whether `next` continues the name `word` starts with another everyday capitalised word (`General Motors`). */
function startsOtherName(next: Word | undefined, word: Word, prose: string): boolean {
  return next !== undefined && next.sentence === word.sentence && joins(prose, word, next) && startsWithCapital(next.text) && isEverydayWord(next.text.toLowerCase());
}

/** `The`, `But`, `He` with no capitalised word after it: the commonest capitalised words, dropped before any run is built. */
function loneNeverName(words: Word[], k: number, prose: string): boolean {
  const w = words[k];
  if (w.text.length > 7 || !isNeverName(w.text)) return false;
  if (k + 1 >= words.length) return true;
  const next = words[k + 1];
  return !startsWithCapital(next.text) || !joins(prose, w, next);
}

/** `Jimmy "the Whirlwind" White`: the index of the surname after a quoted nickname that follows `word`, or -1. */
function wordAfterNickname(model: TextModel, word: Word, next: Word): number {
  if (next.quotation === -1 || next.quotation === word.quotation) return -1;
  const q = model.quotations[next.quotation];
  if (q.kind !== 'term' || q.parent !== -1 || q.outer.start !== word.end + 1) return -1;
  let k = next.index;
  while (k < model.words.length && model.words[k].start < q.outer.end) k++;
  const after = model.words[k];
  return after && after.start === q.outer.end + 1 && model.prose[q.outer.end] === ' ' && startsWithCapital(after.text) ? k : -1;
}

/** Whether a word the draft capitalises is an ordinary word that merely opens a sentence (`Shares`, `Former`). */
function opensSentenceOnly(word: RunWord, usedMidSentence: UsedMidSentence): boolean {
  return word.initial && word.everyday() && !word.listed() && !usedMidSentence(word.text);
}

/** A title word before a name: always for `Mr`, `Rep.`, `Mayor`; for `General`, `State` only before a word that is no everyday one. */
function isTitleBefore(word: RunWord, next: RunWord): boolean {
  if (!word.has(COURTESY | JOB)) return false;
  if (!word.has(WEAK)) return true;
  // `Shadow Europe minister`, `State Bank`, `General Motors`.
  if (next.isPlace() || next.isDemonym() || isAcronym(next.text)) return false;
  return !next.everyday() || next.isFirstName() || next.has(COURTESY | JOB);
}

/**
 * What the reader's run, cut to `n` words, refers to, and the title written with it; in a headline,
 * only a person's full name. Offsets from `base`, the paragraph's start.
 */
function readRun(reader: NameReader, n: number, inHeadline: boolean, usedMidSentence: UsedMidSentence, base: number): ParagraphReference | undefined {
  const { model, run } = reader;
  let first = 0;
  // Function words and calendar words open runs without being names: `But Mr Roe`, `On Friday`.
  while (first < n && (run[first].has(NEVER | CONNECTOR) || (first === 0 && opensSentenceOnly(run[first], usedMidSentence)) || (run[first].has(CALENDAR) && first === n - 1))) first++;
  // `Conservative Graham Brady`, `Former Andrea Ginther`: an everyday word describing the person before a given name.
  while (first + 2 < n && !run[first].has(COURTESY | JOB) && run[first].everyday() && !run[first].isFirstName() && run[first + 1].isFirstName()) first++;
  let stop = n;
  while (stop - first > 1 && run[stop - 1].has(POST_NOMINAL)) stop--;
  if (stop <= first) return undefined;
  const last = run[stop - 1];
  const bare = withoutPossessive(last.text);
  if (bare !== last.text) last.rename(bare);
  // The title ends at the last title word that a name follows: `Columbus Mayor | Andrea Ginther`, `Deputy Prime Minister Mr | Prescott`.
  let titleEnd = -1;
  for (let i = first; i + 1 < stop; i++) if (isTitleBefore(run[i], run[i + 1])) titleEnd = i;
  let nameStart = titleEnd < 0 ? first : titleEnd + 1;
  // `Mayor of London Sadiq Khan`: what the title governs stays with it.
  if (titleEnd >= 0 && run[nameStart].text === 'of') {
    while (nameStart + 1 < stop && !run[nameStart].isFirstName() && (run[nameStart].has(CONNECTOR) || run[nameStart].isPlace() || run[nameStart].everyday())) nameStart++;
  }
  const count = stop - nameStart;
  if (count === 0 || (count === 1 && run[nameStart].has(NEVER | COURTESY))) return undefined;
  // `May` alone is a month; after another name word it is a surname (`Theresa May`).
  if (count === 1 && run[nameStart].has(CALENDAR) && titleEnd < 0) return undefined;
  const start = run[nameStart].start;
  const end = last.start + last.text.length;
  const before = model.words[run[first].word - 1];
  const afterThe = before !== undefined && before.sentence === model.words[run[first].word].sentence && before.text.length === 3 && before.text.toLowerCase() === 'the';
  let title: ParagraphReference['title'];
  if (titleEnd >= 0) {
    const head = run[titleEnd].lower;
    const pair = titleEnd > first ? `${run[titleEnd - 1].lower} ${head}` : head;
    const titleStart = run[first].start;
    const titleStop = run[nameStart - 1].end;
    title = {
      start: titleStart - base,
      end: titleStop - base,
      text: model.prose.slice(titleStart, titleStop),
      head,
      courtesy: COURTESY_TITLES.has(head) && !PEERAGE.has(head),
      identifies: HEAD_OF_STATE_TITLES.has(pair) || HEAD_OF_STATE_TITLES.has(head) || PEERAGE.has(head) || (PUBLIC_OFFICES.has(head) && namesItsJurisdiction(reader, first, nameStart)),
    };
  }
  // The name's words without particles and connectors: `Ludwig Beethoven` of `Ludwig van Beethoven`.
  let firstPart = nameStart;
  let lastPart = nameStart;
  let partCount = 1;
  if (count > 1) {
    firstPart = -1;
    partCount = 0;
    for (let i = nameStart; i < stop; i++) {
      if (run[i].has(CONNECTOR)) continue;
      if (firstPart < 0) firstPart = i;
      lastPart = i;
      partCount++;
    }
  }
  // `But Blair`, `In London`: a lone word, which linking full and titled names passes over.
  if (reader.fullNamesOnly && partCount < 2 && !title) return undefined;
  const kind = kindOf(run, nameStart, stop, firstPart, lastPart, title !== undefined, afterThe);
  // A headline capitalises every word; only a person's full name there (`Mark Rutte warns allies`) is read.
  if (inHeadline && (kind !== 'person' || title || count < 2 || anyEverydayUnlisted(run, nameStart, stop))) return undefined;
  const reference: ParagraphReference = {
    start: start - base,
    end: end - base,
    text: count === 1 ? last.text : oneSpaced(model.prose.slice(start, end)),
    kind,
    wordCount: count,
    lastWord: last.text,
    partCount,
    firstPart: run[firstPart].text,
    lastPart: run[lastPart].text,
  };
  if (title) reference.title = title;
  if (!reader.readsRoles) return reference;
  const role = roleBefore(model, run[first].word, base);
  if (role) reference.roleBefore = role;
  const apposition = appositionAfter(model, last.word, end, base);
  if (apposition) reference.apposition = apposition;
  return reference;
}

/** Whether one of run words [from, to) is an everyday word and no listed name: `Warns` in `Mark Rutte Warns Allies`. */
function anyEverydayUnlisted(run: RunWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (run[i].everyday() && !run[i].listed()) return true;
  return false;
}

/** A name's words joined by single spaces, whatever spaces the draft put between them. */
function oneSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? isSpaceCode(text.charCodeAt(i + 1)) : isSpaceCode(c)) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/**
 * An office named with its jurisdiction, which only one person holds: `Minister of Mines and Energy`,
 * `Indonesian Energy Minister`, `Indonesia's Mines and Energy Minister`. The title is run words [from, to).
 */
function namesItsJurisdiction(reader: NameReader, from: number, to: number): boolean {
  const { model, run } = reader;
  for (let i = from; i < to; i++) if (run[i].text === 'of' || run[i].isPlace() || run[i].isDemonym()) return true;
  const { words } = model;
  const first = run[from].word;
  for (let k = first - 1; k >= 0 && k >= first - 3 && words[k].sentence === words[first].sentence; k--) {
    const bare = withoutPossessive(words[k].text);
    if (bare !== words[k].text && (isPlaceName(bare) || isAcronym(bare))) return true;
  }
  return false;
}

/** The kind of the name in run words [from, to), whose parts (its words but connectors) run from `firstPart` to `lastPart`. */
function kindOf(run: RunWord[], from: number, to: number, firstPart: number, lastPart: number, titled: boolean, afterThe: boolean): NameKind {
  const lastWord = run[to - 1];
  for (let i = from; i < to; i++) if (run[i].text === 'of' || run[i].text === '&') return 'organisation';
  if (ORGANISATION_ENDINGS.has(lastWord.listForm())) return 'organisation';
  if (titled) return 'person';
  if (to - from === 1) {
    const only = lastWord.text;
    if (isAcronym(only) && !isEverydayWord(only.toLowerCase())) return lastWord.isPlace() || isPlaceName(only[0] + only.slice(1).toLowerCase()) ? 'place' : 'organisation';
    if (lastWord.isDemonym()) return 'other';
    // `the Kremlin` or `the Franklinton neighborhood`: `the` alone does not say which.
    return lastWord.isPlace() ? 'place' : 'other';
  }
  let allPlaces = true;
  for (let i = from; i < to && allPlaces; i++) if (!run[i].has(CONNECTOR) && !run[i].isPlace()) allPlaces = false;
  if (allPlaces) return 'place';
  const firstWord = run[firstPart];
  const lastOne = run[lastPart];
  let anyDemonym = afterThe;
  for (let i = from; i < to && !anyDemonym; i++) if (!run[i].has(CONNECTOR) && run[i].isDemonym()) anyDemonym = true;
  if (anyDemonym) return 'other';
  if (firstWord.isFirstName() && !isAcronym(lastOne.text)) return 'person';
  if (lastOne.isPlace()) return 'other';
  if (!firstWord.everyday() && !lastOne.everyday() && !isAcronym(firstWord.text) && !isAcronym(lastOne.text)) return 'person';
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
  /**
   * `identifies`: the title and surname name the person in full: a head of state or government
   * (`President Reagan`), a peer or knight (`Lord Barber`), or an office named in full
   * (`Minister of Mines and Energy Subroto`).
   */
  title?: NameRole & { courtesy: boolean; identifies: boolean };
  /** `analyst Jane Roe`: a role written just before the name, taken when the name is a person's. */
  roleBefore?: NameRole;
  /** `Jane Roe, an analyst with Acme Securities,`: taken when the name is a person's, given in full. */
  apposition?: NameRole;
}

/**
 * What the run just filled (fillRun) refers to, as a paragraph's reading has it; offsets from `base`.
 * `undefined` for an untitled lone word (`Blair`, `But Blair`) when the reader reads full names only.
 */
export function referenceOfRun(reader: NameReader, usedMidSentence: UsedMidSentence, base: number): ParagraphReference | undefined {
  const { run } = reader;
  const headline = reader.model.headline;
  let n = reader.length;
  const inHeadline = headline !== undefined && run[0].start < headline.end && run[n - 1].end > headline.start;
  // `Mark Rutte Warns Allies`: in a headline, a name ends at the first everyday word.
  if (inHeadline) {
    for (let i = 1; i < n; i++) {
      if (run[i].everyday() && !run[i].listed()) {
        n = i;
        break;
      }
    }
  }
  // A lone word is an untitled single reference at most.
  if (n === 1 && reader.fullNamesOnly) return undefined;
  return readRun(reader, n, inHeadline, usedMidSentence, base);
}
