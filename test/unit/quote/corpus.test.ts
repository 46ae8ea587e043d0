import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listCorpusFiles } from '../../../bench/lib/corpus';
import { lintDocument } from '../../../src/engine/lint';
import { quoteRules } from '../../../src/rules/quote';

/** Published BBC copy: every quote in it was attributed by an editor, so quote/* warnings are false alarms. */
const CORPUS = resolve(__dirname, '../../../../shared/corpus/bbc-news');

describe('quote rules on published copy (every 10th BBC article)', function () {
  before(function () {
    if (!existsSync(CORPUS)) this.skip(); // ../shared/corpus is not checked out here
  });

  it('raises fewer than 0.1 quote/* warnings per 1,000 words', () => {
    const sample = listCorpusFiles(CORPUS).filter((_, i) => i % 10 === 0);
    let words = 0;
    const warnings: string[] = [];
    for (const file of sample) {
      const text = readFileSync(file, 'utf8');
      words += (text.match(/\S+/g) ?? []).length;
      for (const f of lintDocument(text, { filePath: file, config: { dialect: 'en-GB' }, rules: quoteRules, today: '2005-12-31' }).findings) {
        if (f.level === 'warning' || f.level === 'error') warnings.push(`${file.slice(CORPUS.length + 1)} ${f.ruleId} ${text.slice(f.start, f.start + 50)}`);
      }
    }
    const rate = (warnings.length * 1000) / words;
    assert.ok(words > 50_000, `sample too small: ${words} words`);
    assert.ok(rate < 0.1, `${rate.toFixed(3)} quote/* warnings per 1,000 words:\n${warnings.join('\n')}`);
  });
});
