import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes } from '../../../src/engine/fixes';
import { lintDocument } from '../../../src/engine/lint';
import { dateRules } from '../../../src/rules/date';

// Read from the shared folder at test time; its text is never copied into the repository.
const SEED = join(__dirname, '../../../../shared/samples/seed-article.txt');

describe('date rules on the seed draft (style: ap)', function () {
  before(function () {
    if (!existsSync(SEED)) this.skip(); // the shared samples folder is not part of the repository
  });

  const lint = (referenceDate?: string) => {
    const text = readFileSync(SEED, 'utf8');
    const config = { style: 'ap' as const, ...(referenceDate ? { referenceDate } : {}) };
    return { text, findings: lintDocument(text, { filePath: 'seed-article.txt', config, rules: dateRules, today: '2025-07-16' }).findings };
  };

  it('reports "July 14th" with its fix', () => {
    const { text, findings } = lint('2025-07-16');
    const ordinal = findings.filter((f) => f.ruleId === 'date/ordinal');
    assert.equal(ordinal.length, 1);
    const fixed = applyFixes(text, [ordinal[0].fixes[0]]).text;
    assert.ok(fixed.includes('On July 14, Trump confirmed'));
    assert.ok(!fixed.includes('July 14th'));
    assert.equal(ordinal[0].fixes[0].safe, true);
  });

  it('reports "enters its eighth year" against the war\'s start for any reference date from 2023 on', () => {
    const dates: string[] = [];
    for (let year = 2023; year <= 2028; year++) for (const monthDay of ['01-01', '02-23', '02-25', '07-16', '12-31']) dates.push(`${year}-${monthDay}`);
    for (const date of [...dates, '2035-06-01', '2050-01-01']) {
      const elapsed = lint(date).findings.filter((f) => f.ruleId === 'date/elapsed');
      assert.equal(elapsed.length, 1, date);
      assert.match(elapsed[0].message, /"enters its eighth year" does not fit the dates: the Russian-Ukrainian conflict began in February 2014/);
    }
  });

  it('without a story date, counts to today and says so', () => {
    const elapsed = lint().findings.filter((f) => f.ruleId === 'date/elapsed');
    assert.equal(elapsed.length, 1);
    assert.match(elapsed[0].message, /in July 2025 it was in its 12th year \(4th year since the full-scale invasion of February 2022\)\. Counted to today's date/);
  });

  it('adds only the AP weekday advice for a date two days before the story', () => {
    const { text, findings } = lint('2025-07-16');
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['date/elapsed', 'date/ordinal', 'date/relative']);
    const relative = findings.filter((f) => f.ruleId === 'date/relative');
    assert.equal(relative.length, 1);
    assert.equal(relative[0].level, 'info');
    assert.ok(applyFixes(text, [relative[0].fixes[0]]).text.includes('On Monday, Trump confirmed'));
  });

  it('raises no date/relative findings without AP style', () => {
    const text = readFileSync(SEED, 'utf8');
    const findings = lintDocument(text, { filePath: 'seed-article.txt', config: { referenceDate: '2025-07-16' }, rules: dateRules, today: '2025-07-16' }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['date/elapsed']);
  });
});
