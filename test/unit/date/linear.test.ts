import assert from 'node:assert/strict';
import { lintDocument } from '../../../src/engine/lint';
import { dateRules } from '../../../src/rules/date';
import { styleRules } from '../../../src/rules/style';
import { cpuMsOf } from '../../helpers/cpu-time';

// Date-dense text in one run-on sentence: the worst case for anything that rescans a sentence per date.
const CHUNK = 'officials will meet on Monday, 3 March and last Friday, 25 March, yesterday (Monday), next week, on 1 March, as the war in Ukraine enters its eighth year, founded in 1998, for the past 10 years at 10am, ';

function lint(text: string): number {
  return cpuMsOf(() => lintDocument(text, { filePath: 'x.md', rules: [...dateRules, ...styleRules], config: { style: 'ap' } }));
}

const draftOf = (repeats: number) => `BRUSSELS, March 15, 2025 (Reuters) - ${CHUNK.repeat(repeats)}end.`;

describe('date rules stay linear in the length of the draft', () => {
  it('four times the text takes far less than sixteen times as long', function () {
    this.timeout(60000);
    lint(draftOf(50)); // warm up
    const texts = { small: draftOf(250), large: draftOf(1000) };
    // Taking turns and keeping each size's fastest run, so a busy machine slows both sizes alike.
    const fastest = { small: Infinity, large: Infinity };
    for (let round = 0; round < 4; round++) {
      for (const size of ['small', 'large'] as const) fastest[size] = Math.min(fastest[size], lint(texts[size]));
    }
    const { small, large } = fastest;
    assert.ok(large < small * 10, `250 chunks: ${small.toFixed(1)} ms, 1000 chunks: ${large.toFixed(1)} ms`);
  });
});
