import { weekdayMismatch as rule } from '../../../src/rules/date/weekday-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

const dated = (date: string) => ({ referenceDate: date });

ruleTester(rule, {
  valid: [
    'The treaty was signed on Tuesday, March 15, 2005, in Geneva.',
    'The treaty was signed on Tuesday 15 March 2005 in Geneva.',
    'WASHINGTON (AP) — The hearing opened on Tue., Mar. 15, 2005, and closed Friday.',
    { text: 'The vote is on Saturday, 15 March.', config: dated('2025-03-10') },
    { text: 'The vote was on Saturday, March 15th.', config: dated('2025-03-20') },
    { text: 'The strike began on 15 March, a Saturday.', config: dated('2025-03-20') },
    { name: 'a year taken from the dateline', text: 'LONDON, March 20, 2025 (Reuters) - Talks ended on Saturday, March 15.' },
    { name: 'no story date: a date without a year is not checked', text: 'The vote was on Monday, 15 March.' },
    'Sunday Times reporters said on Monday that the 15 March deadline stood.',
    { name: 'a weekday range with a date range', text: 'The summit runs Monday to Wednesday, March 3-5, 2025.' },
    { name: 'two weekdays, two dates', text: 'Voting is on Saturday and Sunday, 5 and 6 April 2025.' },
  ],
  invalid: [
    {
      name: 'day-month with year: fix the weekday',
      text: 'The treaty was signed on Monday, 15 March 2005, in Geneva.',
      count: 1,
      spans: ['Monday, 15 March 2005'],
      message: /15 March 2005 was a Tuesday, not a Monday/,
      output: 'The treaty was signed on Tuesday, 15 March 2005, in Geneva.',
    },
    {
      name: 'day-month with year: or fix the date',
      text: 'The treaty was signed on Monday, 15 March 2005, in Geneva.',
      count: 1,
      fix: 1,
      output: 'The treaty was signed on Monday, 14 March 2005, in Geneva.',
    },
    {
      name: 'AP abbreviations keep their style',
      text: 'WASHINGTON (AP) — The hearing opened on Mon., Mar. 15, 2005, before the committee.',
      count: 1,
      message: /March 15, 2005 was a Tuesday, not a Monday/,
      output: 'WASHINGTON (AP) — The hearing opened on Tue., Mar. 15, 2005, before the committee.',
    },
    {
      name: 'the nearest date may be in another month and year',
      text: 'Voting closed on Friday, January 1, 2022.',
      count: 1,
      fix: 1,
      message: /January 1, 2022 was a Saturday, not a Friday/,
      output: 'Voting closed on Friday, December 31, 2021.',
    },
    {
      name: 'without a year, the year of the story date',
      text: 'The vote was on Monday, March 15th.',
      config: dated('2025-03-20'),
      count: 1,
      message: /March 15, 2025 was a Saturday, not a Monday, taking the year from the story date/,
      output: 'The vote was on Saturday, March 15th.',
    },
    {
      name: 'weekday after the date',
      text: 'The strike began on 15 March, a Tuesday, and spread.',
      config: dated('2025-03-20'),
      count: 1,
      spans: ['15 March, a Tuesday'],
      output: 'The strike began on 15 March, a Saturday, and spread.',
    },
    {
      name: 'year from a front matter date',
      text: '---\ndate: 2025-03-20\n---\nThe vote was on Monday, 15 March.\n',
      count: 1,
      fix: 1,
      output: '---\ndate: 2025-03-20\n---\nThe vote was on Monday, 17 March.\n',
    },
  ],
});
