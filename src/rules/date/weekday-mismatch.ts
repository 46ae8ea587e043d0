import { WEEKDAY_NAMES, addDays, isValidDate, weekdayOf } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { dateEdits, daysFromReference, describe, fullDate, weekdayLike } from './words';

export const weekdayMismatch = defineRule({
  meta: {
    id: 'date/weekday-mismatch',
    family: 'date',
    description: 'A weekday that the calendar does not give for the date next to it.',
    rationale: 'A day that disagrees with its date forces a correction: one of the two is wrong, and only the reporter knows which.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    for (const mention of model.dates) {
      const date = fullDate(mention);
      if (!date || mention.weekday === undefined || !mention.weekdaySpan || !isValidDate(date.year, date.month, date.day)) continue;
      const actual = weekdayOf(date.year, date.month, date.day);
      if (actual === mention.weekday) continue;
      const text = model.text;
      const writtenWeekday = text.slice(mention.weekdaySpan.start, mention.weekdaySpan.end);
      const rightWeekday = weekdayLike(writtenWeekday, actual);
      const fixes: Fix[] = [{ title: `Change the weekday to ${rightWeekday}`, edits: [{ ...mention.weekdaySpan, text: rightWeekday }] }];

      // The nearest date (within three days) that falls on the weekday as written.
      let shift = (mention.weekday - actual + 7) % 7;
      if (shift > 3) shift -= 7;
      const moved = addDays(date, shift);
      const edits = dateEdits(text, mention, date, moved);
      const movedText = describe(mention, mention.yearSpan ? moved : { month: moved.month, day: moved.day });
      fixes.push({ title: `Change the date to ${movedText} (the nearest ${WEEKDAY_NAMES[mention.weekday]})`, edits });

      const reference = model.referenceDate;
      const past = reference ? daysFromReference(date, reference) < 0 : true;
      const implied = mention.yearImplied ? ', taking the year from the story date' : '';
      const start = Math.min(mention.weekdaySpan.start, mention.daySpan?.start ?? Infinity, mention.monthSpan?.start ?? Infinity);
      const end = Math.max(mention.weekdaySpan.end, mention.yearSpan?.end ?? 0, mention.daySpan?.end ?? 0, mention.monthSpan?.end ?? 0);
      report({
        start,
        end,
        message: `${describe(mention)} ${past ? 'was' : 'is'} a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[mention.weekday]}${implied}.`,
        fixes,
      });
    }
  },
});
