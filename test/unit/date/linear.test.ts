import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lintDocument } from '../../../src/engine/lint';
import { dateRules } from '../../../src/rules/date';
import { styleRules } from '../../../src/rules/style';

// Date-dense text in one run-on sentence: the worst case for anything that rescans a sentence per date.
const CHUNK = 'officials will meet on Monday, 3 March and last Friday, 25 March, yesterday (Monday), next week, on 1 March, as the war in Ukraine enters its eighth year, founded in 1998, for the past 10 years at 10am, ';

function lintMs(repeats: number): number {
  const text = `BRUSSELS, March 15, 2025 (Reuters) - ${CHUNK.repeat(repeats)}end.`;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    lintDocument(text, { filePath: 'x.md', rules: [...dateRules, ...styleRules], config: { style: 'ap' } });
    runs.push(performance.now() - started);
  }
  return Math.min(...runs); // the least disturbed run: the machine is shared
}

describe('date rules stay linear in the length of the draft', () => {
  it('four times the text takes far less than sixteen times as long', function () {
    this.timeout(60000);
    lintMs(50); // warm up
    const small = lintMs(250);
    const large = lintMs(1000);
    assert.ok(large < small * 10, `250 chunks: ${small.toFixed(1)} ms, 1000 chunks: ${large.toFixed(1)} ms`);
  });
});
