import { spanIndexAt } from '../positions';
import { isSpaceCode } from './char-class';
import { INVERTING_VERB_ALTERNATION } from './speech-verbs';
import { swallowedClauseComma } from './swallowed-clause';
import { colonAfterVerb, forEachAttributionVerb } from './verb-runs';
import { standInSearch } from './class-stand-ins';
import type { QuoteMark, Quotation, TextModel } from './types';

/**
 * Where the partner of a stray quotation mark most likely belongs, read from the attribution
 * around it: a quote that swallowed its attribution (`"We will not back down, she said.`) ends
 * after `down,`; a closing mark with no opening one starts after `said:`. The rules and the
 * editor read the result (`QuoteMark.partnerAt`) and never the text again.
 */

const INVERTED_VERB = String.raw`(?:${INVERTING_VERB_ALTERNATION})(?![\p{L}'’-])`;
/** How far into an unclosed quote a swallowed attribution is looked for. */
const SWALLOWED_WINDOW = 500;

/**
 * The offset right after the punctuation where a quote's closing mark was dropped, when the
 * text from `from` to `to` (an unclosed quote, up to the next opening mark or the paragraph's end)
 * holds its own attribution clause (`, she said.`): speech does not report itself that way, so the
 * quote ended there, whatever follows (more paraphrase, another quote, a reopened paragraph).
 */
export function swallowedAttribution(prose: string, from: number, to: number): number | undefined {
  const comma = swallowedClauseComma(prose.slice(from, Math.min(to, from + SWALLOWED_WINDOW)));
  return comma >= 0 ? from + comma + 1 : undefined;
}

export const ATTRIBUTION_AFTER_SOURCE = String.raw`[,?!](?=\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:${INVERTED_VERB}|according\b))|[,?!](?=\s+${INVERTED_VERB})`;
export const ATTRIBUTION_SENTENCE_AFTER_SOURCE = String.raw`[.?!](?=\s+(?:\p{Lu}[\p{L}.'’-]*\s+)(?:[\p{L}.'’-]+\s+){0,3}?${INVERTED_VERB})`;
const ATTRIBUTION_AFTER = standInSearch(ATTRIBUTION_AFTER_SOURCE, 'u');
const ATTRIBUTION_SENTENCE_AFTER = standInSearch(ATTRIBUTION_SENTENCE_AFTER_SOURCE, 'u');
/** How far past a stray opening mark its closing mark is looked for, and before a stray closing mark its opening one. */
const CLOSE_WINDOW = 1200;

/** Sets `partnerAt` on every stray mark that is not merely the wrong kind of closing mark. */
export function placeMissingMarks(model: TextModel): void {
  const spaces = new NextSpace(model.prose);
  for (const mark of model.strayMarks) {
    if (mark.mismatches || mark.forApostrophe || mark.partnerAt !== undefined) continue;
    mark.partnerAt = mark.role === 'close' ? likelyOpening(model, mark, spaces) : likelyClosing(model, mark);
  }
}

/**
 * The first white space at or after an offset, for every offset, made on first need: looked for
 * in each stray mark's window instead, a run of thousands of marks with no space among them
 * scanned its whole window once per mark.
 */
class NextSpace {
  private next?: Int32Array;

  constructor(private readonly prose: string) {}

  /** The offset of the first `\s` in prose[from, to), or -1. */
  firstIn(from: number, to: number): number {
    if (!this.next) {
      const { prose } = this;
      const next = new Int32Array(prose.length + 1);
      next[prose.length] = prose.length;
      for (let i = prose.length - 1; i >= 0; i--) next[i] = isSpaceCode(prose.charCodeAt(i)) ? i : next[i + 1];
      this.next = next;
    }
    const at = this.next[from];
    return at < to ? at : -1;
  }
}

/**
 * The innermost quotation whose words hold `offset`: a mark left open inside another quotation
 * is closed (or opened) inside it too. Quotations are sorted by start and properly nested, so
 * the last one opening before `offset` leads there through its parents.
 */
function enclosingQuotation(model: TextModel, offset: number): Quotation | undefined {
  const { quotations } = model;
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid].outer.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = quotations[i].parent) {
    if (quotations[i].start <= offset && offset < quotations[i].end) return quotations[i];
  }
  return undefined;
}

/** Punctuation right before an attribution (`…, Rutte said`, `… . He added:`) ends the quote; otherwise the paragraph (or the quotation holding the mark) does. */
function likelyClosing(model: TextModel, mark: QuoteMark): number | undefined {
  const paragraph = model.paragraphs[spanIndexAt(model.paragraphs, mark.start)];
  if (!paragraph) return undefined;
  const end = enclosingQuotation(model, mark.start)?.end ?? paragraph.end;
  const rest = model.prose.slice(mark.end, Math.min(end, mark.end + CLOSE_WINDOW));
  const before = ATTRIBUTION_AFTER(rest);
  // `…blame me. He added: "…` or `…me. Cole said …`: the quote ended with the sentence before the new attribution.
  const sentenceBefore = ATTRIBUTION_SENTENCE_AFTER(rest);
  const first = before >= 0 && sentenceBefore >= 0 ? Math.min(before, sentenceBefore) : Math.max(before, sentenceBefore);
  return first >= 0 ? mark.end + first + 1 : end;
}

/** After `said:` or `said,` when the sentence has one, else at the start of the sentence. */
function likelyOpening(model: TextModel, mark: QuoteMark, spaces: NextSpace): number | undefined {
  // A binary search: a scan of every sentence for each stray mark made long drafts quadratic.
  const sentence = model.sentences[spanIndexAt(model.sentences, mark.start)];
  if (!sentence || mark.start > sentence.end) return undefined;
  const start = Math.max(sentence.start, enclosingQuotation(model, mark.start)?.start ?? 0);
  let from = start;
  // As far back as a closing mark's partner is looked for ahead: a sentence-long look-back per
  // stray mark grew with the square of a run of marks (12 s at 100,000 characters of "'"').
  // The window starts after a space, so no word is cut into a shorter one that reads as a verb.
  if (mark.start - from > CLOSE_WINDOW) {
    const space = spaces.firstIn(mark.start - CLOSE_WINDOW, mark.start);
    from = space === -1 ? mark.start : space;
  }
  const head = model.prose.slice(from, mark.start);
  let at = start;
  forEachAttributionVerb(head, (_, verbEnd) => {
    const colon = colonAfterVerb(head, verbEnd);
    if (colon >= 0) at = from + colon;
  });
  return at;
}
