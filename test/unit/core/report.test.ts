import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/index';
import { buildReviewReport } from '../../../src/core/report';

describe('extension: review report', () => {
  it('groups findings by family with line numbers, then lists names to verify', () => {
    const text = '# Bridge vote\n\nThe council voted on Monday, March 5, 2024.\n\nThe budget will recieve scrutiny, said Ellen Hartwell.\n';
    const result = analyze(text, { filePath: 'story.md', config: { referenceDate: '2024-03-05' } });
    const ids = result.findings.map((f) => f.ruleId);
    assert.ok(ids.includes('date/weekday-mismatch') && ids.includes('spelling/common-misspelling'), ids.join(','));
    const report = buildReviewReport('story.md', result.model, result.findings);
    const lines = report.split('\n');
    assert.equal(lines[0], '<!-- copydesk-disable -->', 'a saved report is not checked as a draft');
    assert.equal(lines[1], '# Copydesk review: story.md');
    const spelling = lines.indexOf(lines.find((l) => l.startsWith('## Spelling and names'))!);
    const dates = lines.indexOf(lines.find((l) => l.startsWith('## Dates'))!);
    assert.ok(spelling > 0 && dates > spelling, report);
    assert.match(report, /- \*\*Line 5\*\* · `recieve` — .*receive.*\(\[spelling\/common-misspelling\]\(https:\/\/github\.com\/copydesk\/copydesk\/blob\/main\/docs\/rules\/spelling\/common-misspelling\.md\)\)/);
    assert.match(report, /- \*\*Line 3\*\* · `Monday, March 5, 2024` — /);
    assert.match(report, /## Names to verify \(1\)\n\n- \[ \] Ellen Hartwell \(1×, first on line 5\)/);
  });

  it('says so when there is nothing to report', () => {
    const result = analyze('The council met.\n', { filePath: 'quiet.md' });
    assert.equal(buildReviewReport('quiet.md', result.model, result.findings), '<!-- copydesk-disable -->\n# Copydesk review: quiet.md\n\nNo findings.\n');
  });

  it('shows a finding on a lone quotation mark with the words after it, never the mark alone', () => {
    const text = 'The mayor spoke.\n\n"We will build the bridge next year, Hartwell said.\n';
    const result = analyze(text, { filePath: 'story.md' });
    const unbalanced = result.findings.filter((f) => f.ruleId === 'quote/unbalanced');
    assert.equal(unbalanced.length, 1);
    const report = buildReviewReport('story.md', result.model, result.findings);
    const line = report.split('\n').find((l) => l.includes('quote/unbalanced'))!;
    assert.match(line, /^- \*\*Line 3\*\* · `"We will build the bridge/);
    assert.doesNotMatch(report, /`["“”‘’']`/);
  });

  it('ends with a quote sheet: one row per quotation with its speaker and how the speaker was found', () => {
    const text = [
      'LONDON (AP) — The council met on Monday.',
      '',
      '"Nobody asked us."',
      '',
      '"The bridge will open in spring," said Marcus Bell, the council leader. "We kept our word."',
      '',
      '"It was a long fight."',
      '',
      '"The money is there," said a senior official.',
      '',
    ].join('\n');
    const result = analyze(text, { filePath: 'story.md' });
    const report = buildReviewReport('story.md', result.model, result.findings);
    const table = report.slice(report.indexOf('## Quotes and their speakers'));
    assert.match(table, /^## Quotes and their speakers \(5\)\n\n\| Line \| Quote \| Speaker \| How found \|\n\| ---: \| --- \| --- \| --- \|\n/);
    const rows = table.split('\n').filter((l) => /^\| \d/.test(l));
    assert.deepEqual(rows, [
      '| 3 | “Nobody asked us.” | **Unattributed** | — |',
      '| 5 | “The bridge will open in spring,” | Marcus Bell | same sentence |',
      '| 5 | “We kept our word.” | Marcus Bell | same paragraph |',
      '| 7 | “It was a long fight.” | Marcus Bell | carried over from the paragraph before |',
      '| 9 | “The money is there,” | a senior official **(anonymous)** | same sentence |',
    ]);
  });
});
