import { defineRule } from '../../engine/rule';
import { excerpt, speechQuotations } from './shared';

export const anonymousSource = defineRule({
  meta: {
    id: 'quote/anonymous-source',
    family: 'quote',
    description: 'A quotation attributed only to a vague or unnamed source.',
    rationale: 'Quotes from unnamed sources ("officials said", "a former aide") need an editor’s sign-off: why anonymity was granted and how the source knows.',
    defaultLevel: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    for (const q of speechQuotations(model)) {
      const a = q.attribution;
      if (!a || a.speakerKind !== 'anonymous') continue;
      report({
        start: q.outer.start,
        end: q.outer.end,
        message: `Quotation “${excerpt(model, q)}” is attributed only to an unnamed source (“${a.speakerText}”). Check why anonymity was granted and how the source knows, and say so in the copy.`,
        ...(a.speaker && (a.speaker.start < q.outer.start || a.speaker.start >= q.outer.end)
          ? { related: [{ start: a.speaker.start, end: a.speaker.end, message: 'The unnamed source.' }] }
          : {}),
      });
    }
  },
});
