import { relative as rule } from '../../../src/rules/date/relative';
import { ruleTester } from '../../helpers/rule-tester';

// 15 March 2025 was a Saturday.
const story = { referenceDate: '2025-03-15' };
const ap = { referenceDate: '2025-03-15', style: 'ap' as const };

ruleTester(rule, {
  valid: [
    { text: 'The talks collapsed last Friday, 14 March, officials said.', config: story },
    { text: 'He arrived yesterday (Friday) in Kyiv.', config: story },
    { text: 'Ministers meet next week, on 18 March.', config: story },
    { text: 'Ministers will meet on 20 March in Brussels.', config: story },
    { text: 'Ministers met on 1 March and will meet again on 20 March.', config: story },
    { text: 'The board said on 1 March that it will cut jobs.', config: story },
    { name: 'a date without a year far back may mean next year', text: 'The fair will open on 1 January.', config: story },
    { name: 'no story date: silent, the clock is no substitute', text: 'Ministers will meet on 1 March. He arrived yesterday (Monday).' },
    { text: 'LONDON, March 15 (Reuters) - Trading resumed yesterday, March 14, after a halt.', config: { referenceDate: '2025-07-01' } },
    { name: 'AP checks need style ap', text: 'He spoke on March 14.', config: story },
    { text: 'The museum reopened on March 1.', config: ap },
  ],
  invalid: [
    {
      name: 'last Friday after the story date',
      text: 'The talks collapsed last Friday, 25 March, officials said.',
      config: story,
      count: 1,
      spans: ['last Friday, 25 March'],
      message: /"last Friday" does not fit 25 March 2025, 10 days after the story's date \(15 March 2025, from the settings\)/,
    },
    {
      name: 'yesterday (Monday) on a Wednesday',
      text: '---\ndate: 2025-03-19\n---\nHe arrived yesterday (Monday) in Kyiv.\n',
      count: 1,
      message: /"yesterday" is Tuesday, 18 March by the story's date \(19 March 2025, from the front matter\), not Monday/,
      output: '---\ndate: 2025-03-19\n---\nHe arrived yesterday (Tuesday) in Kyiv.\n',
    },
    {
      name: 'next week for a date in the past',
      text: 'Ministers meet next week, on 1 March.',
      config: story,
      count: 1,
      message: /"next week" does not fit 1 March 2025, 14 days before the story's date/,
    },
    {
      name: 'future tense for a date before the story date',
      text: 'WASHINGTON (AP) — Ministers will meet on 1 March 2025 in Brussels.',
      config: story,
      count: 1,
      spans: ['1 March 2025'],
      message: /"will" looks ahead, but 1 March 2025 is before the story's date/,
    },
    {
      name: 'future tense, year from the dateline',
      text: 'BRUSSELS, March 15, 2025 (Reuters) - The ministers are due to meet on March 10 to agree the budget.',
      count: 1,
      spans: ['March 10'],
      message: /"due" looks ahead, but March 10, 2025 is before the story's date \(March 15, 2025, from the dateline\)/,
    },
    { text: 'Sales fell last month, on 3 March.', config: story, count: 1, message: /"last month" is February 2025/ },
    {
      name: 'AP: a weekday alone within a week',
      text: 'The senator spoke on March 14 in Ohio.',
      config: ap,
      count: 1,
      message: /AP style: March 14, 2025 is within a week of the story's date .*use the day of the week, Friday/,
      output: 'The senator spoke on Friday in Ohio.',
    },
    {
      name: 'AP: the ordinal suffix goes with the date',
      text: 'On July 14th, Trump confirmed the deal.',
      config: { referenceDate: '2025-07-16', style: 'ap' },
      count: 1,
      spans: ['July 14th'],
      output: 'On Monday, Trump confirmed the deal.',
    },
    {
      name: 'AP: the date alone beyond a week',
      text: 'The senator spoke on Wednesday, March 5, in Ohio.',
      config: ap,
      count: 1,
      spans: ['Wednesday'],
      output: 'The senator spoke on March 5, in Ohio.',
    },
    {
      name: 'AP: no "last" before a weekday',
      text: 'The senator spoke last Thursday in Ohio.',
      config: ap,
      count: 1,
      output: 'The senator spoke Thursday in Ohio.',
    },
  ],
});
