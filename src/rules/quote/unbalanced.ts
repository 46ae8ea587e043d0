import type { QuoteMark, TextModel } from '../../engine/model/types';
import { VERB } from '../../engine/model/speech-verbs';
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
      const fix = opening ? insertClosing(model, mark) : insertOpening(model, mark);
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

const ATTRIBUTION_AFTER = /[,?!](?=\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|told|added|asked|wrote|according)\b)|[,?!](?=\s+(?:said|says|added|told|asked|wrote)\b)/u;
const ATTRIBUTION_SENTENCE_AFTER = /[.?!](?=\s+(?:\p{Lu}[\p{L}.'’-]*\s+)(?:[\p{L}.'’-]+\s+){0,3}?(?:said|says|told|added|asked|wrote|insisted|explained|continued)\b)/u;

/** Punctuation right before an attribution (`…, Rutte said`, `… . He added:`) ends the quote; otherwise the paragraph does. */
function insertClosing(model: TextModel, mark: QuoteMark): Fix | undefined {
  const paragraph = model.paragraphs[spanIndexAt(model.paragraphs, mark.start)];
  if (!paragraph) return undefined;
  const rest = model.prose.slice(mark.end, paragraph.end);
  let at = paragraph.end;
  const before = ATTRIBUTION_AFTER.exec(rest);
  // `…blame me. He added: "…` or `…me. Cole said …`: the quote ended with the sentence before the new attribution.
  const sentenceBefore = ATTRIBUTION_SENTENCE_AFTER.exec(rest);
  const first = before && sentenceBefore ? (before.index < sentenceBefore.index ? before : sentenceBefore) : (before ?? sentenceBefore);
  if (first) at = mark.end + first.index + 1;
  return { title: `Insert closing ${closingFor(mark.char)}`, edits: [{ start: at, end: at, text: closingFor(mark.char) }] };
}

/** After `said:` or `said,` when the sentence has one, else at the start of the sentence. */
function insertOpening(model: TextModel, mark: QuoteMark): Fix | undefined {
  // A binary search: a scan of every sentence for each stray mark made long drafts quadratic.
  const sentence = model.sentences[spanIndexAt(model.sentences, mark.start)];
  if (!sentence || mark.start > sentence.end) return undefined;
  const head = model.prose.slice(sentence.start, mark.start);
  let at = sentence.start;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(head); m; m = VERB.exec(head)) {
    const colon = /^[^,:.]{0,30}[:,]\s*/.exec(head.slice(m.index + m[0].length));
    if (colon) at = sentence.start + m.index + m[0].length + colon[0].length;
  }
  return { title: `Insert opening ${openingFor(mark)}`, edits: [{ start: at, end: at, text: openingFor(mark) }] };
}
