import { ParagraphMemo } from './paragraph-memo';
import { findSentences, findWords } from './segment';
import type { Paragraph, Sentence, Word } from './types';

/** A paragraph's sentences and words with offsets relative to the paragraph's start. */
interface Segmented {
  kind: Paragraph['kind'];
  /** [start, end, wordCount] per sentence. */
  sentences: number[];
  /** [start, end] per word, with the texts and sentence-initial flags alongside. */
  words: number[];
  texts: string[];
  initial: boolean[];
}

/**
 * Sentences and words of paragraphs seen in the previous build of the same draft.
 * A keystroke changes one paragraph; the others are copied back with shifted
 * offsets instead of being tokenized again. Entries not used by a build are dropped
 * after it, so the cache never holds more than two versions of the draft.
 */
export class SegmentCache {
  private readonly memo = new ParagraphMemo<Segmented>();

  /** Fills sentences and words for one paragraph, from the cache when its text is unchanged. */
  segment(prose: string, paragraph: Paragraph, sentences: Sentence[], words: Word[]): void {
    const text = prose.slice(paragraph.start, paragraph.end);
    const hit = this.memo.get(text);
    if (hit && hit.kind === paragraph.kind) {
      this.memo.add(text, hit);
      restore(hit, paragraph, sentences, words);
      return;
    }
    const firstSentence = sentences.length;
    const firstWord = words.length;
    segmentParagraph(prose, paragraph, sentences, words);
    this.memo.add(text, capture(paragraph, sentences, firstSentence, words, firstWord));
  }

  /** Called after each build: paragraphs the draft no longer has are forgotten. */
  endBuild(): void {
    this.memo.endVersion();
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

function capture(paragraph: Paragraph, sentences: Sentence[], firstSentence: number, words: Word[], firstWord: number): Segmented {
  const base = paragraph.start;
  const entry: Segmented = { kind: paragraph.kind, sentences: [], words: [], texts: [], initial: [] };
  for (let s = firstSentence; s < sentences.length; s++) {
    const sentence = sentences[s];
    entry.sentences.push(sentence.start - base, sentence.end - base, sentence.wordEnd - sentence.wordStart);
  }
  for (let w = firstWord; w < words.length; w++) {
    const word = words[w];
    entry.words.push(word.start - base, word.end - base);
    entry.texts.push(word.text);
    entry.initial.push(word.sentenceInitial);
  }
  return entry;
}

function restore(entry: Segmented, paragraph: Paragraph, sentences: Sentence[], words: Word[]): void {
  const base = paragraph.start;
  paragraph.sentenceStart = sentences.length;
  let w = 0;
  for (let k = 0; k < entry.sentences.length; k += 3) {
    const index = sentences.length;
    const wordStart = words.length;
    for (let n = 0; n < entry.sentences[k + 2]; n++, w++) {
      words.push({ start: base + entry.words[2 * w], end: base + entry.words[2 * w + 1], index: words.length, text: entry.texts[w], sentence: index, paragraph: paragraph.index, sentenceInitial: entry.initial[w], quotation: -1 });
    }
    sentences.push({ start: base + entry.sentences[k], end: base + entry.sentences[k + 1], index, paragraph: paragraph.index, wordStart, wordEnd: words.length });
  }
  paragraph.sentenceEnd = sentences.length;
}
