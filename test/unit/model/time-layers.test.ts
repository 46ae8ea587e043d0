import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';

const md = (text: string) => buildModel(text, { languageId: 'markdown', config: { referenceDate: '2025-07-16' }, today: '2025-07-16' });

describe('model: clock times', () => {
  it('reads hour, minute and a.m./p.m. in any spelling, with exact spans', () => {
    const text = 'Polls open at 7am, close at 10:30 P.M. and results come at 1:00 a.m. sharp.';
    const times = md(text).clockTimes;
    assert.deepEqual(times.map((t) => text.slice(t.start, t.end)), ['7am', '10:30 P.M.', '1:00 a.m.']);
    assert.deepEqual(times.map((t) => [t.hour, t.minute, t.meridiem, t.endsWithStop]), [[7, undefined, 'a', false], [10, 30, 'p', true], [1, 0, 'a', true]]);
  });

  it('leaves out what is no clock time', () => {
    assert.deepEqual(md('Radio on 1,000 AM; 13pm; 45 RPM; 6.30pm; 9:75 am.').clockTimes, []);
  });
});

describe('model: elapsed-time statements', () => {
  it('reads the kind, the years stated, the qualifier and the sentence', () => {
    const text = 'The war enters its eighth year. It has lasted nearly two decades since the treaty.';
    const [first, second] = md(text).elapsed;
    assert.deepEqual([first.text, first.kind, first.years, first.possessive, first.sentence], ['enters its eighth year', 'ordinal-year', 8, true, 0]);
    assert.deepEqual([second.text, second.kind, second.years, second.qualifier, second.sentence], ['two decades since', 'decades', 20, 'nearly', 1]);
  });

  it("attaches the draft's own start date from the sentence or the one before", () => {
    const text = 'The charity was founded in March 1998. This year it marks its 25th anniversary.';
    const [statement] = md(text).elapsed;
    assert.deepEqual(statement.ownStart && { ...statement.ownStart, text: text.slice(statement.ownStart.start, statement.ownStart.end) }, { start: 16, end: 37, verb: 'founded', year: 1998, month: 3, text: 'founded in March 1998' });
  });

  it('finds every way of writing the number before the keyword, and nothing where no number stands there', () => {
    const text =
      'It enters its Twenty-Fifth Consecutive Year. The club marks its 10TH anniversary. It came -five years after the war. ' +
      'It was the first decade since the war. In the past twenty five years, prices rose. It has been a decade since then. ' +
      'It is the 10-year anniversary. Sales rose last year. Over the past years, sales rose.';
    assert.deepEqual(
      md(text).elapsed.map((s) => [s.text, s.years]),
      [
        ['enters its Twenty-Fifth Consecutive Year', 25],
        ['its 10TH anniversary', 10],
        ['five years after', 5],
        ['In the past twenty five years', 25],
        ['a decade since', 10],
      ],
    );
  });

  it('an anniversary never counts from "since"', () => {
    assert.equal(md('Open since 2001, the shop marks its 20th anniversary.').elapsed[0].ownStart, undefined);
  });
});
