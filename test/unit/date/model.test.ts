import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import type { DateMention } from '../../../src/engine/model/types';

function model(text: string, referenceDate?: string, languageId = 'markdown') {
  return buildModel(text, { languageId, config: { referenceDate } });
}

/** The mentions as "text -> year-month-day [weekday]" for compact comparisons. */
function dates(text: string, referenceDate = '2025-03-15'): string[] {
  return model(text, referenceDate).dates.map((d: DateMention) => {
    const parts = [d.year ?? '?', d.month ?? '?', d.day ?? '?'].join('-');
    return `${d.text} -> ${parts}${d.weekday !== undefined ? ` w${d.weekday}` : ''}${d.relative ? ` (${d.relative})` : ''}`;
  });
}

describe('date model: findDates', () => {
  it('reads month-day and day-month orders, with and without weekday and year', () => {
    assert.deepEqual(dates('On Tuesday, March 15, 2005, he left. It was Monday, 15 March 2005. Talks resume on 3 April.'), [
      'Tuesday, March 15, 2005 -> 2005-3-15 w2',
      'Monday, 15 March 2005 -> 2005-3-15 w1',
      '3 April -> 2025-4-3',
    ]);
  });

  it('reads AP abbreviations, Sept. and ordinals', () => {
    assert.deepEqual(dates('The vote is Tue., Mar. 15; the trial opens Sept. 3 and the fair on the 14th of July. On July 14th he spoke.'), [
      'Tue., Mar. 15 -> 2025-3-15 w2',
      'Sept. 3 -> 2025-9-3',
      '14th of July -> 2025-7-14',
      'July 14th -> 2025-7-14',
    ]);
  });

  it('reads a weekday written after the date', () => {
    assert.deepEqual(dates('The strike began on 15 March, a Tuesday.'), ['15 March, a Tuesday -> 2025-3-15 w2']);
  });

  it('keeps exact spans of the parts', () => {
    const text = 'On Tue., Mar. 15th, 2005 it rained.';
    const [d] = model(text).dates;
    const slice = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);
    assert.deepEqual([slice(d.weekdaySpan), slice(d.monthSpan), slice(d.daySpan), slice(d.ordinalSuffix), slice(d.yearSpan)], ['Tue.', 'Mar.', '15', 'th', '2005']);
    assert.equal(d.order, 'month-day');
  });

  it('takes a missing year from the reference date, choosing the nearest year', () => {
    assert.deepEqual(dates('It happened on 30 December.', '2025-01-05'), ['30 December -> 2024-12-30']);
    assert.deepEqual(dates('It happens on 2 January.', '2024-12-20'), ['2 January -> 2025-1-2']);
    const [d] = model('It happened on 30 December.', '2025-01-05').dates;
    assert.equal(d.yearImplied, true);
  });

  it('leaves the year unknown without a reference date', () => {
    const [d] = model('It happened on 30 December.').dates;
    assert.equal(d.year, undefined);
    assert.equal(d.yearImplied, false);
  });

  it('reads month and year alone', () => {
    assert.deepEqual(dates('The war began in February 2022. Prices rose in Sept. 2001.'), ['February 2022 -> 2022-2-?', 'Sept. 2001 -> 2001-9-?']);
  });

  it('reads impossible days so date/invalid can report them', () => {
    assert.deepEqual(dates('Not on February 30 nor on 31 June.'), ['February 30 -> 2025-2-30', '31 June -> 2025-6-31']);
  });

  it('reads relative expressions and what is attached to them', () => {
    assert.deepEqual(dates('It closed last Friday, 25 March. He left yesterday (Monday). They meet next week, on 1 March.'), [
      'last Friday, 25 March -> 2025-3-25 w5 (last)',
      'yesterday (Monday) -> ?-?-? w1 (yesterday)',
      'next week, on 1 March -> 2025-3-1 (next week)',
    ]);
  });

  it('does not take ordinary words for dates', () => {
    assert.deepEqual(dates('She may 5 times say so. In May 31 people died. He will march on. A 5-year-old. The Sunday Times said so on Good Friday. Mar 2.5 percent.'), []);
  });

  it('does not run a year on past a line break or into a clock time', () => {
    assert.deepEqual(dates('Kick-off is Saturday, 26 February 1400 GMT.\n\n2005 was a good year.'), ['Saturday, 26 February -> 2025-2-26 w6']);
  });

  it('reads capitalised and all-capital names but not lower-case ones', () => {
    assert.deepEqual(dates('MARCH 15 and march 15'), ['MARCH 15 -> 2025-3-15']);
  });
});

describe('date model: findDateline', () => {
  const cases: [string, string | undefined, object | undefined][] = [
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON (AP) —', undefined],
    ['LONDON, March 3 (Reuters) - Shares fell.', 'LONDON, March 3 (Reuters) -', { month: 3, day: 3 }],
    ['KYIV, Ukraine, Feb. 24, 2023 (AP) — Sirens sounded.', 'KYIV, Ukraine, Feb. 24, 2023 (AP) —', { month: 2, day: 24, year: 2023 }],
    ['NEW YORK, 14 July 2025 — Markets rose.', 'NEW YORK, 14 July 2025 —', { month: 7, day: 14, year: 2025 }],
    ['The UN - which met on Monday - said so.', undefined, undefined],
  ];
  for (const [text, dateline, date] of cases) {
    it(text, () => {
      const m = model(text, undefined, 'plaintext');
      assert.equal(m.dateline ? text.slice(m.dateline.start, m.dateline.end) : undefined, dateline);
      assert.deepEqual(m.dateline?.date, date);
    });
  }

  it('finds the dateline under a headline', () => {
    const m = model('Senate passes budget\n\nWASHINGTON (AP) — The Senate voted on Tuesday.', undefined, 'plaintext');
    assert.equal(m.dateline?.place, 'WASHINGTON');
  });

  it('gives the reference date when it has a year, or with the configured year', () => {
    assert.equal(model('KYIV, Feb. 24, 2023 (AP) — Sirens sounded.').referenceDate?.iso, '2023-02-24');
    assert.equal(model('LONDON, March 3 (Reuters) - Shares fell.', '2025-07-16').referenceDate?.iso, '2025-03-03');
    assert.equal(model('LONDON, March 3 (Reuters) - Shares fell.').referenceDate, undefined);
  });

  it('marks the date inside the dateline', () => {
    const m = model('LONDON, March 3 (Reuters) - Shares fell on March 2.', '2025-07-16');
    assert.deepEqual(m.dates.map((d) => d.inDateline ?? false), [true, false]);
  });
});
