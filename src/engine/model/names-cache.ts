import { ParagraphMemo } from './paragraph-memo';
import { capitalisedMidSentence, readParagraphNames, wordRange, type ParagraphNames } from './name-runs';
import type { Paragraph, TextModel } from './types';

/** One paragraph's reading, with where the paragraph starts in this version of the draft. */
export interface PlacedNames {
  names: ParagraphNames;
  base: number;
}

interface Kept {
  names: ParagraphNames;
  /** The paragraph's quotations as the reading saw them (a nickname in quotes joins a name). */
  quotes: string;
}

/**
 * The names layer's reading of each paragraph, kept between lints of one draft: a keystroke
 * changes one paragraph, and only that one is read again; linking the references across the
 * draft is redone on every lint. Why: read whole on every keystroke, the layer doubled the re-lint
 * of a 100,000-word manuscript (56 → 105 ms, `npx tsx bench/compare-builds.ts --base 963299d`).
 *
 * Besides its text, a paragraph's reading depends on two things outside it, both checked before a
 * kept reading is used: its quotations (the quote layer decides which are nicknames) and whether
 * the words it asked about are written mid-sentence anywhere in the draft. Headline and dateline
 * paragraphs are read afresh every time. Like the segment cache, it holds at most two versions.
 */
export class NamesCache {
  private readonly memo = new ParagraphMemo<Kept>();
  /** Paragraphs read, and readings used again, since the cache was made (tests of the cache itself). */
  paragraphsRead = 0;
  paragraphsReused = 0;

  /** The reading kept for a paragraph with this text and these quotations; call in paragraph order. */
  find(text: string, quotes: string): ParagraphNames | undefined {
    const kept = this.memo.get(text);
    return kept && kept.quotes === quotes ? kept.names : undefined;
  }

  /** Records the reading of the current version's next paragraph. */
  keep(text: string, quotes: string, names: ParagraphNames): void {
    this.memo.add(text, { names, quotes });
  }

  endBuild(): void {
    this.memo.endVersion();
  }
}

/** Each paragraph's reading, in draft order: from the cache where it still holds, else read now. */
export function namesByParagraph(model: TextModel, cache?: NamesCache): PlacedNames[] {
  if (!cache) return readAll(model);
  const { paragraphs } = model;
  const found: (ParagraphNames | undefined)[] = new Array(paragraphs.length);
  const texts: (string | undefined)[] = new Array(paragraphs.length);
  const quotes = quotationsByParagraph(model);
  const midSentenceOf: string[][] = new Array(paragraphs.length);
  // The draft's capitalised words used mid-sentence: the union of every paragraph's, kept or read.
  const midSentence = new Set<string>();
  for (const paragraph of paragraphs) {
    const i = paragraph.index;
    if (keepable(model, paragraph)) {
      const text = (texts[i] = model.prose.slice(paragraph.start, paragraph.end));
      found[i] = cache.find(text, quotes[i] ?? '');
    }
    const words = (midSentenceOf[i] = found[i]?.midSentence ?? capitalisedMidSentence(model, ...wordRange(model, paragraph)));
    for (const word of words) midSentence.add(word);
  }
  const isUsedMidSentence = (word: string) => midSentence.has(word);
  const placed: PlacedNames[] = new Array(paragraphs.length);
  for (const paragraph of paragraphs) {
    const i = paragraph.index;
    let names = found[i];
    if (names && !sameAnswers(names, isUsedMidSentence)) names = undefined;
    if (names) cache.paragraphsReused++;
    else {
      names = readParagraphNames(model, paragraph, midSentenceOf[i], isUsedMidSentence);
      cache.paragraphsRead++;
    }
    placed[i] = { names, base: paragraph.start };
    const text = texts[i];
    if (text !== undefined) cache.keep(text, quotes[i] ?? '', names);
  }
  cache.endBuild();
  return placed;
}

/** A lint with nothing kept (the CLI): the draft's mid-sentence words are gathered only if a reading asks. */
function readAll(model: TextModel): PlacedNames[] {
  let midSentence: Set<string> | undefined;
  const isUsedMidSentence = (word: string) => (midSentence ??= new Set(capitalisedMidSentence(model, 0, model.words.length))).has(word);
  return model.paragraphs.map((paragraph) => ({ names: readParagraphNames(model, paragraph, [], isUsedMidSentence), base: paragraph.start }));
}

function sameAnswers(names: ParagraphNames, isUsedMidSentence: (word: string) => boolean): boolean {
  const { asked, answers } = names;
  for (let i = 0; i < asked.length; i++) if (isUsedMidSentence(asked[i]) !== answers[i]) return false;
  return true;
}

/** The headline and the dateline are read with the whole draft in view; other paragraphs alone. */
function keepable(model: TextModel, paragraph: Paragraph): boolean {
  const overlaps = (span: { start: number; end: number } | undefined) => span !== undefined && span.start < paragraph.end && span.end > paragraph.start;
  return !overlaps(model.headline) && !overlaps(model.dateline);
}

/**
 * Each paragraph's quotations as the names layer reads them: whether each is a term (`"the
 * Whirlwind"`), whether it is nested, and where its marks are, counted from the paragraph's start.
 */
function quotationsByParagraph(model: TextModel): string[] {
  const out: string[] = [];
  for (const q of model.quotations) {
    const base = model.paragraphs[q.paragraph].start;
    out[q.paragraph] = `${out[q.paragraph] ?? ''}${q.kind === 'term' ? 't' : 'q'}${q.parent === -1 ? '' : '^'}${q.outer.start - base},${q.outer.end - base};`;
  }
  return out;
}
