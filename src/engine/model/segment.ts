import { MONTH_SHORT_FORMS, WEEKDAY_SHORT_FORMS } from './calendar';
import { isAsciiAlphanumeric, isAsciiDigit, isAsciiUpper, isLetter, isSpaceCode, isWordChar } from './char-class';
import type { MaskResult } from './mask';
import type { Paragraph, ParagraphKind, Sentence, Word } from './types';

const OPENER_MARK = /^[\p{Lu}\p{N}"“‘'«(\[—–-]/u;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"“‘'«(\[]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

/** Marks after which a line ends a sentence (`.?!:` and closing quotes and brackets, or a dash). */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 58 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x2014;
}

/** Marks that may follow a sentence's final stop before the space (`...`, `?"`, `.)`). */
function isStopTrailCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41 || c === 93;
}

/** True when the text in [from, to) ends with a terminal mark followed only by white space. */
function endsTerminal(prose: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpaceCode(prose.charCodeAt(k))) k--;
  return k >= from && isTerminalCode(prose.charCodeAt(k));
}

/** First character that is not white space in [from, to), or `to`. */
function skipSpace(prose: string, from: number, to: number): number {
  while (from < to && isSpaceCode(prose.charCodeAt(from))) from++;
  return from;
}

/** A line that starts (after white space) the way a new paragraph does: capital, digit, quote, bracket or dash. */
function opensParagraph(prose: string, from: number, to: number): boolean {
  const k = skipSpace(prose, from, to);
  if (k >= to) return false;
  const c = prose.charCodeAt(k);
  if (c < 128) return isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45;
  // Read as a code point: a capital beyond the BMP is two units.
  return OPENER_MARK.test(prose.slice(k, Math.min(k + 2, to)));
}

/**
 * Paragraphs from the masked prose. Markdown follows CommonMark (blank lines,
 * one paragraph per heading, list item, table row). Plain text drafts are often
 * written one paragraph per line, so a line break also ends a paragraph when the
 * draft is unwrapped (long lines) or when the line ends a sentence and the next
 * one starts a new one.
 */
export function findParagraphs(prose: string, mask: MaskResult, markdown: boolean): Omit<Paragraph, 'sentenceStart' | 'sentenceEnd'>[] {
  const { lineStarts, lineKinds } = mask;
  const lineEnd = (line: number) => (line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : prose.length);
  let unwrapped = false;
  if (!markdown) {
    for (let line = 0; line < lineStarts.length && !unwrapped; line++) unwrapped = lineEnd(line) - lineStarts[line] > 100;
  }
  const paragraphs: Omit<Paragraph, 'sentenceStart' | 'sentenceEnd'>[] = [];
  let open: { start: number; end: number; kind: ParagraphKind } | undefined;
  const close = () => {
    if (!open) return;
    let { start, end } = open;
    start = skipSpace(prose, start, end);
    while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end, kind: open.kind, index: paragraphs.length });
    open = undefined;
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = lineEnd(line);
    const kind = lineKinds[line];
    if (kind === 'blank' || kind === 'break' || skipSpace(prose, start, end) === end) {
      close();
      continue;
    }
    const paragraphKind = kind as ParagraphKind;
    if (open && (mask.blockStarts[line] || open.kind === 'heading' || open.kind === 'table' || open.kind !== paragraphKind)) close();
    // The open paragraph's text so far is [open.start, start - 1): up to the line break.
    if (open && !markdown && (unwrapped || (endsTerminal(prose, open.start, start - 1) && opensParagraph(prose, start, end)))) close();
    if (open) open.end = end;
    else open = { start, end, kind: paragraphKind };
  }
  close();
  return paragraphs;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
    'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'messrs', 'mme', 'mlle',
    ...MONTH_SHORT_FORMS,
    ...WEEKDAY_SHORT_FORMS.keys(),
    'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ave', 'blvd', 'rd', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn',
  ],
);

/** Words that after "Inc." or "Co." are more likely to start a new sentence than continue a name. */
const COMPANY_SUFFIX = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'etc']);

/** Length of the longest abbreviation: a longer word without inner dots ends its sentence, with no need to look it up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isNonTerminalPeriod(prose: string, dot: number, next: string): boolean {
  let i = dot - 1;
  let dots = false;
  for (;;) {
    if (i < 0) break;
    const c = prose.charCodeAt(i);
    if (c < 128 ? !(c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !LETTER_OR_DOT.test(prose[i])) break;
    if (c === 46) dots = true;
    i--;
  }
  const length = dot - i - 1;
  // Most sentences end in an ordinary word: nothing to slice, lower-case or look up.
  if (length === 0 || (length > LONGEST_ABBREVIATION && !dots)) return false;
  const token = prose.slice(i + 1, dot);
  // Initials ("J. K. Rowling") and dotted abbreviations ("U.S.", "a.m.", "e.g."). A capital is one
  // or two units, and only a token with dots has any to drop: most sentences end in neither.
  if (length <= 2 && /^\p{Lu}$/u.test(token)) return true;
  if (dots) return /^(?:\p{L}\.)+\p{L}$/u.test(token);
  const bare = token.toLowerCase();
  if (ABBREVIATIONS.has(bare)) {
    if (COMPANY_SUFFIX.has(bare) && /[“"‘]/.test(next)) return false;
    return !(COMPANY_SUFFIX.has(bare) && /^(?:The|It|He|She|They|We|But|In|A)\b/.test(prose.slice(dot + 1).trimStart()));
  }
  return false;
}

/**
 * Sentence stops. Found with `test` on the paragraph's text, which skips the text between them
 * natively and makes no match object: reading every character's code in a loop cost more.
 */
const STOP = /[.?!\u2026]/g;

/** Sentences within one paragraph. */
export function findSentences(prose: string, paragraph: { start: number; end: number; index: number }, out: Sentence[]): void {
  const { start, end } = paragraph;
  let sentenceStart = start;
  const push = (s: number, e: number) => {
    s = skipSpace(prose, s, e);
    while (e > s && isSpaceCode(prose.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph: paragraph.index, wordStart: 0, wordEnd: 0 });
  };
  // Searched within the paragraph only, so that a paragraph with no stop costs its own length, not the rest of the draft's.
  const text = prose.slice(start, end);
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = start + STOP.lastIndex - 1;
    const c = prose.charCodeAt(i);
    let j = i + 1;
    while (j < end && isStopTrailCode(prose.charCodeAt(j))) j++;
    if (j >= end) break;
    if (!isSpaceCode(prose.charCodeAt(j))) continue;
    const k = skipSpace(prose, j, end);
    // The character after the paragraph counts when only white space follows the stop (as it always has).
    const next = k < prose.length ? prose[k] : '';
    if (!startsSentence(next)) continue;
    if (c === 46 && j === i + 1 && isNonTerminalPeriod(prose, i, next)) continue;
    push(sentenceStart, j);
    sentenceStart = k;
    STOP.lastIndex = k - start;
  }
  push(sentenceStart, end);
}

function startsSentence(next: string): boolean {
  if (next === '') return false;
  const c = next.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39 || c === 40 || c === 91;
  return SENTENCE_OPENER.test(next);
}

const HAS_DIGIT = /\p{N}/u;
const NUMERIC_BEFORE = /[\p{N}$£€¥%]/u;
const DIGIT_START = /^[\p{N}%]/u;

/** End of a dotted abbreviation starting at `i` ("U.S.", "a.m.", "e.g."), or -1. */
function dottedEnd(prose: string, i: number, limit: number): number {
  let j = i;
  let pairs = 0;
  while (j + 1 < limit && isLetter(prose, j) && prose.charCodeAt(j + 1) === 46) {
    j += 2;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/**
 * The code unit at `i`, or -1 outside the text. `charCodeAt` past either end gives NaN, a double,
 * and the first NaN made V8 throw away the optimised word scanner and compile it again
 * (`node --trace-deopt`: "not a Smi" in findWords and touchesNumber on every corpus run).
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** True when a character touching a word makes it part of a number or measure ("$1.1bn", "6.87%", "3rd"). */
function touchesNumber(prose: string, start: number, end: number): boolean {
  const before = codeAt(prose, start - 1);
  if (isAsciiDigit(before) || before === 36 || before === 37 || before === 163 || before === 8364 || before === 165) return true;
  if ((before === 46 || before === 44) && isAsciiDigit(codeAt(prose, start - 2))) return true;
  const after = codeAt(prose, end);
  if (isAsciiDigit(after) || after === 37) return true;
  // Rare non-ASCII digits and currency signs.
  if (before > 127 && NUMERIC_BEFORE.test(prose[start - 1])) return true;
  return after > 127 && DIGIT_START.test(prose[end]);
}

/** Words of one sentence; tokens with digits (numbers, measures, times) are not words. */
export function findWords(prose: string, sentence: Sentence, out: Word[]): void {
  const limit = sentence.end;
  let first = true;
  for (let i = sentence.start; i < limit; ) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? !isAsciiAlphanumeric(c) : !isWordChar(prose, i)) {
      i++;
      continue;
    }
    // A dotted abbreviation has a full stop right after its first letter.
    const dotted = codeAt(prose, i + 1) === 46 ? dottedEnd(prose, i, limit) : -1;
    let end: number;
    let digit = false;
    if (dotted > 0) end = dotted;
    else {
      // The word's end: word characters, with apostrophes inside ("isn’t", "Ukraine’s"). Whether it
      // has a digit is read on the same pass: a second scan of each word was 13–15 ms of a CLI run
      // over either corpus (hasDigit in 178f592's --cpu-prof profiles).
      digit = c < 128 ? isAsciiDigit(c) : HAS_DIGIT.test(prose[i]);
      end = i + 1;
      for (;;) {
        while (end < limit) {
          const d = prose.charCodeAt(end);
          if (d < 128) {
            if (!isAsciiAlphanumeric(d)) break;
            if (d <= 57) digit = true;
          } else {
            if (!isWordChar(prose, end)) break;
            if (!digit && HAS_DIGIT.test(prose[end])) digit = true;
          }
          end++;
        }
        const after = codeAt(prose, end);
        if ((after === 39 || after === 8217) && end + 1 < limit && isWordChar(prose, end + 1)) end++;
        else break;
      }
    }
    if (!digit && !touchesNumber(prose, i, end)) {
      out.push({ start: i, end, index: out.length, text: prose.slice(i, end), sentence: sentence.index, paragraph: sentence.paragraph, sentenceInitial: first, quotation: -1 });
    }
    first = false;
    i = end;
  }
}
