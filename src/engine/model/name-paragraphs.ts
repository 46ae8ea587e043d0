import type { Span } from '../types';
import { startsWithCapital } from './char-class';
import { fillRun, referenceOfRun, startsLoneRun, startsRun, type NameReader, type ParagraphReference, type UsedMidSentence } from './name-runs';
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
    const starts = this.runStartsOf(paragraph);
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
      const from = firstWordOf(model, paragraph);
      for (let k = from + countBefore(to - from, (j) => words[from + j].start < span.start); k < to && words[k].start < span.end; k++) {
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
    const starts = this.runStartsOf(paragraph);
    const from = firstWordOf(this.reader.model, paragraph);
    const k = from + countBefore(endWordOf(this.reader.model, paragraph) - from, (j) => words[from + j].start <= offset) - 1;
    const run = countBefore(starts.length, (i) => words[starts[i]].start <= offset) - 1;
    let cover = offset;
    if (k - 1 >= from) cover = words[k - 1].start;
    else if (k >= from) cover = words[k].start;
    return run >= 0 ? Math.min(cover, words[starts[run]].start) : cover;
  }

  /** The last model word at or before `k`, in `paragraph`, where a run starts (the only run that may hold word `k`); -1 if none. */
  runStartAtOrBefore(paragraph: Paragraph, k: number): number {
    const starts = this.runStartsOf(paragraph);
    return starts[countBefore(starts.length, (i) => starts[i] <= k) - 1] ?? -1;
  }

  private runStartsOf(paragraph: Paragraph): number[] {
    let starts = this.runStarts.get(paragraph.index);
    if (starts) return starts;
    starts = [];
    const { model } = this.reader;
    const to = endWordOf(model, paragraph);
    for (let k = firstWordOf(model, paragraph); k < to; ) {
      if (!startsRun(model, k)) k++;
      else {
        starts.push(k);
        k = startsLoneRun(model, k) ? k + 1 : fillRun(this.reader, k);
      }
    }
    this.runStarts.set(paragraph.index, starts);
    return starts;
  }
}

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
