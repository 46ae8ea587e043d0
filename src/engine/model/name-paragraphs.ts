import type { Span } from '../types';
import { startsWithCapital } from './char-class';
import { fillRun, referenceOfRun, runMayComeFrom, startsLoneRun, startsRun, type NameReader, type ParagraphReference, type UsedMidSentence } from './name-runs';
import { theNounAt, type TheNoun } from './name-roles';
import type { Paragraph, TextModel } from './types';

/** What the names layer reads from one paragraph alone, and what that reading depended on outside it. */
export interface ParagraphNames {
  references: readonly ParagraphReference[];
  theNouns: readonly TheNoun[];
  /** Capitalised words the paragraph uses inside a sentence, each once. */
  midSentence: readonly string[];
  /** The words asked of the whole draft's `midSentence`, and the answers the reading used. */
  asked: readonly string[];
  answers: readonly boolean[];
}

/** What most paragraphs hold: no reference, no `the` noun, nothing asked (one empty list shared by all). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads one paragraph's references to names, and the roles and `the` nouns around them. With
 * `record`, notes each word asked of `usedMidSentence` and the answer (a NamesCache checks them
 * before it uses the reading again).
 */
export function readParagraphNames(reader: NameReader, paragraph: Paragraph, midSentence: readonly string[], usedMidSentence: UsedMidSentence, record = true): ParagraphNames {
  const { model } = reader;
  let asked: string[] | undefined;
  let answers: boolean[] | undefined;
  const ask: UsedMidSentence = !record
    ? usedMidSentence
    : (word) => {
        const answer = usedMidSentence(word);
        (asked ??= []).push(word);
        (answers ??= []).push(answer);
        return answer;
      };
  let references: ParagraphReference[] | undefined;
  const base = paragraph.start;
  const from = firstWordOf(model, paragraph);
  const to = endWordOf(model, paragraph);
  let nouns: TheNoun[] | undefined;
  // One pass over the paragraph's words: `the` nouns at every word, runs where one starts. Reading
  // full names only, a loop of its own with no `the` nouns, that jumps from a run's end to the next
  // word: one loop shared by both readings made reading every story's full names about 14% slower
  // (`npx tsx bench/layer-cost.ts --base 2254044 --layers fullnames`).
  if (reader.fullNamesOnly) {
    const { words } = model;
    for (let k = from; k < to; k++) {
      // A word that surely stands alone is passed over before startsRun asks the word lists about it.
      if (!startsWithCapital(words[k].text) || startsLoneRun(model, k) || !startsRun(model, k)) continue;
      const runEnd = fillRun(reader, k);
      const reference = referenceOfRun(reader, ask, base);
      if (reference) (references ??= []).push(reference);
      k = runEnd - 1;
    }
  } else {
    let runEnd = from;
    for (let k = from; k < to; k++) {
      const the = theNounAt(model, k, to, base);
      if (the) (nouns ??= []).push(the);
      if (k < runEnd || !startsRun(model, k)) continue;
      runEnd = fillRun(reader, k);
      const reference = referenceOfRun(reader, ask, base);
      if (reference) (references ??= []).push(reference);
    }
  }
  return { references: references ?? NONE, theNouns: nouns ?? NONE, midSentence, asked: asked ?? NONE, answers: answers ?? NONE };
}

/** The references and `the` nouns that start inside a span, as the paragraph's whole reading (readParagraphNames) has them. */
export interface SpanNames {
  references: ParagraphReference[];
  theNouns: TheNoun[];
}

/**
 * Reads the names that start inside spans of a draft, a span at a time, each as its paragraph's
 * whole reading has them, in time that grows with the span and not with its paragraph: where each
 * run of a paragraph starts is found once (a run starts only after the run before it has ended),
 * and only the runs and `the` nouns that may start inside the span are read.
 */
export class SpanReader {
  private readonly runStarts = new Map<number, number[]>();

  constructor(
    private readonly reader: NameReader,
    private readonly usedMidSentence: UsedMidSentence,
  ) {}

  /** What of `paragraph` starts inside `span`; offsets from the paragraph's start. */
  read(paragraph: Paragraph, span: Span): SpanNames {
    const { reader } = this;
    const { model } = reader;
    const { words } = model;
    const base = paragraph.start;
    const to = endWordOf(model, paragraph);
    const references: ParagraphReference[] = [];
    const theNouns: TheNoun[] = [];
    const from = firstWordOf(model, paragraph);
    const first = from + countBefore(to - from, (j) => words[from + j].start < span.start);
    if (first === to) return { references, theNouns };
    const starts = this.runStartsNear(paragraph, first, span.end);
    // The run that starts last before the span may reach into it; no run before that one does.
    let i = Math.max(0, countBefore(starts.length, (i) => words[starts[i]].start < span.start) - 1);
    for (; i < starts.length && words[starts[i]].start < span.end; i++) {
      fillRun(reader, starts[i]);
      // A reference starts at one of its run's words, at or before the last.
      if (reader.run[reader.length - 1].start < span.start) continue;
      const reference = referenceOfRun(reader, this.usedMidSentence, base);
      if (reference && reference.start + base >= span.start && reference.start + base < span.end) references.push(reference);
    }
    if (!reader.fullNamesOnly) {
      for (let k = first; k < to && words[k].start < span.end; k++) {
        const the = theNounAt(model, k, to, base);
        if (the) theNouns.push(the);
      }
    }
    return { references, theNouns };
  }

  /**
   * Where the mentions that may cover `offset` (in `paragraph`) start at the earliest: its run's
   * reference, and a `the` noun at its word or the word before; what starts earlier ends before it.
   */
  coverFrom(paragraph: Paragraph, offset: number): number {
    const { words } = this.reader.model;
    const from = firstWordOf(this.reader.model, paragraph);
    const k = from + countBefore(endWordOf(this.reader.model, paragraph) - from, (j) => words[from + j].start <= offset) - 1;
    const starts = k >= from ? this.runStartsNear(paragraph, k, words[k].end) : [];
    const run = countBefore(starts.length, (i) => words[starts[i]].start <= offset) - 1;
    let cover = offset;
    if (k - 1 >= from) cover = words[k - 1].start;
    else if (k >= from) cover = words[k].start;
    return run >= 0 ? Math.min(cover, words[starts[run]].start) : cover;
  }

  /**
   * Fills the reader with the run that holds model word `k` (in `paragraph`) and returns where it
   * starts, as a paragraph's reading of full names reads it; -1 when no run holds the word, or its
   * run is a word alone (which that reading passes over).
   */
  fillRunHolding(paragraph: Paragraph, k: number): number {
    const { model } = this.reader;
    let starts = this.runStarts.get(paragraph.index);
    let j = starts ? -1 : this.restartBefore(paragraph, k);
    if (j < 0) {
      starts ??= this.runStartsOf(paragraph);
      j = starts[countBefore(starts.length, (i) => starts![i] <= k) - 1] ?? k + 1;
    }
    while (j <= k) {
      if (!startsRun(model, j)) j++;
      else if (startsLoneRun(model, j)) {
        if (j === k) return -1;
        j++;
      } else {
        const end = fillRun(this.reader, j);
        if (end > k) return j;
        j = end;
      }
    }
    return -1;
  }

  /**
   * Where the paragraph's runs start, from one that starts at or before model word `k` on, at least
   * up to the first word that starts at or after offset `end`: read from the nearest word before
   * `k` that no run before it reaches (runMayComeFrom), unless the whole paragraph's are at hand.
   * Why: a speaker's name is asked about a few words at a time, and reading its whole paragraph's
   * runs for each cost more than reading the names (see NamesForWords for the figures). Past
   * MAX_WORDS_BACK words of one run, the whole paragraph's are read once and kept, so a paragraph
   * that is one long run of capitalised words is not read back over on every question.
   */
  private runStartsNear(paragraph: Paragraph, k: number, end: number): number[] {
    const cached = this.runStarts.get(paragraph.index);
    if (cached) return cached;
    const r = this.restartBefore(paragraph, k);
    return r < 0 ? this.runStartsOf(paragraph) : this.runStartsFrom(r, paragraph, end);
  }

  /**
   * The nearest model word at or before `k`, in `paragraph`, that no run before it reaches, so
   * runs found from it start where the paragraph's reading finds them; -1 past MAX_WORDS_BACK.
   */
  private restartBefore(paragraph: Paragraph, k: number): number {
    const { model } = this.reader;
    const from = firstWordOf(model, paragraph);
    let r = k;
    while (r > from) {
      const before = runMayComeFrom(model, r);
      if (before < 0) return r;
      // A run never leaves its paragraph; a word before it would be the paragraph's reading's to find.
      if (k - before > MAX_WORDS_BACK || before < from) return -1;
      r = before;
    }
    return r;
  }

  private runStartsOf(paragraph: Paragraph): number[] {
    let starts = this.runStarts.get(paragraph.index);
    if (!starts) this.runStarts.set(paragraph.index, (starts = this.runStartsFrom(firstWordOf(this.reader.model, paragraph), paragraph, Infinity)));
    return starts;
  }

  /** Where runs start from model word `k`, a run's start or a word no run reaches, to the first word of `paragraph` that starts at or after offset `end`. */
  private runStartsFrom(k: number, paragraph: Paragraph, end: number): number[] {
    const { model } = this.reader;
    const { words } = model;
    const starts: number[] = [];
    const to = endWordOf(model, paragraph);
    while (k < to && words[k].start < end) {
      if (!startsRun(model, k)) k++;
      else {
        starts.push(k);
        k = startsLoneRun(model, k) ? k + 1 : fillRun(this.reader, k);
      }
    }
    return starts;
  }
}

/** How far back runStartsNear looks for a word no run reaches: names and their titles are far shorter. */
const MAX_WORDS_BACK = 24;

/** How many of the first `n` items pass `before`, which holds for a prefix of them. */
function countBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The paragraph's words are [firstWordOf, endWordOf) in model.words. */
export const firstWordOf = (model: TextModel, paragraph: Paragraph) => (paragraph.sentenceEnd === paragraph.sentenceStart ? 0 : model.sentences[paragraph.sentenceStart].wordStart);
export const endWordOf = (model: TextModel, paragraph: Paragraph) => (paragraph.sentenceEnd === paragraph.sentenceStart ? 0 : model.sentences[paragraph.sentenceEnd - 1].wordEnd);

/** Capitalised words used inside sentences in words [from, to), each once. */
export function capitalisedMidSentence(model: TextModel, from: number, to: number): string[] {
  return [...capitalisedMidSentenceSet(model, from, to)];
}

/** capitalisedMidSentence as a set, as midSentenceTest asks it (a set made from the list was a second set). */
export function capitalisedMidSentenceSet(model: TextModel, from: number, to: number): Set<string> {
  const seen = new Set<string>();
  for (let k = from; k < to; k++) {
    const w = model.words[k];
    if (!w.sentenceInitial && startsWithCapital(w.text)) seen.add(w.text);
  }
  return seen;
}
