import assert from 'node:assert/strict';
import { lintDocument } from '../../../src/engine/lint';
import { defineRule } from '../../../src/engine/rule';

/** A rule that takes a known time, standing in for a slow rule on a pathological draft. */
const slow = defineRule({
  meta: { id: 'style/slow-test', family: 'style', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: false },
  check({ model, report }) {
    const until = Date.now() + 400;
    while (Date.now() < until) {
      // Busy: the budget is measured in wall time.
    }
    report({ start: 0, end: Math.min(1, model.text.length), message: 'slow' });
  },
});
const quick = defineRule({
  meta: { id: 'style/quick-test', family: 'style', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: false },
  check({ report }) {
    report({ start: 0, end: 1, message: 'quick' });
  },
});

describe('a lint with a time budget', () => {
  it('skips the rules left when the budget is spent, names them, and keeps the findings so far', () => {
    lintDocument('Text.', { rules: [quick] }); // the first lint loads what every later one shares
    // The slow rule alone outlasts the budget four times over; building the model takes a fraction of it.
    const result = lintDocument('Text.', { rules: [slow, quick], budgetMs: 100 });
    // The quick rule comes after the budget is spent, however busy the machine.
    assert.ok(result.cutShort?.skippedRules.includes('style/quick-test'));
    for (const f of result.findings) assert.ok(!result.cutShort?.skippedRules.includes(f.ruleId), `${f.ruleId} was skipped yet reported`);
    assert.ok(!result.findings.some((f) => f.message === 'quick'));
  });

  it('runs every rule and says nothing when the budget is not spent', () => {
    const result = lintDocument('Text.', { rules: [quick, slow], budgetMs: 60_000 });
    assert.equal(result.findings.length, 2);
    assert.equal(result.cutShort, undefined);
  });
});
