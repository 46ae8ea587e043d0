import type { QuoteMark } from '../../engine/model/types';
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
      if (mark.forApostrophe) {
        report({
          start: mark.start,
          end: mark.end,
          message: `Quotation mark ${mark.char} stands where an apostrophe belongs; write ’ or '.`,
          fixes: [{ title: "Replace with '", edits: [{ start: mark.start, end: mark.end, text: "'" }] }],
        });
        continue;
      }
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
      const fix = opening ? insertClosing(mark) : insertOpening(mark);
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

/** The model says where the missing mark belongs (`QuoteMark.partnerAt`): after `down,` in `"We will not back down, she said.`. */
function insertClosing(mark: QuoteMark): Fix | undefined {
  if (mark.partnerAt === undefined) return undefined;
  const at = mark.partnerAt;
  return { title: `Insert closing ${closingFor(mark.char)}`, edits: [{ start: at, end: at, text: closingFor(mark.char) }] };
}

function insertOpening(mark: QuoteMark): Fix | undefined {
  if (mark.partnerAt === undefined) return undefined;
  const at = mark.partnerAt;
  return { title: `Insert opening ${openingFor(mark)}`, edits: [{ start: at, end: at, text: openingFor(mark) }] };
}
