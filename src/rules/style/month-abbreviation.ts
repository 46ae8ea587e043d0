import { AP_MONTH_ABBREVIATIONS, MONTH_NAMES, daysInMonth } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';

export const monthAbbreviation = defineRule({
  meta: {
    id: 'style/month-abbreviation',
    family: 'style',
    description: 'AP month style: Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a day; spelled out alone or with a year; March to July never abbreviated.',
    rationale: 'AP abbreviates only some months, and only before a figure; mixed forms read as careless copy.',
    defaultLevel: 'info',
    fixable: true,
    requiresStyle: 'ap',
  },
  check({ model, report }) {
    const { text } = model;
    for (const mention of model.dates) {
      const span = mention.monthSpan;
      // Day-month order ("15 January") is another house style altogether; AP rewrites it whole.
      if (!span || mention.month === undefined || mention.order === 'day-month') continue;
      if (mention.day !== undefined && mention.day > daysInMonth(2000, mention.month)) continue; // date/invalid speaks first
      const written = text.slice(span.start, span.end);
      if (written.length > 1 && written === written.toUpperCase()) continue; // headline capitals
      const withDay = mention.day !== undefined;
      const wanted = withDay ? AP_MONTH_ABBREVIATIONS[mention.month - 1] : MONTH_NAMES[mention.month - 1];
      if (written === wanted) continue;
      const message = withDay
        ? `AP style writes ${wanted} before a day${/\.$/.test(wanted) ? '' : ', never abbreviated'}: ${wanted} ${mention.day}.`
        : `AP style spells out a month that stands alone or with a year only: ${wanted}.`;
      report({ ...span, message, fixes: [{ title: `Write "${wanted}"`, edits: [{ ...span, text: wanted }], safe: true }] });
    }
  },
});
