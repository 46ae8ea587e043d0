import { capitalisedMidSentence, capitalisedMidSentenceSet, endWordOf, firstWordOf, readParagraphNames, type ParagraphNames } from './name-paragraphs';
import { NameReader, type UsedMidSentence } from './name-runs';
import { linksAlike, Placements } from './names-relink';
import type { NamesLayer, Paragraph, TextModel } from './types';

/** One paragraph's reading, with where the paragraph starts in this version of the draft. */
export interface PlacedNames {
  names: ParagraphNames;
  base: number;
}

/** A session's NamesCache, and the segment cache's key for each paragraph of the draft being built. */
export interface KeptNames {
  cache: NamesCache;
  paragraphKeys: readonly object[];
}

interface Kept {
  names: ParagraphNames;
  /** The paragraph's quotations as the reading saw them (a nickname in quotes joins a name): see quotationsMatch. */
  quotes: number[];
}

/**
 * The names layer's reading of each paragraph, kept between lints of one draft: a keystroke
 * changes one paragraph, and only that one is read again; linking the references across the
 * draft is redone on every lint. Why: read whole on every keystroke, the layer doubled the re-lint
 * of a 100,000-word manuscript (56 → 105 ms, `npx tsx bench/compare-builds.ts --base 963299d`).
 *
 * Readings are keyed by the segment cache's entry for the paragraph (the same object while the
 * paragraph's text and kind are), held weakly, so they go when the segment cache drops the
 * paragraph: at most two versions of the draft. Besides its text, a reading depends on two things
 * outside the paragraph, both checked before it is used again: its quotations (the quote layer
 * decides which are nicknames) and whether the words it asked about are written mid-sentence
 * anywhere in the draft. Headline and dateline paragraphs are read afresh every time.
 */
export class NamesCache {
  private kept = new WeakMap<object, Kept>();
  /** How many of the last version's paragraphs use each capitalised word mid-sentence. */
  private readonly midSentenceCounts = new Map<string, number>();
  /** The last version's lists of such words, one per paragraph (shared by kept readings). */
  private midSentenceLists: (readonly string[])[] = [];
  /** The last layer linked, the readings it was linked from, and where each of its offsets came from. */
  private last?: { readings: ParagraphNames[]; layer: NamesLayer; placements: Placements };
  /** Paragraphs read, readings used again, and layers linked anew, since the cache was made (tests of the cache itself). */
  paragraphsRead = 0;
  paragraphsReused = 0;
  layersLinked = 0;

  /**
   * The layer for these readings: the last one, with its offsets written again, when linking
   * would decide as it did (names-relink.ts), else `link`'s. The last layer's objects are
   * updated in place, as the segment cache updates words: a session reads only its latest model.
   */
  linked(placed: PlacedNames[], link: (placements: Placements) => NamesLayer): NamesLayer {
    const readings = placed.map((p) => p.names);
    if (this.last && linksAlike(this.last.readings, placed)) {
      this.last.placements.replace(placed);
      this.last.readings = readings;
      return this.last.layer;
    }
    const placements = new Placements();
    const layer = link(placements);
    this.layersLinked++;
    this.last = { readings, layer, placements };
    return layer;
  }

  find(key: object): Kept | undefined {
    return this.kept.get(key);
  }

  keep(key: object, names: ParagraphNames, quotes: number[]): void {
    this.kept.set(key, { names, quotes });
  }

  /**
   * Counts the capitalised words each paragraph uses mid-sentence, for the version being built:
   * only lists that were not in the last version (a paragraph read again, added or removed) change the counts.
   */
  countMidSentence(lists: (readonly string[])[]): (word: string) => boolean {
    const counts = this.midSentenceCounts;
    const leftOver = new Map<readonly string[], number>();
    for (const list of this.midSentenceLists) leftOver.set(list, (leftOver.get(list) ?? 0) + 1);
    for (const list of lists) {
      const left = leftOver.get(list);
      if (left) leftOver.set(list, left - 1);
      else for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    for (const [list, left] of leftOver) {
      for (let k = 0; k < left; k++) {
        for (const word of list) {
          const count = counts.get(word)! - 1;
          if (count === 0) counts.delete(word);
          else counts.set(word, count);
        }
      }
    }
    this.midSentenceLists = lists;
    return (word) => counts.has(word);
  }
}

/** Each paragraph's reading, in draft order: from the cache where it still holds, else read now. */
export function namesByParagraph(model: TextModel, kept?: KeptNames): PlacedNames[] {
  if (!kept) return readAll(model);
  const { cache, paragraphKeys } = kept;
  const { paragraphs } = model;
  const quotes = quotationRanges(model);
  const found: (ParagraphNames | undefined)[] = new Array(paragraphs.length);
  const keepable: boolean[] = new Array(paragraphs.length);
  const midSentenceOf: (readonly string[])[] = new Array(paragraphs.length);
  for (const paragraph of paragraphs) {
    const i = paragraph.index;
    keepable[i] = paragraphKeys[i] !== undefined && readAlone(model, paragraph);
    const entry = keepable[i] ? cache.find(paragraphKeys[i]) : undefined;
    if (entry && quotationsMatch(model, paragraph, quotes[i], quotes[i + 1], entry.quotes)) found[i] = entry.names;
    midSentenceOf[i] = entry?.names.midSentence ?? capitalisedMidSentence(model, firstWordOf(model, paragraph), endWordOf(model, paragraph));
  }
  // The draft's capitalised words used mid-sentence: every paragraph's, kept or read.
  const isUsedMidSentence = cache.countMidSentence(midSentenceOf);
  const placed: PlacedNames[] = new Array(paragraphs.length);
  const reader = new NameReader(model);
  for (const paragraph of paragraphs) {
    const i = paragraph.index;
    let names = found[i];
    if (names && !sameAnswers(names, isUsedMidSentence)) names = undefined;
    if (names) cache.paragraphsReused++;
    else {
      names = readParagraphNames(reader, paragraph, midSentenceOf[i], isUsedMidSentence);
      cache.paragraphsRead++;
      if (keepable[i]) cache.keep(paragraphKeys[i], names, quotationsOf(model, paragraph, quotes[i], quotes[i + 1]));
    }
    placed[i] = { names, base: paragraph.start };
  }
  return placed;
}

/**
 * A lint with nothing kept (the CLI): the draft's mid-sentence words are gathered only if a reading
 * asks. With `fullNamesOnly`, only what full and titled names need (see NameReader).
 */
export function readAll(model: TextModel, fullNamesOnly = false, isUsedMidSentence = midSentenceTest(model)): PlacedNames[] {
  const reader = new NameReader(model, fullNamesOnly);
  return model.paragraphs.map((paragraph) => ({ names: readParagraphNames(reader, paragraph, [], isUsedMidSentence, false), base: paragraph.start }));
}

/** Whether the draft writes a capitalised word mid-sentence: its words gathered on the first question. */
export function midSentenceTest(model: TextModel): UsedMidSentence {
  let midSentence: Set<string> | undefined;
  return (word: string) => (midSentence ??= capitalisedMidSentenceSet(model, 0, model.words.length)).has(word);
}

function sameAnswers(names: ParagraphNames, isUsedMidSentence: (word: string) => boolean): boolean {
  const { asked, answers } = names;
  for (let i = 0; i < asked.length; i++) if (isUsedMidSentence(asked[i]) !== answers[i]) return false;
  return true;
}

/** The headline and the dateline are read with the whole draft in view; other paragraphs alone. */
function readAlone(model: TextModel, paragraph: Paragraph): boolean {
  const overlaps = (span: { start: number; end: number } | undefined) => span !== undefined && span.start < paragraph.end && span.end > paragraph.start;
  return !overlaps(model.headline) && !overlaps(model.dateline);
}

/** Where each paragraph's quotations begin in model.quotations (sorted by start, so by paragraph); one more for the end. */
function quotationRanges(model: TextModel): number[] {
  const starts: number[] = new Array(model.paragraphs.length + 1);
  let q = 0;
  for (let p = 0; p <= model.paragraphs.length; p++) {
    while (q < model.quotations.length && model.quotations[q].paragraph < p) q++;
    starts[p] = q;
  }
  return starts;
}

/** What the names layer reads of a quotation: term or not, nested or not, and where its marks are in the paragraph. */
function quotationsOf(model: TextModel, paragraph: Paragraph, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const q = model.quotations[k];
    out.push((q.kind === 'term' ? 1 : 0) | (q.parent === -1 ? 0 : 2), q.outer.start - paragraph.start, q.outer.end - paragraph.start);
  }
  return out;
}

function quotationsMatch(model: TextModel, paragraph: Paragraph, from: number, to: number, kept: number[]): boolean {
  if (kept.length !== 3 * (to - from)) return false;
  for (let k = from, j = 0; k < to; k++, j += 3) {
    const q = model.quotations[k];
    if (kept[j] !== ((q.kind === 'term' ? 1 : 0) | (q.parent === -1 ? 0 : 2)) || kept[j + 1] !== q.outer.start - paragraph.start || kept[j + 2] !== q.outer.end - paragraph.start) return false;
  }
  return true;
}
