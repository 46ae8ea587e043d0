import assert from 'node:assert/strict';
import { ADVERSARIAL_FAMILIES, type AdversarialFamily } from '../../bench/lib/adversarial-families';
import { lint } from '../../src/index';
import { cpuMsOf } from '../helpers/cpu-time';

/**
 * Every hostile family of bench/lib/adversarial-families.ts, at two lengths eight times
 * apart. Linear work takes about 8 times as long; the quadratic searches this guards
 * against took 64 times as long or more (most ran out of time). Word memos flatter the
 * shorter draft, so the bar sits between the two. The runs of both lengths take turns
 * and the fastest of each counts, so a busy machine slows both alike; below a few
 * milliseconds the ratio is noise, and so is not judged. Absolute limits live in
 * `npm run bench` (bench/adversarial.ts), never here.
 */
const SMALL = 20_000;
const LARGE = 160_000;
const ALLOWED_RATIO = 40;
const NOISE_MS = 30;

function fastestLints(family: AdversarialFamily): { small: number; large: number } {
  const options = { languageId: family.languageId, filePath: family.languageId === 'markdown' ? 'draft.md' : 'draft.txt', today: '2025-03-15' };
  const texts = [family.make(SMALL), family.make(LARGE)];
  const best = [Infinity, Infinity];
  for (let round = 0; round < 3; round++) {
    texts.forEach((text, k) => {
      const spent = cpuMsOf(() => lint(text, options));
      best[k] = Math.min(best[k], spent);
    });
  }
  return { small: best[0], large: best[1] };
}

describe('hostile drafts take time in proportion to their length', function () {
  this.timeout(120_000);
  before(() => lint('Warm the dictionaries, "said" Ramstein.', { filePath: 'warm.md' }));
  for (const family of ADVERSARIAL_FAMILIES) {
    it(family.name, () => {
      const { small, large } = fastestLints(family);
      if (large < NOISE_MS) return;
      // A short draft linted in a millisecond or two gives no ratio worth judging: its time is
      // floored where the long draft's noise bar puts it.
      assert.ok(large < Math.max(small, NOISE_MS / 8) * ALLOWED_RATIO, `${SMALL} chars: ${small.toFixed(1)} ms, ${LARGE} chars: ${large.toFixed(1)} ms (ratio ${(large / small).toFixed(1)}, linear is 8)`);
    });
  }
});
