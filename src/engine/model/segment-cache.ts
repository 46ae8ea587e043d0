import { ParagraphMemo } from './paragraph-memo';
import { findSentences, findWords } from './segment';
import type { Paragraph, Sentence, Word } from './types';

/** A paragraph's sentences and words with offsets relative to the paragraph's start. */
interface Segmented {
  kind: Paragraph['kind'];
  /** [start, end, wordCount] per sentence. */
  sentences: number[];
  /** [start, end] per word. */
  offsets: number[];
  /** The paragraph's Word objects in the last build that took them. */
  words: Word[];
  /** That build's number. */
  build: number;
}

/**
 * Sentences and words of paragraphs seen in the previous build of the same draft.
 * A keystroke changes one paragraph; the others come back with shifted offsets
 * instead of being tokenized again. Their Word objects are handed on to the new
 * model, updated in place: making 100,000 of them anew on every keystroke, and
 * collecting the old ones, was a sixth of a long draft's re-lint. So a session's
 * earlier models must not be read once it has linted again (the editor keeps
 * only the latest result). Entries not used by a build are dropped after it, so
 * the cache never holds more than two versions of the draft.
 */
export class SegmentCache {
  private readonly memo = new ParagraphMemo<Segmented>();
  private build = 0;
  /** The entry behind each paragraph of the build under way, by paragraph index. */
  private entries: Segmented[] = [];

  /** Fills sentences and words for one paragraph, from the cache when its text is unchanged. */
  segment(prose: string, paragraph: Paragraph, sentences: Sentence[], words: Word[]): void {
    const text = prose.slice(paragraph.start, paragraph.end);
    const hit = this.memo.get(text);
    if (hit && hit.kind === paragraph.kind) {
      this.memo.add(text, hit);
      this.entries[paragraph.index] = hit;
      restore(hit, paragraph, sentences, words, this.build);
      return;
    }
    const firstSentence = sentences.length;
    const firstWord = words.length;
    segmentParagraph(prose, paragraph, sentences, words);
    const entry = capture(paragraph, sentences, firstSentence, words, firstWord, this.build);
    this.memo.add(text, entry);
    this.entries[paragraph.index] = entry;
  }

  /**
   * Called after each build: paragraphs the draft no longer has are forgotten. Returns, for each
   * paragraph of the build, an object that is the same in the next build when the paragraph's
   * text and kind are: other per-paragraph caches key on it instead of comparing texts again.
   */
  endBuild(): readonly object[] {
    this.memo.endVersion();
    this.build++;
    const keys = this.entries;
    this.entries = [];
    return keys;
  }
}

export function segmentParagraph(prose: string, paragraph: Paragraph, sentences: Sentence[], words: Word[]): void {
  paragraph.sentenceStart = sentences.length;
  findSentences(prose, paragraph, sentences);
  paragraph.sentenceEnd = sentences.length;
  for (let s = paragraph.sentenceStart; s < paragraph.sentenceEnd; s++) {
    sentences[s].wordStart = words.length;
    findWords(prose, sentences[s], words);
    sentences[s].wordEnd = words.length;
  }
}

function capture(paragraph: Paragraph, sentences: Sentence[], firstSentence: number, words: Word[], firstWord: number, build: number): Segmented {
  const base = paragraph.start;
  const entry: Segmented = { kind: paragraph.kind, sentences: [], offsets: [], words: words.slice(firstWord), build };
  for (let s = firstSentence; s < sentences.length; s++) {
    const sentence = sentences[s];
    entry.sentences.push(sentence.start - base, sentence.end - base, sentence.wordEnd - sentence.wordStart);
  }
  for (let w = firstWord; w < words.length; w++) entry.offsets.push(words[w].start - base, words[w].end - base);
  return entry;
}

/**
 * Puts a cached paragraph's sentences and words into the model being built. Its
 * Word objects move to the new model, unless this build took them already for
 * another paragraph with the same text: that one gets copies.
 */
function restore(entry: Segmented, paragraph: Paragraph, sentences: Sentence[], words: Word[], build: number): void {
  const base = paragraph.start;
  const { offsets } = entry;
  const take = entry.build !== build;
  entry.build = build;
  paragraph.sentenceStart = sentences.length;
  let w = 0;
  for (let k = 0; k < entry.sentences.length; k += 3) {
    const index = sentences.length;
    const wordStart = words.length;
    for (let n = 0; n < entry.sentences[k + 2]; n++, w++) {
      const start = base + offsets[2 * w];
      const end = base + offsets[2 * w + 1];
      const cached = entry.words[w];
      if (!take) {
        words.push({ start, end, index: words.length, text: cached.text, sentence: index, paragraph: paragraph.index, sentenceInitial: cached.sentenceInitial, quotation: -1 });
        continue;
      }
      cached.start = start;
      cached.end = end;
      cached.index = words.length;
      cached.sentence = index;
      cached.paragraph = paragraph.index;
      cached.quotation = -1;
      words.push(cached);
    }
    sentences.push({ start: base + entry.sentences[k], end: base + entry.sentences[k + 1], index, paragraph: paragraph.index, wordStart, wordEnd: words.length });
  }
  paragraph.sentenceEnd = sentences.length;
}
