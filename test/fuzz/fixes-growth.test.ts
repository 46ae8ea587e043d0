import assert from 'node:assert/strict';
import { applyFixes } from '../../src/engine/fixes';
import type { Fix } from '../../src/engine/types';
import { cpuMsOf } from '../helpers/cpu-time';

/** A draft of `n` short lines, each with a one-letter fix, as --fix meets a long draft full of one slip. */
function fixesOf(n: number): { text: string; fixes: Fix[] } {
  const line = 'teh cat sat.\n';
  const fixes: Fix[] = [];
  for (let i = 0; i < n; i++) fixes.push({ title: 'the', safe: true, edits: [{ start: i * line.length, end: i * line.length + 3, text: 'the' }] });
  return { text: line.repeat(n), fixes };
}

function fastest(n: number): number {
  const { text, fixes } = fixesOf(n);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let result: ReturnType<typeof applyFixes> | undefined;
    best = Math.min(best, cpuMsOf(() => (result = applyFixes(text, fixes))));
    assert.equal(result!.applied.length, n);
  }
  return best;
}

describe('applying fixes takes time in proportion to the draft', () => {
  it('eight times the fixes take far less than 64 times as long', function () {
    this.timeout(120_000);
    fastest(2_000);
    const small = fastest(10_000);
    const large = fastest(80_000);
    // Rebuilding the text once per fix grew with the square (64 times; at 80,000 fixes it ran for minutes); linear is 8, and sorting and garbage collection add some.
    assert.ok(large < 30 || large < small * 40, `10,000 fixes: ${small.toFixed(1)} ms, 80,000 fixes: ${large.toFixed(1)} ms`);
  });
});
