import { isSpaceCode } from './char-class';
import { swallowedAttribution } from './missing-marks';
import { objectArray } from './object-array';
import { isInscriptionContext, isNamingContext } from './quotation-context';
import { VERB_ALTERNATION } from './speech-verbs';
import { foldedRun, spokenRightBefore } from './verb-runs';
import type { Paragraph, Quotation, QuotationKind, QuoteMark } from './types';

/**
 * Finds quotation marks in `prose`, tells apostrophes from closing single quotes,
 * pairs them (nesting, multi-paragraph convention) and classifies speech vs terms.
 * One pass over the marks of each paragraph; a mark is looked at a bounded number
 * of times, so the whole layer is linear in the text's length.
 */
export function findQuotations(prose: string, paragraphs: readonly Paragraph[]): { quotations: Quotation[]; strayMarks: QuoteMark[] } {
  const found: Draft[] = objectArray();
  const strayMarks: QuoteMark[] = objectArray();
  const marks = collectMarks(prose, paragraphs);
  let carried: Draft | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    // A blank line inside a sentence (`… I`, `was`, `prime minister …`) splits no quotation: pair the run as one.
    let last = p;
    while (last + 1 < paragraphs.length && breaksMidSentence(prose, paragraphs[last], paragraphs[last + 1])) last++;
    const paragraph = last === p ? paragraphs[p] : { ...paragraphs[p], end: paragraphs[last].end };
    const candidates = last === p ? marks[p] : marks.slice(p, last + 1).flat();
    const next = paragraphs[last + 1];
    p = last;
    if (candidates.length === 0) {
      carried = undefined;
      continue;
    }
    carried = new ParagraphPairer(prose, paragraph, candidates, found, strayMarks, carried, paragraphs).run(next ? reopenMarkAt(prose, next.start) : undefined);
  }
  found.sort((a, b) => a.open.start - b.open.start);
  const quotations: Quotation[] = objectArray();
  found.forEach((d, index) => {
    d.index = index;
    const q: Quotation = {
      start: d.open.end,
      end: d.close ? d.close.start : d.innerEnd,
      outer: { start: d.open.start, end: d.close ? d.close.end : d.innerEnd },
      index,
      open: d.open,
      // Every field from the start, even when absent: one object shape keeps V8's optimised code valid.
      close: d.close ?? undefined,
      style: d.open.style,
      depth: d.depth,
      parent: -1,
      paragraph: d.paragraph,
      kind: 'term',
      continues: undefined,
      runsOn: d.runsOn,
      attribution: undefined,
    };
    quotations.push(q);
  });
  for (const d of found) {
    const q = quotations[d.index];
    const parent = pairedParent(d);
    if (parent) q.parent = parent.index;
    if (d.continues) q.continues = d.continues.index;
  }
  for (const q of quotations) q.kind = classifyQuotation(prose, q);
  strayMarks.sort((a, b) => a.start - b.start);
  return { quotations, strayMarks };
}

/**
 * The nearest enclosing draft that became a quotation. Every stray draft passed on the
 * way is pointed straight at it, so a long run of unclosed marks is walked once, not
 * once per mark inside it.
 */
function pairedParent(draft: Draft): Draft | undefined {
  let parent = draft.parent;
  while (parent && parent.index < 0) parent = parent.parent;
  for (let stray = draft.parent; stray && stray !== parent; ) {
    const next = stray.parent;
    stray.parent = parent;
    stray = next;
  }
  return parent;
}

/** A quotation while it is being paired; becomes a Quotation once everything is known. */
interface Draft {
  open: QuoteMark;
  close?: QuoteMark;
  /** End of the inner text when there is no closing mark (end of paragraph). */
  innerEnd: number;
  depth: number;
  parent?: Draft;
  paragraph: number;
  runsOn: boolean;
  continues?: Draft;
  /** Set when the draft turns out to be a real quotation (stray opens stay -1). */
  index: number;
  /** Index of the opening mark among its paragraph's candidates. */
  openCandidate: number;
}

/** A mark candidate: `apostrophe` marks are dropped, `weak-close` may still turn out to be one; `typo` is a double mark typed for an apostrophe. */
interface Candidate {
  mark: QuoteMark;
  kind: 'open' | 'close' | 'weak-close' | 'toggle' | 'typo';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** What may stand before an opening `"` besides white space, and after a closing one. */
const OPENERS = '([{—–-/';
const CLOSERS = '.,;:!?)]—–';
/** Elided words that begin with an apostrophe: ’em, ’til, ’tis, ’twas, ’cause, ’90s. */
const LEADING_ELISION = /^(?:(?:em|til|tis|twas|cause|n)(?![\p{L}])|\d)/iu;
/** What follows an apostrophe inside a word: a possessive or a contraction. */
const APOSTROPHE_ENDING = /^(?:s|t|ll|re|ve|d|m)(?![\p{L}\p{N}])/iu;
const PLURAL_POSSESSIVE_AFTER = /^ \p{Ll}\p{Ll}/u;
const SENTENCE_END_BEFORE = /[.?!…]['’"”]?\s*$/;

/** A letter or digit; ASCII decided by code (a transcript asks for every mark's neighbours), the rest by Unicode class. */
const isWordChar = (c: string | undefined) => {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(c);
};
/** `\s` for one character, by code. */
const isSpace = (c: string | undefined) => c !== undefined && c !== '' && isSpaceCode(c.charCodeAt(0));

/**
 * The quotation marks Copydesk reads. `test` with the global flag finds the next one without making a
 * match object, and skips the text between marks natively: reading every character's code in a loop
 * cost more (reuters-world, bench/layer figures in the commit that made this change).
 */
const MARK = /["“”'‘’«»]/g;

function collectMarks(prose: string, paragraphs: readonly Paragraph[]): Candidate[][] {
  const perParagraph: Candidate[][] = paragraphs.map(() => []);
  let p = 0;
  MARK.lastIndex = 0;
  while (MARK.test(prose)) {
    const i = MARK.lastIndex - 1;
    while (p < paragraphs.length && paragraphs[p].end <= i) p++;
    if (p >= paragraphs.length) break;
    if (i < paragraphs[p].start) continue;
    if (prose[i] === "'" && prose[i + 1] === "'") {
      // '' typed for a double quotation mark.
      const candidate = classifyMark(prose, i, 2);
      if (candidate) perParagraph[p].push(candidate);
      MARK.lastIndex = i + 2;
      continue;
    }
    const candidate = classifyMark(prose, i);
    if (candidate) perParagraph[p].push(candidate);
  }
  return perParagraph;
}

function markAt(prose: string, i: number, role: QuoteMark['role'], length = 1): QuoteMark {
  const char = prose.slice(i, i + length);
  const double = length === 2 || char === '"' || char === '“' || char === '”' || char === '«' || char === '»';
  // Straight marks: `"`, `'`, and `''` typed for a double mark.
  const curly = length === 1 && char !== '"' && char !== "'";
  return { start: i, end: i + length, char, style: double ? 'double' : 'single', curly, role, mismatches: undefined, partnerAt: undefined, forApostrophe: undefined };
}

/** Decides from the characters around it what a mark can be; undefined means an apostrophe. */
function classifyMark(prose: string, i: number, length = 1): Candidate | undefined {
  const char = length === 2 ? '"' : prose[i];
  const before = prose[i - 1];
  const after = prose[i + length];
  const markOf = (p: string, at: number, role: QuoteMark['role']) => markAt(p, at, role, length);
  const wordBefore = isWordChar(before);
  const wordAfter = isWordChar(after);
  switch (char) {
    case '“':
    case '«':
      return { mark: markOf(prose, i, 'open'), kind: 'open' };
    case '”':
    case '»':
      return { mark: markOf(prose, i, 'close'), kind: 'close' };
    case '"': {
      // `Brazil"s`, `isn"t`, `we"ll`: glued to a word on both sides, before an ending that follows only an apostrophe.
      if (wordBefore && length === 1 && APOSTROPHE_ENDING.test(prose.slice(i + 1, i + 4))) {
        const mark = markOf(prose, i, 'ambiguous');
        mark.forApostrophe = true;
        return { mark, kind: 'typo' };
      }
      const spaceBefore = before === undefined || isSpace(before) || OPENERS.includes(before);
      const spaceAfter = after === undefined || isSpace(after) || CLOSERS.includes(after);
      if (spaceBefore && !spaceAfter) return { mark: markOf(prose, i, 'open'), kind: 'open' };
      if (!spaceBefore && spaceAfter) return { mark: markOf(prose, i, 'close'), kind: 'close' };
      return { mark: markOf(prose, i, 'ambiguous'), kind: 'toggle' };
    }
    default: {
      // ‘ ’ and ' : apostrophes inside and at the edges of words are the common case.
      if (wordBefore && wordAfter) return undefined;
      if (isRockNRoll(prose, i)) return undefined;
      if (!wordBefore && wordAfter) {
        if (LEADING_ELISION.test(prose.slice(i + 1, i + 6))) return undefined;
        // `OutRage!'s`, `U.S.'s`: a mark glued to punctuation before a word is an apostrophe.
        if (before !== undefined && !/[\s([{—–\-\/"“«]/.test(before)) return undefined;
        // A right quote before a word is a misplaced apostrophe far more often than an opener.
        if (char === '’') return undefined;
        return { mark: markOf(prose, i, 'open'), kind: 'open' };
      }
      if (char === '‘') {
        if (after === undefined || isSpace(after)) return { mark: markOf(prose, i, 'ambiguous'), kind: 'toggle' };
        return { mark: markOf(prose, i, 'open'), kind: 'open' };
      }
      if (wordBefore) return { mark: markOf(prose, i, 'close'), kind: 'weak-close' };
      if (before !== undefined && isSpace(before)) {
        // Detached mark between spaces or before punctuation: a dangling quote of either kind.
        if (after === undefined || isSpace(after)) return { mark: markOf(prose, i, 'ambiguous'), kind: 'toggle' };
        return { mark: markOf(prose, i, 'open'), kind: 'open' };
      }
      return { mark: markOf(prose, i, 'close'), kind: 'close' };
    }
  }
}

/** `rock ’n’ roll`, `fish 'n' chips`: both marks are apostrophes. */
function isRockNRoll(prose: string, i: number): boolean {
  const isMark = (c: string | undefined) => c === "'" || c === '’' || c === '‘';
  if ((prose[i + 1] === 'n' || prose[i + 1] === 'N') && isMark(prose[i + 2]) && !isWordChar(prose[i - 1]) && !isWordChar(prose[i + 3])) return true;
  return (prose[i - 1] === 'n' || prose[i - 1] === 'N') && isMark(prose[i - 2]) && !isWordChar(prose[i - 3]) && !isWordChar(prose[i + 1]);
}

/** The opening mark a paragraph starts with, if any (for the multi-paragraph convention). */
function reopenMarkAt(prose: string, start: number): string | undefined {
  const c = prose[start];
  if (c === "'" && prose[start + 1] === "'") return "''"; // '' typed for a double mark
  if (c === '"' || c === '“' || c === '«' || c === '‘' || (c === "'" && LETTER.test(prose[start + 1] ?? ''))) return c;
  return undefined;
}

const LETTER_DIGIT_OR_COMMA = /[\p{L}\p{N},]/u;
const LOWER_CASE = /\p{Ll}/u;
/**
 * `[\p{L}\p{N},]` and `\p{Ll}` for the unit at `i`, ASCII by code (a pattern call per paragraph and
 * per quote cost more than the test, before V8 optimises the callers); the rest, and a unit past
 * either end (`undefined`, which the patterns read as the word "undefined"), by the pattern.
 */
const isLetterDigitOrCommaAt = (prose: string, i: number) => {
  const c = prose.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 : LETTER_DIGIT_OR_COMMA.test(prose[i]);
};
const isLowerCaseAt = (prose: string, i: number) => {
  const c = prose.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_CASE.test(prose[i] ?? '');
};

/**
 * A paragraph that stops mid-sentence (it ends in a word or comma) before one that starts in lower case:
 * the break is an artefact (an emphasised word pasted on its own line), not the end of a paragraph.
 */
function breaksMidSentence(prose: string, paragraph: Paragraph, next: Paragraph): boolean {
  if (paragraph.kind !== 'text' || next.kind !== 'text') return false;
  let end = paragraph.end - 1;
  while (end > paragraph.start && isSpaceCode(prose.charCodeAt(end))) end--;
  return isLetterDigitOrCommaAt(prose, end) && isLowerCaseAt(prose, next.start);
}

const sameFamily = (open: string, reopen: string) => markFamily(open) === markFamily(reopen);
const markFamily = (c: string) => (c === '"' || c === "''" ? 'sd' : c === "'" ? 'ss' : c === '“' || c === '”' || c === '«' || c === '»' ? 'cd' : 'cs');

/** Pairs the marks of one paragraph with a stack; state lives on the instance so no closures are made per paragraph. */
class ParagraphPairer {
  private readonly stack: Draft[] = [];
  private continuing: Draft | undefined;
  /** For `players’ union`: index of the next single opener / unambiguous single closer, filled on first need. */
  private nextSingleOpen: Int32Array | undefined;
  private nextSingleClose: Int32Array | undefined;
  /** Index of the paragraph the latest opening mark sits in (marks arrive in order). */
  private at: number;

  constructor(
    private readonly prose: string,
    private readonly paragraph: Paragraph,
    private readonly candidates: Candidate[],
    private readonly found: Draft[],
    private readonly strays: QuoteMark[],
    carried: Draft | undefined,
    /** All paragraphs: `paragraph` may span several when a line break split a sentence. */
    private readonly paragraphs: readonly Paragraph[],
  ) {
    this.continuing = carried;
    this.at = paragraph.index;
  }

  private paragraphAt(offset: number): number {
    while (this.at + 1 < this.paragraphs.length && this.paragraphs[this.at].end < offset) this.at++;
    return this.at;
  }

  /** Returns the quotation that runs on into the next paragraph, if any. */
  run(nextReopen: string | undefined): Draft | undefined {
    const { stack, candidates, prose } = this;
    for (let k = 0; k < candidates.length; k++) {
      const { mark, kind } = candidates[k];
      if (kind === 'typo') {
        this.strays.push(mark);
        continue;
      }
      if (kind === 'open') {
        const top = stack[stack.length - 1];
        const reopens = top && stack.length === 1 && mark.char === top.open.char && mark.style === 'double' && SENTENCE_END_BEFORE.test(prose.slice(Math.max(top.open.end, mark.start - 5), mark.start));
        // `"We will not back down, she said. "Our allies…`: the first quote swallowed its own attribution; its closing mark was dropped.
        const dropped = reopens ? swallowedAttribution(prose, top.open.end, trimEnd(prose, top.open.end, mark.start)) : undefined;
        if (dropped !== undefined) {
          stack.pop();
          top.open.partnerAt = dropped;
          this.strays.push(top.open);
          this.push(mark);
          continue;
        }
        // `"First sentence. "Second…` in one paragraph: a reopened quote whose paragraph break was lost.
        if (reopens) {
          stack.pop();
          top.runsOn = true;
          top.innerEnd = trimEnd(prose, top.open.end, mark.start);
          this.found.push(top);
          this.push(mark);
          stack[0].continues = top;
          continue;
        }
        // Straight double quotes do not nest: an opener while one is open means the first was never closed.
        if (top && mark.char === '"' && top.open.char === '"' && !this.closesLater(k) && !this.closedBySingle(k)) {
          stack.pop();
          this.stray(top.open);
        }
        this.push(mark, k);
        continue;
      }
      if (kind === 'toggle') {
        const d = this.findOpen(mark.style);
        if (d >= 0 && sameFamily(stack[d].open.char, mark.char === '‘' ? '’' : mark.char)) this.closeAt(d, mark);
        else if (mark.char === '"' && DIGIT.test(prose[mark.start - 1] ?? '')) continue; // inches: 5'11"
        else this.push(mark);
        continue;
      }
      const d = this.findOpen(mark.style);
      if (kind === 'weak-close') {
        if (d < 0) {
          // `"The adage is "sell in May and go away'. That's …"`: a nested quote opened with a double mark and closed with a single one.
          const top = stack[stack.length - 1];
          if (stack.length > 1 && top.open.char === '"' && mark.char === "'" && this.closedBySingle(top.openCandidate) && !this.closesLater(top.openCandidate)) {
            this.closeAt(stack.length - 1, mark);
            mark.mismatches = top.open;
            this.strays.push(mark);
          }
          continue; // Jones’, rockin’, 1990s’: an apostrophe when nothing is open.
        }
        if (prose[mark.start - 1] === 's' && /^\s+\p{Ll}/u.test(prose.slice(mark.end, mark.end + 3)) && this.possessiveBeforeClose(k)) continue; // ‘the players’ union is strong,’
        this.closeAt(d, mark);
        continue;
      }
      if (d >= 0) this.closeAt(d, mark);
      else if (mark.char === '"' && DIGIT.test(prose[mark.start - 1] ?? '')) continue; // inches: 5'11"
      else if (stack.length > 0 && kind === 'close' && !this.closerFollows(k, stack[stack.length - 1].open.style)) {
        // `‘Networks like these facilitate piracy,” it said`: one quotation with the wrong closing mark, reported once.
        const open = stack[stack.length - 1].open;
        this.closeAt(stack.length - 1, mark);
        mark.mismatches = open;
        this.strays.push(mark);
      } else {
        mark.role = 'close';
        // `farmers" incomes`: a plural possessive whose apostrophe was typed as a double mark, with nothing open.
        if (mark.char === '"' && prose[mark.start - 1] === 's' && PLURAL_POSSESSIVE_AFTER.test(prose.slice(mark.end, mark.end + 3))) mark.forApostrophe = true;
        this.strays.push(mark);
      }
    }
    // Whatever is still open at the paragraph's end either runs on (news convention) or is stray.
    for (let d = stack.length - 1; d >= 1; d--) this.stray(stack[d].open);
    const outer = stack[0];
    if (!outer) return undefined;
    const dropped = swallowedAttribution(prose, outer.open.end, trimEnd(prose, outer.open.end, this.paragraph.end));
    if (dropped !== undefined) outer.open.partnerAt = dropped;
    else if (nextReopen && sameFamily(outer.open.char, nextReopen)) {
      outer.runsOn = true;
      outer.innerEnd = this.paragraph.end;
      this.found.push(outer);
      return outer;
    }
    this.stray(outer.open);
    return undefined;
  }

  private push(mark: QuoteMark, candidate = -1): void {
    const { stack, paragraph } = this;
    mark.role = 'open';
    const draft: Draft = { open: mark, innerEnd: paragraph.end, depth: stack.length, parent: stack[stack.length - 1], paragraph: this.paragraphAt(mark.start), runsOn: false, index: -1, openCandidate: candidate };
    if (this.continuing && stack.length === 0 && mark.start === paragraph.start) draft.continues = this.continuing;
    this.continuing = undefined;
    stack.push(draft);
  }

  /** `'bot nets`, `It's 'orrible`: a straight mark before a lower-case word that never closes is an elision. */
  private stray(mark: QuoteMark): void {
    if (!(mark.char === "'" && mark.role === 'open' && isLowerCaseAt(this.prose, mark.end))) this.strays.push(mark);
  }

  private closeAt(depth: number, mark: QuoteMark): void {
    const { stack } = this;
    while (stack.length > depth + 1) this.stray(stack.pop()!.open);
    const draft = stack.pop()!;
    mark.role = 'close';
    draft.close = mark;
    this.found.push(draft);
  }

  private findOpen(style: QuoteMark['style']): number {
    for (let d = this.stack.length - 1; d >= 0; d--) if (this.stack[d].open.style === style) return d;
    return -1;
  }

  /**
   * Whether this opener starts a quote nested in the open one: two straight double closers follow
   * before the next opener (`"need "significant" changes"`), or a closer a few words on (`to "fake" an injury`).
   */
  private closesLater(k: number): boolean {
    const next = this.candidates[k + 1];
    if (next && next.mark.char === '"' && next.kind !== 'open' && next.kind !== 'typo' && next.mark.start - this.candidates[k].mark.end <= 30) return true;
    let closers = 0;
    for (let j = k + 1; j < this.candidates.length && j < k + 8; j++) {
      const c = this.candidates[j];
      if (c.mark.char !== '"' || c.kind === 'typo') continue;
      if (c.kind === 'open') return false;
      if (++closers === 2) return true;
    }
    return false;
  }

  /**
   * Whether this straight double opener is closed by a straight single mark at a word's end a few
   * words on, before any other double mark, with a double closer still to come for the quote around it:
   * `"The adage is "sell in May and go away'. That's …," he said.`
   */
  private closedBySingle(k: number): boolean {
    if (k < 0) return false;
    const { candidates, prose } = this;
    for (let j = k + 1; j < candidates.length && j <= k + 6; j++) {
      const c = candidates[j];
      if (c.mark.char === '"' && c.kind !== 'typo') return false;
      if (c.mark.char === "'" && (c.kind === 'weak-close' || c.kind === 'close') && c.mark.start - candidates[k].mark.end <= 80 && /^[\s.,;:!?]/.test(prose.slice(c.mark.end, c.mark.end + 1))) {
        for (let after = j + 1; after < candidates.length && after <= j + 6; after++) if (candidates[after].mark.char === '"' && candidates[after].kind !== 'open' && candidates[after].kind !== 'typo') return true;
        return false;
      }
    }
    return false;
  }

  /** A mark that can close a quote of this style comes soon after, before another opener of it (a bounded look, so pairing stays linear). */
  private closerFollows(k: number, style: QuoteMark['style']): boolean {
    for (let j = k + 1; j < this.candidates.length && j <= k + 16; j++) {
      const c = this.candidates[j];
      if (c.mark.style !== style) continue;
      if (c.kind === 'open') return false;
      if (c.kind === 'close' || c.kind === 'toggle') return true;
    }
    return false;
  }

  /** A single closer follows before any single opener, so this `s’` is a plural possessive. */
  private possessiveBeforeClose(k: number): boolean {
    if (!this.nextSingleOpen || !this.nextSingleClose) {
      const { candidates, prose } = this;
      const open = new Int32Array(candidates.length + 1).fill(-1);
      const close = new Int32Array(candidates.length + 1).fill(-1);
      for (let j = candidates.length - 1; j >= 0; j--) {
        const c = candidates[j];
        const single = c.mark.style === 'single';
        open[j] = single && c.kind === 'open' ? j : open[j + 1];
        close[j] = single && (c.kind === 'close' || (c.kind === 'weak-close' && /[.,?!;:]/.test(prose[c.mark.start - 1] ?? ''))) ? j : close[j + 1];
      }
      this.nextSingleOpen = open;
      this.nextSingleClose = close;
    }
    const closeLater = this.nextSingleClose[k + 1];
    const openLater = this.nextSingleOpen[k + 1];
    return closeLater >= 0 && (openLater < 0 || openLater > closeLater);
  }
}

function trimEnd(prose: string, start: number, end: number): number {
  while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
  return end;
}

const TERMINAL_INSIDE = /[.,?!…;:—–-]$/;
const ABBREVIATION = /^(?:\p{L}\.)+$/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'be', 'as', 'but', 'nor', 'vs', 'de', 'la', 'le', 'du', 'von', 'van']);
const QUOTE_AS_MODIFIER = /^\s(\p{Ll}+)\b(?![,.])/u;
/** Words after a quote that start its attribution or a new clause, not a noun it modifies. */
const NOT_A_MODIFIED_NOUN_SOURCE = `he|she|they|it|we|i|you|the|a|an|and|but|or|as|is|was|are|were|has|had|in|on|at|to|for|from|with|by|of|that|which|who|when|while|after|before|${VERB_ALTERNATION}`;
const NOT_A_MODIFIED_NOUN_WORDS = new Set(NOT_A_MODIFIED_NOUN_SOURCE.split('|'));
/**
 * Whether a lower-case word after a quote is one of NOT_A_MODIFIED_NOUN_SOURCE's, as the case-blind
 * pattern `^(?:…)$` (flags `iu`) would say, by a lookup of the word folded as that pattern folds it:
 * the pattern tried its hundreds of alternatives for each quote, and cost start-up time to build.
 */
const isNotAModifiedNoun = (word: string) => {
  const folded = foldedRun(word, 0, word.length);
  return folded !== undefined && NOT_A_MODIFIED_NOUN_WORDS.has(folded);
};
const QUOTE_AS_SUBJECT = /^[,]?\s+(?:is|was|are|were|has been|had been|remains|became)\s+(?!\p{Lu})/u;
/** Longest run of words a quoted term, title or nickname is assumed to have. */
const TERM_WORDS = 4;
const MAX_TITLE_WORDS = 12;
/** Longest phrase quoted inside a sentence that is read as a term rather than speech. */
const EMBEDDED_TERM_WORDS = 6;

/** The quote sits inside a sentence: a word or comma comes right before it. */
function isEmbedded(prose: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i >= 0 && isLetterDigitOrCommaAt(prose, i);
}
/** A lower-case word or a comma right after a closing mark: the sentence did not end inside it. */
const SENTENCE_GOES_ON_AFTER = /^\s*(?:,|\p{Ll})/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/**
 * Speech or a quoted term. Quotes that end in their own punctuation, run over paragraphs
 * or are long are speech, unless they read as a title (capitalised words).
 */
function classifyQuotation(prose: string, q: Quotation): QuotationKind {
  if (q.runsOn || q.continues !== undefined) return 'speech';
  const inner = prose.slice(q.start, q.end).trim();
  if (inner.length === 0) return 'term';
  const unpunctuated = !TERMINAL_INSIDE.test(inner);
  // Headlines, slogans and questions quoted by name, or a quote that is the subject (`"Isn't it great" was the comment`).
  // `"should I, shouldn't I?" thoughts`: a quote used as a modifier of the next word.
  const modified = QUOTE_AS_MODIFIER.exec(prose.slice(q.outer.end, q.outer.end + 24));
  if (modified && !inner.endsWith(',') && !isNotAModifiedNoun(modified[1])) return 'term';
  const before = prose.slice(Math.max(0, q.outer.start - 40), q.outer.start);
  if (unpunctuated && (isNamingContext(before) || QUOTE_AS_SUBJECT.test(prose.slice(q.outer.end, q.outer.end + 16)))) return 'term';
  if (isInscriptionContext(before)) return 'term';
  const embedded = isEmbedded(prose, q.outer.start);
  // `sold under the name "Carlton."`: American style puts the sentence's full stop inside the marks; the term stays a term.
  const sentenceStopInside = embedded && inner.endsWith('.') && !inner.endsWith('..') && !SENTENCE_GOES_ON_AFTER.test(prose.slice(q.outer.end, q.outer.end + 3)) && !spokenRightBefore(before);
  const terminal = !unpunctuated && !ABBREVIATION.test(inner) && !sentenceStopInside;
  // A full stop inside the marks ends speech, except a title quoted inside a sentence (`to film 'A Question of Sport.'`).
  // Outside a sentence that settles it before the words are counted.
  const fullStopInside = terminal && inner.endsWith('.');
  if (fullStopInside && !embedded) return 'speech';
  const { words, titleLike } = countWords(prose, q);
  if (fullStopInside && !titleLike) return 'speech';
  // A short phrase quoted inside a sentence is a quoted term (`a "great number of celebrated roles"`).
  if (embedded && (words <= 2 || (!terminal && words <= EMBEDDED_TERM_WORDS))) return 'term';
  if (terminal) return titleLike ? 'term' : 'speech';
  if (words <= TERM_WORDS) return 'term';
  return titleLike ? 'term' : 'speech';
}

/** Words of a quotation, and whether every content word is capitalised (a title); titles are short, so twelve words settle it. */
function countWords(prose: string, q: Quotation): { words: number; titleLike: boolean } {
  let words = 0;
  let capitalised = 0;
  let content = 0;
  // The words of `[\p{L}\p{N}]+(?:['’]\p{L}+)*`, read by code: a match object per word was 16 ms of a
  // bbc-news CLI run (countWords in 178f592's --cpu-prof profile). Read within the quotation only:
  // a search from its start through the whole prose rescans every wordless stretch after it, once
  // per quotation (a transcript of marks).
  // ASCII is decided in the loops themselves, without a call per character: most of these calls run
  // before V8 optimises countWords, where a call costs more than the test it makes.
  const end = q.end;
  let i = q.start;
  while (i < end && words <= MAX_TITLE_WORDS) {
    const code = prose.charCodeAt(i);
    const first = code < 128 ? (isAsciiLetterOrDigit(code) ? 1 : 0) : letterOrDigitAt(prose, i, end, true);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i = lettersOrDigitsEnd(prose, i + first, end, true);
    // `['’]\p{L}+`, again and again: letters only after an apostrophe.
    for (;;) {
      const c = i < end ? prose.charCodeAt(i) : -1;
      if ((c !== 39 && c !== 8217) || letterOrDigitAt(prose, i + 1, end, false) === 0) break;
      i = lettersOrDigitsEnd(prose, i + 1, end, false);
    }
    words++;
    if (i - start <= 4 && SMALL_WORDS.has(prose.slice(start, i).toLowerCase())) continue;
    content++;
    const initial = prose.charCodeAt(start);
    if (initial < 128 ? (initial >= 65 && initial <= 90) || (initial >= 48 && initial <= 57) : UPPER_OR_DIGIT.test(prose[start])) capitalised++;
  }
  return { words, titleLike: content > 0 && capitalised === content && words > 1 && words <= MAX_TITLE_WORDS };
}

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Where the run of letters (or, with `digits`, letters and digits) from `i` ends, before `end`; ASCII by code. */
function lettersOrDigitsEnd(prose: string, i: number, end: number, digits: boolean): number {
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57))) break;
      i++;
      continue;
    }
    const n = letterOrDigitAt(prose, i, end, digits);
    if (n === 0) break;
    i += n;
  }
  return i;
}

/**
 * Units of the letter (or, with `digits`, letter or digit) at `i`, read as a pattern with the `u` flag reads
 * it (a surrogate pair is one character), before `end`: 1, 2, or 0 when there is none.
 */
function letterOrDigitAt(prose: string, i: number, end: number, digits: boolean): number {
  if (i >= end) return 0;
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (prose.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const char = pair ? prose.slice(i, i + 2) : prose[i];
  return (digits ? LETTER_OR_DIGIT : LETTER).test(char) ? char.length : 0;
}
