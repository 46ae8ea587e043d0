import { MONTH_NAMES, daysInMonth, isLeapYear } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';
import { dateSpan } from './words';

export const invalid = defineRule({
  meta: {
    id: 'date/invalid',
    family: 'date',
    description: 'A date that does not exist, such as 30 February or 31 June.',
    rationale: 'A date that is not on the calendar is always a typo; readers notice it at once.',
    defaultLevel: 'error',
    fixable: false,
  },
  check({ model, report }) {
    for (const mention of model.dates) {
      const { month, day } = mention;
      if (month === undefined || day === undefined) continue;
      const monthName = MONTH_NAMES[month - 1];
      const span = dateSpan(mention);
      const written = model.text.slice(span.start, span.end);
      if (day > (month === 2 ? 29 : daysInMonth(2001, month))) {
        report({ ...span, message: `${monthName} has ${month === 2 ? '28 days (29 in a leap year)' : `${daysInMonth(2001, month)} days`}: ${written} does not exist.` });
      } else if (month === 2 && day === 29 && mention.year !== undefined && !isLeapYear(mention.year)) {
        const whose = mention.yearImplied ? `${mention.year}, the year of the story date,` : String(mention.year);
        report({ ...span, message: `${whose} is not a leap year: ${written} does not exist.` });
      }
    }
  },
});
