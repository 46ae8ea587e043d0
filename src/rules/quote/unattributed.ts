import type { Quotation, TextModel } from '../../engine/model/types';
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { closingFor, excerpt, speechQuotations } from './shared';

const PLACEHOLDER = 'TK said';

export const unattributed = defineRule({
  meta: {
    id: 'quote/unattributed',
    family: 'quote',
    description: 'A direct quotation of speech with no speaker attached.',
    rationale: 'Every direct quote needs a named speaker next to it; a quote that opens a paragraph without one reads as the reporter speaking.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, config, options, report }) {
    const strictParagraphs = options.newParagraph === 'strict' || (options.newParagraph === undefined && config.style === 'ap');
    for (const q of speechQuotations(model)) {
      if (q.continues !== undefined) continue;
      if (q.attribution?.implied && strictParagraphs) {
        const fix = placeholderFix(model, q);
        report({
          start: q.outer.start,
          end: q.outer.end,
          message: `Quotation “${excerpt(model, q)}” has no verb of attribution; the speaker is only implied by the sentence around it. Attribute it (“…,” she said).`,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      if (q.attribution?.acrossParagraphs && strictParagraphs) {
        const fix = placeholderFix(model, q);
        report({
          start: q.outer.start,
          end: q.outer.end,
          message: `Quotation “${excerpt(model, q)}” opens a new paragraph without a speaker; the one named in the paragraph before does not carry over. Attribute it again, or keep the quote open across the paragraphs.`,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      if (q.attribution) continue;
      const fix = placeholderFix(model, q);
      report({
        start: q.outer.start,
        end: q.outer.end,
        message: q.runsOn
          ? `Quotation “${excerpt(model, q)}” runs over several paragraphs without a speaker. Say who is speaking in its first paragraph.`
          : `Quotation “${excerpt(model, q)}” has no speaker. Attribute it (“…,” she said) or paraphrase it.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
});

/** `"We will win."` → `"We will win," TK said.`, so the editor only has to fill in the name. */
function placeholderFix(model: TextModel, q: Quotation): Fix | undefined {
  const text = model.text;
  const title = `Insert attribution placeholder (“${PLACEHOLDER}”)`;
  const make = (edits: TextEdit[]): Fix => ({ title, edits });
  let last = q.end;
  while (last > q.start && /\s/.test(text[last - 1])) last--;
  const final = text[last - 1];
  if (!q.close) {
    // Multi-paragraph quote: close it after its first sentence and reopen it.
    const inner = text.slice(q.start, q.end);
    const m = /[.](\s+)(?=\S)/.exec(inner);
    if (!m) return undefined;
    const at = q.start + m.index;
    return make([{ start: at, end: at + 1 + m[1].length, text: `,${closingFor(q.open.char)} ${PLACEHOLDER}. ${q.open.char}` }]);
  }
  const after = text[q.close.end];
  if (final === '.') return make([{ start: last - 1, end: last, text: ',' }, { start: q.close.end, end: q.close.end, text: ` ${PLACEHOLDER}.` }]);
  if (final === '?' || final === '!') return make([{ start: q.close.end, end: q.close.end, text: ` ${PLACEHOLDER}.` }]);
  if (final === ',') return make([{ start: q.close.end, end: q.close.end, text: ` ${PLACEHOLDER}` }]);
  if (after === '.') return make([{ start: q.close.end, end: q.close.end, text: `, ${PLACEHOLDER}` }]);
  return make([{ start: q.close.end, end: q.close.end, text: `, ${PLACEHOLDER}.` }]);
}
