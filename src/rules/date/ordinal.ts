import { MONTH_NAMES } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';

export const ordinal = defineRule({
  meta: {
    id: 'date/ordinal',
    family: 'date',
    description: 'AP style writes dates with cardinal figures: July 14, not July 14th.',
    rationale: 'AP style never puts st, nd, rd or th after the day of a date.',
    defaultLevel: 'info',
    fixable: true,
    requiresStyle: 'ap',
  },
  check({ model, report }) {
    const { text } = model;
    for (const mention of model.dates) {
      const suffix = mention.ordinalSuffix;
      if (!suffix || !mention.daySpan || !mention.monthSpan || mention.month === undefined) continue;
      const day = text.slice(mention.daySpan.start, mention.daySpan.end);
      if (mention.order === 'month-day') {
        report({
          ...suffix,
          message: `Write the day as a plain figure: ${text.slice(mention.monthSpan.start, mention.monthSpan.end)} ${day}, not ${text.slice(mention.monthSpan.start, suffix.end)}.`,
          fixes: [{ title: `Remove "${text.slice(suffix.start, suffix.end)}"`, edits: [{ ...suffix, text: '' }], safe: true }],
        });
        continue;
      }
      // "the 14th of July" / "14th July" become "July 14".
      const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, mention.daySpan.start - 5), mention.daySpan.start));
      const start = the ? mention.daySpan.start - the[0].length : mention.daySpan.start;
      const monthWord = text.slice(mention.monthSpan.start, mention.monthSpan.end);
      const rewritten = `${monthWord} ${day}`;
      report({
        start,
        end: mention.monthSpan.end,
        message: `Write the date month first with a plain figure: ${rewritten}.`,
        fixes: [{ title: `Write "${rewritten}"`, edits: [{ start, end: mention.monthSpan.end, text: rewritten }], safe: MONTH_NAMES.includes(monthWord as (typeof MONTH_NAMES)[number]) }],
      });
    }
  },
});
