import assert from 'node:assert/strict';
import { elapsed as rule } from '../../../src/rules/date/elapsed';
import { lintWith, ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'As the Russian-Ukrainian conflict enters its 12th year, Kyiv is short of shells.', config: { referenceDate: '2025-07-16' } },
    { name: 'counts from the full-scale invasion too', text: 'As the war in Ukraine enters its fourth year, Kyiv is short of shells.', config: { referenceDate: '2025-07-16' } },
    { text: "Three years into Russia's full-scale invasion, the front has barely moved.", config: { referenceDate: '2025-03-01' } },
    { text: 'NATO marked its 75th anniversary at the Washington summit.', config: { referenceDate: '2024-07-10' } },
    { text: 'The charity, founded in 1998, celebrates its 20th anniversary this week.', config: { referenceDate: '2018-05-01' } },
    { text: 'Prices have risen for the past 10 years, since 2014.', config: { referenceDate: '2024-06-01' } },
    { name: 'the draft\'s own start needs a story date', text: 'The charity, founded in 1998, celebrates its 20th anniversary this week.' },
    { name: 'a statement about something else', text: 'Nolan, who has run the awards for the past five years, told the BBC he was pleased.' },
    { text: 'Four years into his term, the president visited NATO headquarters.', config: { referenceDate: '2025-07-16' } },
    { name: 'an ended war is not "in its Nth year" any more', text: 'The war in Syria enters its 20th year.', config: { referenceDate: '2030-05-01' } },
    { name: 'about nearly', text: 'The war in Syria, now nearly 13 years after it began, rages on.', config: { referenceDate: '2024-01-10' } },
  ],
  invalid: [
    {
      name: 'the seed sentence',
      text: 'As the Russian-Ukrainian conflict enters its eighth year, Ukraine’s military has faced increasing strain.',
      config: { referenceDate: '2025-07-16' },
      count: 1,
      spans: ['enters its eighth year'],
      message: /the Russian-Ukrainian conflict began in February 2014: in July 2025 it was in its 12th year \(4th year since the full-scale invasion of February 2022\)/,
    },
    {
      name: 'facts may fall back to today, and say so',
      text: "KYIV (AP) — A decade since Russia's war began, the front is quiet.",
      today: '2040-01-10',
      count: 1,
      message: /Counted to today's date \(10 January 2040\), since the draft gives no date of its own/,
    },
    {
      name: 'the draft\'s own start date',
      text: 'The charity, founded in 1998, celebrates its tenth anniversary this week.',
      config: { referenceDate: '2018-05-01' },
      count: 1,
      message: /it was founded in 1998: in May 2018 it was in its 20th or 21st year/,
    },
    { text: 'The war began in February 2022. Five years after, the front is frozen.', config: { referenceDate: '2025-03-01' }, count: 1 },
    { text: 'Prices have risen for the past 10 years, since 2019.', config: { referenceDate: '2024-06-01' }, count: 1 },
    { name: 'anniversaries of ended wars still count', text: 'Syrians marked the 10th anniversary of the war in Syria.', config: { referenceDate: '2030-03-15' }, count: 1, message: /began in March 2011/ },
    { text: 'NATO marked its 70th anniversary at the summit.', config: { referenceDate: '2024-07-10' }, count: 1, message: /NATO was founded in April 1949/ },
    {
      name: 'a workspace facts sheet entry',
      text: 'The Sandersville flood relief fund enters its third year.',
      config: { referenceDate: '2025-07-16', facts: [{ names: ['Sandersville flood relief fund'], start: '2019-08' }] },
      count: 1,
      message: /Sandersville flood relief fund was founded in August 2019/,
    },
  ],
});

describe('date/elapsed and the reference date', () => {
  it('reports the seed statement for every reference date from 2023 on', () => {
    const text = 'As the Russian-Ukrainian conflict enters its eighth year, Ukraine’s military has faced increasing strain.';
    for (let year = 2023; year <= 2035; year++) {
      for (const monthDay of ['01-01', '02-24', '07-16', '12-31']) {
        const findings = lintWith(rule, { text, config: { referenceDate: `${year}-${monthDay}` } });
        assert.equal(findings.length, 1, `${year}-${monthDay}`);
      }
    }
  });
});
