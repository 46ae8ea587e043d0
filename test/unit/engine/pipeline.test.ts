import assert from 'node:assert/strict';
import { lintDocument } from '../../../src/engine/lint';
import { dateRules } from '../../../src/rules/date';

// 15 March 2025 was a Saturday, so "last Friday" is 14 March and 21 March is six days later.
const lintDates = (text: string, today = '2025-07-16') => lintDocument(text, { filePath: 'draft.md', rules: dateRules, today });

describe('engine: one pipeline (front matter, settings, then the model)', () => {
  it("takes the story's date from the draft's own copydesk: block", () => {
    const text = '---\ncopydesk:\n  referenceDate: 2025-03-15\n---\nThe talks collapsed last Friday, March 21, officials said.\n';
    const result = lintDates(text);
    assert.equal(result.model.referenceDate?.iso, '2025-03-15');
    assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`), ['date/relative last Friday, March 21']);
  });

  it('finds the same as a front matter date does', () => {
    const body = 'The talks collapsed last Friday, March 21.\n';
    const found = (text: string) => lintDates(text).findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
    const withBlock = found(`---\ncopydesk:\n  referenceDate: 2025-03-15\n---\n${body}`);
    assert.equal(withBlock.length, 1);
    assert.deepEqual(withBlock, found(`---\ndate: 2025-03-15\n---\n${body}`));
  });

  it('parses the clock date once, into the model', () => {
    const { model } = lintDates('No dates here.', '2024-02-29');
    assert.deepEqual(model.clock, { year: 2024, month: 2, day: 29, iso: '2024-02-29' });
  });

  it("reads the machine's clock when no date stands in for it", () => {
    const before = new Date();
    const { model } = lintDocument('No dates here.', { filePath: 'draft.md', rules: dateRules });
    const after = new Date();
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    assert.ok([iso(before), iso(after)].includes(model.clock.iso), model.clock.iso);
    assert.equal(model.clock, model.clock, 'read once');
  });

  it('says clearly when the date standing in for the clock is not a date', () => {
    assert.throws(() => lintDates('No dates here.', '2025-02-30'), /"today" must be a date written YYYY-MM-DD, not "2025-02-30"/);
  });
});
