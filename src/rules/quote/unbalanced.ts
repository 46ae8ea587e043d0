import type { QuoteMark, TextModel } from '../../engine/model/types';
import { VERB } from '../../engine/model/speakers';
import { spanIndexAt } from '../../engine/positions';
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { closingFor, openingFor } from './shared';

export const unbalanced = defineRule({
  meta: {
    id: 'quote/unbalanced',
    family: 'quote',
    description: 'An opening quotation mark with no closing mark, or the reverse.',
    rationale: 'A missing quotation mark leaves the reader unsure where the speaker’s words end and the reporter’s begin.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    const attributions = new AttributionPoints(model);
    for (const mark of model.strayMarks) {
      if (mark.mismatches) {
        const wanted = closingFor(mark.mismatches.char);
        report({
          start: mark.start,
          end: mark.end,
          message: `Closing quotation mark ${mark.char} does not match the opening mark ${mark.mismatches.char}; close the quotation with ${wanted}.`,
          fixes: [{ title: `Replace with ${wanted}`, edits: [{ start: mark.start, end: mark.end, text: wanted }] }],
          related: [{ start: mark.mismatches.start, end: mark.mismatches.end, message: 'The opening mark.' }],
        });
        continue;
      }
      const opening = mark.role !== 'close';
      const fix = opening ? insertClosing(model, mark, attributions) : insertOpening(model, mark, attributions);
      report({
        start: mark.start,
        end: mark.end,
        message: opening
          ? `Opening quotation mark ${mark.char} has no closing mark; say where the quotation ends.`
          : `Closing quotation mark ${mark.char} has no opening mark; say where the quotation begins.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
});


/**
 * Where attributions sit, found once per paragraph and sentence rather than once per
 * stray mark: a transcript full of stray marks rescanned its paragraph for each (6 s at
 * 200,000 characters). Lives for one check, so nothing is kept between drafts.
 */
class AttributionPoints {
  private readonly closings = new Map<number, number[]>();
  private readonly openings = new Map<number, { colonEnd: number; at: number }[]>();
  constructor(private readonly model: TextModel) {}

  /** Offsets, in order, of punctuation that ends a quote before an attribution in a paragraph. */
  closingPoints(paragraphIndex: number): number[] {
    let points = this.closings.get(paragraphIndex);
    if (points) return points;
    const paragraph = this.model.paragraphs[paragraphIndex];
    const text = this.model.prose.slice(paragraph.start, paragraph.end);
    points = [];
    // Every match is one character, so a global scan finds each position either pattern accepts.
    for (const pattern of [ATTRIBUTION_AFTER, ATTRIBUTION_SENTENCE_AFTER]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) points.push(paragraph.start + m.index);
    }
    points.sort((a, b) => a - b);
    this.closings.set(paragraphIndex, points);
    return points;
  }

  /** The places after `said:` or `said,` in a sentence: where its colon or comma ends, and where an opening mark would go. */
  openingPoints(sentenceIndex: number): { colonEnd: number; at: number }[] {
    let points = this.openings.get(sentenceIndex);
    if (points) return points;
    const sentence = this.model.sentences[sentenceIndex];
    const text = this.model.prose.slice(sentence.start, sentence.end);
    points = [];
    VERB.lastIndex = 0;
    for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
      const verbEnd = m.index + m[0].length;
      const colon = /^[^,:.]{0,30}[:,]/.exec(text.slice(verbEnd, verbEnd + 31));
      if (!colon) continue;
      let at = verbEnd + colon[0].length;
      while (at < text.length && /\s/.test(text[at])) at++;
      points.push({ colonEnd: sentence.start + verbEnd + colon[0].length, at: sentence.start + at });
    }
    this.openings.set(sentenceIndex, points);
    return points;
  }
}

const ATTRIBUTION_AFTER = /[,?!](?=\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|told|added|asked|wrote|according)\b)|[,?!](?=\s+(?:said|says|added|told|asked|wrote)\b)/gu;
const ATTRIBUTION_SENTENCE_AFTER = /[.?!](?=\s+(?:\p{Lu}[\p{L}.'’-]*\s+)(?:[\p{L}.'’-]+\s+){0,3}?(?:said|says|told|added|asked|wrote|insisted|explained|continued)\b)/gu;

/** Punctuation right before an attribution (`…, Rutte said`, `… . He added:`) ends the quote; otherwise the paragraph does. */
function insertClosing(model: TextModel, mark: QuoteMark, attributions: AttributionPoints): Fix | undefined {
  const index = spanIndexAt(model.paragraphs, mark.start);
  const paragraph = model.paragraphs[index];
  if (!paragraph) return undefined;
  // `…blame me. He added: "…` or `…me. Cole said …`: the quote ended with the sentence before the new attribution.
  const points = attributions.closingPoints(index);
  const first = points[firstAtOrAfter(points, mark.end)];
  const at = first === undefined ? paragraph.end : first + 1;
  return { title: `Insert closing ${closingFor(mark.char)}`, edits: [{ start: at, end: at, text: closingFor(mark.char) }] };
}

/** After `said:` or `said,` when the sentence has one, else at the start of the sentence. */
function insertOpening(model: TextModel, mark: QuoteMark, attributions: AttributionPoints): Fix | undefined {
  // A binary search: a scan of every sentence for each stray mark made long drafts quadratic.
  const index = spanIndexAt(model.sentences, mark.start);
  const sentence = model.sentences[index];
  if (!sentence || mark.start > sentence.end) return undefined;
  // The last `said:` whose colon comes before the mark.
  let at = sentence.start;
  for (const point of attributions.openingPoints(index)) {
    if (point.colonEnd > mark.start) break;
    at = Math.min(point.at, mark.start);
  }
  return { title: `Insert opening ${openingFor(mark)}`, edits: [{ start: at, end: at, text: openingFor(mark) }] };
}

function firstAtOrAfter(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
