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
    assert.equal(lines[0], '# Copydesk review: story.md');
    const spelling = lines.indexOf(lines.find((l) => l.startsWith('## Spelling and names'))!);
    const dates = lines.indexOf(lines.find((l) => l.startsWith('## Dates'))!);
    assert.ok(spelling > 0 && dates > spelling, report);
    assert.match(report, /- \*\*Line 5\*\* · `recieve` — .*receive.*\(\[spelling\/common-misspelling\]\(https:\/\/github\.com\/copydesk\/copydesk\/blob\/main\/docs\/rules\/spelling\/common-misspelling\.md\)\)/);
    assert.match(report, /- \*\*Line 3\*\* · `Monday, March 5, 2024` — /);
    assert.match(report, /## Names to verify \(1\)\n\n- \[ \] Ellen Hartwell \(1×, first on line 5\)/);
  });

  it('says so when there is nothing to report', () => {
    const result = analyze('The council met.\n', { filePath: 'quiet.md' });
    assert.equal(buildReviewReport('quiet.md', result.model, result.findings), '# Copydesk review: quiet.md\n\nNo findings.\n');
  });
});
