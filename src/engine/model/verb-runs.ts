/**
 * Attribution verbs found by reading a text's runs of `[\p{L}'’-]` and looking each one up in
 * speech-verbs' sets, instead of through one pattern alternating hundreds of verbs. Why: such a
 * pattern costs milliseconds to parse when the bundle loads and again to compile at its first
 * and second use (V8 compiles a pattern to bytecode first, to machine code on its next use),
 * and a CLI run over a corpus used each of them only a few hundred times (SPOKEN_RIGHT_BEFORE:
 * 630 times over reuters-world, where its first two uses were 7.5 of its 9.6 ms). With these and
 * the patterns of class-stand-ins.ts and swallowed-clause.ts, the quotation layer's first pass
 * over reuters-world went from 79.5 to 54.7 ms of main-thread CPU (`npx tsx bench/layer-cost.ts
 * --base a011c60 --layers quotations --first`). Each function here answers as the pattern it
 * replaces would, on any text (test/unit/model/verb-runs.test.ts holds them to those patterns).
 */
import { isSpaceCode } from './char-class';
import { attributionPhraseEnd, isAttributionVerb, isFiniteAttributionVerb } from './speech-verbs';

const LETTER = /\p{L}/u;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Code units of the `[\p{L}'’-]` character at `i`, read as a pattern with the `u` flag reads it
 * (a surrogate pair is one character, a lone surrogate none of these), or 0.
 */
export function runCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (isHighSurrogate(c)) return i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  if (isLowSurrogate(c)) return 0;
  return LETTER.test(text[i]) ? 1 : 0;
}

/** Code units of the `[\p{L}'’-]` character ending right before `i`, or 0 (see runCharAt). */
export function runCharBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  return runCharAt(text, i - 1);
}

/** The end of the run of `[\p{L}'’-]` starting at `i` (i itself when none starts there). */
export function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) break;
      i++;
      continue;
    }
    const n = runCharAt(text, i);
    if (n === 0) break;
    i += n;
  }
  return i;
}

/** The start of the run of `[\p{L}'’-]` ending at `i`. */
function runStart(text: string, i: number): number {
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) break;
      i--;
      continue;
    }
    const n = runCharBefore(text, i);
    if (n === 0) break;
    i -= n;
  }
  return i;
}

/**
 * An ASCII character of `[\p{L}'’-]`. runEnd and runStart spell the test out, with no call per
 * character: most of their calls run before V8 optimises them, where a call costs more than the test.
 */
const isAsciiRunCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;

/**
 * The run text[start, end) as a case-blind pattern (flags `iu`) compares it with a word in lower-case
 * ASCII: ASCII lower-cased, `ſ` as `s` and the Kelvin sign as `k` (the only letters outside ASCII
 * that fold into it); undefined when any other letter is in it, which no such word matches.
 */
export function foldedRun(text: string, start: number, end: number): string | undefined {
  let folded = '';
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) plain = false;
      continue;
    }
    if (c !== 0x17f && c !== 0x212a) return undefined;
    plain = false;
  }
  if (plain) return text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    folded += c === 0x17f ? 's' : c === 0x212a ? 'k' : String.fromCharCode(c >= 65 && c <= 90 ? c | 32 : c);
  }
  return folded;
}

/**
 * The start of the first run at or after `from` (where a run starts or none goes on) that is a finite
 * attribution verb in lower case (`said`, `told`), or -1: the search of
 * `(?<![\p{L}'’-])(?:FINITE_VERB_ALTERNATION)(?![\p{L}'’-])` with the `u` flag.
 */
export function nextFiniteVerb(text: string, from = 0): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !isAsciiRunCode(c) : runCharAt(text, i) === 0) {
      i++;
      continue;
    }
    const end = runEnd(text, i);
    // Only a run of lower-case ASCII is sliced and looked up.
    if (isLowerAsciiWord(text, i, end) && isFiniteAttributionVerb(text.slice(i, end))) return i;
    i = end;
  }
  return -1;
}

const isLowerAsciiWord = (text: string, start: number, end: number) => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
};

/**
 * Each attribution verb or phrase of speech-verbs' VERB pattern (flags `giu`) in `text`, in order, as
 * that pattern's successive matches find them: `visit(start, end)` for each. Case-blind.
 */
export function forEachAttributionVerb(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const n = runCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const end = runEnd(text, i);
    const word = foldedRun(text, i, end);
    if (word !== undefined) {
      // `went on`, `according to`: the first word, one space, the second, each a whole run.
      const second = attributionPhraseEnd(word);
      if (second !== undefined && text.charCodeAt(end) === 32) {
        const secondEnd = runEnd(text, end + 1);
        if (foldedRun(text, end + 1, secondEnd) === second) {
          visit(i, secondEnd);
          i = secondEnd;
          continue;
        }
      }
      if (isAttributionVerb(word)) visit(i, end);
    }
    i = end;
  }
}

/** How far `[^,:.]{0,30}` may run from a verb to its colon or comma, in UTF-16 units (the pattern has no `u` flag). */
const COLON_REACH = 30;

/**
 * Where `^[^,:.]{0,30}[:,]\s*` ends when it matches at text[from…], or -1 (`said: "…`, `told reporters,
 * "…`): the first of `,:.` within COLON_REACH units must be a colon or a comma. A pattern on a slice
 * after each verb made a string and a match object per verb.
 */
export function colonAfterVerb(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 44) break;
    if (c === 46 || i - from === COLON_REACH) return -1;
  }
  if (i >= text.length) return -1;
  i++;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** `[\s,:]`, what may close the words before a quote. */
const isTrailing = (c: number) => c === 44 || c === 58 || isSpaceCode(c);
/** Words a match of SPOKEN_RIGHT_BEFORE spans at most: a verb of two (`went on`, `according to`) and two more. */
const SPOKEN_WORDS = 4;
/** Words that may follow the verb before the quote. */
const MAX_WORDS_AFTER_VERB = 2;

/**
 * The test of `(?<![\p{L}'’-])(?:that|VERB_ALTERNATION)(?:\s+(?!of\b|to\b|be\b)[\p{L}'’-]+){0,2}[\s,:]*$`
 * (flags `iu`) on `before`: `said "we will win."`, `admitted she "doesn't like it."`, `that "prices
 * will fall."` are words spoken; `claims of "…"` is the noun, `declared to be "…"` the passive. The
 * runs before the end are read back one by one, each set off from the next by white space alone: the
 * verb is one of the last three (or a phrase ending in one), with no `of`, `to` or `be` opening a
 * run after it. Each run is settled as it is read, with nothing kept but the run after it.
 */
export function spokenRightBefore(before: string): boolean {
  let end = before.length;
  while (end > 0 && isTrailing(before.charCodeAt(end - 1))) end--;
  let next: string | undefined;
  let nextStart = -1;
  let nextEnd = -1;
  for (let run = 0; run < SPOKEN_WORDS; run++) {
    const start = runStart(before, end);
    if (start === end) return false;
    const word = foldedRun(before, start, end);
    // A phrase (`went on`) whose second word is the run after this one, one space on.
    if (word !== undefined && next !== undefined && nextStart === end + 1 && before.charCodeAt(end) === 32 && attributionPhraseEnd(word) === next) return true;
    if (run > MAX_WORDS_AFTER_VERB) return false;
    // Every run after a verb here must pass: one that opens with of/to/be rules out this verb and all before it.
    if (run > 0 && opensWithOfToBe(before, nextStart, nextEnd)) return false;
    if (word !== undefined && (word === 'that' || isAttributionVerb(word))) return true;
    let space = start;
    while (space > 0 && isSpaceCode(before.charCodeAt(space - 1))) space--;
    if (space === start) return false;
    next = word;
    nextStart = start;
    nextEnd = end;
    end = space;
  }
  return false;
}

/**
 * `(?!of\b|to\b|be\b)` failing with flags `iu` at a run's start: its first two letters spell one of them
 * and no word character (`[A-Za-z0-9_]`, with `ſ` and the Kelvin sign under those flags) follows.
 */
function opensWithOfToBe(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const pair = String.fromCharCode(text.charCodeAt(start) | 32, text.charCodeAt(start + 1) | 32);
  if (pair !== 'of' && pair !== 'to' && pair !== 'be') return false;
  if (!isAsciiLetterCode(text.charCodeAt(start)) || !isAsciiLetterCode(text.charCodeAt(start + 1))) return false;
  if (end - start === 2) return true;
  const c = text.charCodeAt(start + 2);
  return !(isAsciiLetterCode(c) || c === 0x17f || c === 0x212a);
}

const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
