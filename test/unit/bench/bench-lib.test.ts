import { strict as assert } from 'node:assert';
import { countWords, joinedText, makeDrafts, oneWordEdit, type Article } from '../../../bench/lib/corpus';
import { compareWithBaseline } from '../../../bench/lib/guard';
import { growthSteps, percentile } from '../../../bench/lib/stats';

const article = (text: string): Article => ({ path: 'a.txt', text, words: countWords(text) });

describe('bench helpers', () => {
  describe('countWords', () => {
    it('counts whitespace-separated words as wc -w does', () => {
      assert.equal(countWords('Ad firm WPP\u2019s profits surge 15%\n\nUK advertising  giant\t(WPP) said.'), 11);
      assert.equal(countWords('   \n\n '), 0);
    });
  });

  describe('joinedText', () => {
    const articles = [article('Headline one\n\nFirst story has these words.'), article('Second headline\n\nAnother story, short.')];

    it('joins neighbours with a blank line and stops at exactly the asked length', () => {
      const text = joinedText(articles, 9);
      assert.equal(countWords(text), 9);
      assert.ok(text.startsWith('Headline one\n\nFirst story has these words.\n\nSecond headline'));
    });

    it('repeats the corpus when it is shorter than the asked length', () => {
      assert.equal(countWords(joinedText(articles, 100)), 100);
    });
  });

  describe('makeDrafts', () => {
    it('makes disjoint drafts of the asked size while the corpus lasts', () => {
      const articles = Array.from({ length: 10 }, (_, i) => article(`Story ${i} ${'word '.repeat(48)}`));
      const drafts = makeDrafts(articles, 120, 100);
      assert.equal(drafts.length, 3);
      for (const draft of drafts) assert.equal(countWords(draft), 120);
      assert.ok(drafts[1].startsWith('Story 3 '));
    });
  });

  describe('oneWordEdit', () => {
    it('swaps two letters of one plain word near the middle', () => {
      const text = 'Opening words here. The minister resigned yesterday afternoon after talks.';
      const edit = oneWordEdit(text);
      const original = text.slice(edit.editStart, edit.editEnd);
      assert.equal(edit.replacement.length, original.length);
      assert.notEqual(edit.replacement, original);
      assert.deepEqual([...edit.replacement].sort(), [...original].sort());
      const edited = text.slice(0, edit.editStart) + edit.replacement + text.slice(edit.editEnd);
      assert.equal(countWords(edited), countWords(text));
    });
  });

  describe('percentile', () => {
    it('takes the nearest rank', () => {
      const values = Array.from({ length: 100 }, (_, i) => 100 - i);
      assert.equal(percentile(values, 50), 50);
      assert.equal(percentile(values, 95), 95);
      assert.equal(percentile([7], 95), 7);
      assert.ok(Number.isNaN(percentile([], 50)));
    });
  });

  describe('growthSteps', () => {
    const sizes = [1_000, 10_000, 100_000, 1_000_000];

    it('passes linear growth', () => {
      const steps = growthSteps(sizes.map((words) => ({ words, ms: words / 500 })));
      assert.ok(steps.every((s) => Math.abs(s.exponent - 1) < 1e-9 && !s.superLinear));
    });

    it('flags quadratic growth', () => {
      const steps = growthSteps(sizes.map((words) => ({ words, ms: (words / 1000) ** 2 })));
      assert.ok(steps.every((s) => Math.abs(s.exponent - 2) < 1e-9));
      assert.deepEqual(steps.map((s) => s.superLinear), [true, true, true]);
    });

    it('does not flag steps lost in timer noise', () => {
      const steps = growthSteps([{ words: 1_000, ms: 0.001 }, { words: 10_000, ms: 0.2 }]);
      assert.equal(steps[0].superLinear, false);
    });
  });

  describe('compareWithBaseline', () => {
    const baseline = { draftP50Ms: 2, cliMsPer1000Words: 1, referenceMs: 10 };

    it('passes the same code on a machine twice as slow', () => {
      const checks = compareWithBaseline(baseline, { draftP50Ms: 4, cliMsPer1000Words: 2, referenceMs: 20 });
      assert.ok(checks.every((c) => c.ok && Math.abs(c.slowdown - 1) < 1e-9));
    });

    it('fails code more than three times slower on the same machine', () => {
      const checks = compareWithBaseline(baseline, { draftP50Ms: 6.5, cliMsPer1000Words: 2, referenceMs: 10 });
      assert.deepEqual(checks.map((c) => [c.metric, c.ok]), [['draftP50Ms', false], ['cliMsPer1000Words', true]]);
    });

    it('fails a metric that could not be measured', () => {
      const checks = compareWithBaseline(baseline, { draftP50Ms: NaN, cliMsPer1000Words: 1, referenceMs: 10 });
      assert.equal(checks[0].ok, false);
    });
  });
});
