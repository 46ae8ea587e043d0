import assert from 'node:assert/strict';
import { MONTH_NAMES, WEEKDAY_NAMES, addDays, daysInMonth, isValidDate, weekdayOf } from '../../../src/engine/model/calendar';
import { invalid } from '../../../src/rules/date/invalid';
import { weekdayMismatch } from '../../../src/rules/date/weekday-mismatch';
import { lintWith } from '../../helpers/rule-tester';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** The platform's own calendar. */
function platform(year: number, month: number, day: number): { valid: boolean; weekday: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  return { valid: date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day, weekday: date.getUTCDay() };
}

describe('calendar: every date from 1900 to 2100 against JavaScript Date', () => {
  it('weekdayOf, isValidDate, daysInMonth and addDays agree with Date', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const expected = platform(year, month, day);
          assert.equal(isValidDate(year, month, day), expected.valid, `${year}-${month}-${day} validity`);
          if (!expected.valid) continue;
          assert.equal(weekdayOf(year, month, day), expected.weekday, `${year}-${month}-${day} weekday`);
        }
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
      const next = addDays({ year, month: 12, day: 31 }, 1);
      assert.deepEqual(next, { year: year + 1, month: 1, day: 1 });
    }
  });

  // One draft per year, every day of it written as prose: the parser and both rules see the same text an editor would.
  it('date/weekday-mismatch accepts every right weekday and fixes every wrong one, in both orders', function () {
    this.timeout(60000);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const right: string[] = [];
      const wrong: string[] = [];
      const expectedFixes: string[] = [];
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const weekday = platform(year, month, day).weekday;
          const monthDay = year % 2 === 0;
          const date = monthDay ? `${MONTH_NAMES[month - 1]} ${day}, ${year}` : `${day} ${MONTH_NAMES[month - 1]} ${year}`;
          right.push(`The vote was on ${WEEKDAY_NAMES[weekday]}, ${date}.`);
          wrong.push(`The vote was on ${WEEKDAY_NAMES[(weekday + 1) % 7]}, ${date}.`);
          expectedFixes.push(WEEKDAY_NAMES[weekday]);
        }
      }
      assert.deepEqual(lintWith(weekdayMismatch, { text: right.join('\n\n') }), [], `${year}: right weekdays`);
      const findings = lintWith(weekdayMismatch, { text: wrong.join('\n\n') });
      assert.equal(findings.length, wrong.length, `${year}: wrong weekdays`);
      assert.deepEqual(findings.map((f) => f.fixes[0].edits[0].text), expectedFixes, `${year}: weekday fixes`);
    }
  });

  it('date/invalid reports exactly the days that Date rejects', function () {
    this.timeout(60000);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const lines: string[] = [];
      const impossible: string[] = [];
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
          lines.push(`It was signed on ${date}.`);
          if (!platform(year, month, day).valid) impossible.push(date);
        }
      }
      const text = lines.join('\n\n');
      const findings = lintWith(invalid, { text });
      assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), impossible, String(year));
    }
  });
});
