/**
 * Where each `[`, `(` and backtick run on one line of Markdown closes, found in one
 * pass with a stack. Searching forward from every opener instead costs the line's
 * length per opener: a pasted run of 50,000 `[` took 42 s.
 */
export class InlinePairs {
  /** Offset of the closing `]` or `)` for an opener at `start + i`, else -1. */
  private readonly closes: Int32Array;
  /** Start offsets of backtick runs, by run length. */
  private readonly runsByLength = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    end: number,
  ) {
    this.closes = new Int32Array(end - start).fill(-1);
    const brackets: number[] = [];
    const parens: number[] = [];
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === OPEN_BRACKET) brackets.push(i);
      else if (c === OPEN_PAREN) parens.push(i);
      else if (c === CLOSE_BRACKET && brackets.length) this.closes[brackets.pop()! - start] = i;
      else if (c === CLOSE_PAREN && parens.length) this.closes[parens.pop()! - start] = i;
    }
    for (let i = start; i < end; ) {
      if (text.charCodeAt(i) !== BACKTICK) {
        i++;
        continue;
      }
      let run = 1;
      while (i + run < end && text.charCodeAt(i + run) === BACKTICK) run++;
      const runs = this.runsByLength.get(run);
      if (runs) runs.push(i);
      else this.runsByLength.set(run, [i]);
      i += run;
    }
  }

  /** The `]` matching the `[` at `open`, or -1. */
  bracketClose(open: number): number {
    return this.closes[open - this.start] ?? -1;
  }

  /** The `)` matching the `(` at `open`, or -1. */
  parenClose(open: number): number {
    return this.closes[open - this.start] ?? -1;
  }

  /** Start of the first backtick run after `from` exactly `length` long (a code span's closer), or -1. */
  backtickCloser(from: number, length: number): number {
    const runs = this.runsByLength.get(length);
    if (!runs) return -1;
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < runs.length ? runs[lo] : -1;
  }
}

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BACKTICK = 0x60;
