import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../../../src/engine/lint';
import { dateRules } from '../../../src/rules/date';

const CORPUS = join(__dirname, '../../../../shared/corpus/bbc-news');
/** Every SAMPLE_STEP-th article, in a fixed order; bench/date-corpus.ts runs them all. */
const SAMPLE_STEP = 4;
const LIMIT_PER_1000_WORDS = 0.05;

describe('date rules on published copy (BBC corpus sample, linted as it is)', function () {
  this.timeout(60000);
  before(function () {
    if (!existsSync(CORPUS)) this.skip(); // the shared corpus is not part of the repository
  });

  it(`stays under ${LIMIT_PER_1000_WORDS} date/* findings per 1,000 words`, () => {
    const files = readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(CORPUS, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, d.name, f)))
      .sort()
      .filter((_, i) => i % SAMPLE_STEP === 0);
    let words = 0;
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      words += text.split(/\s+/).filter(Boolean).length;
      for (const f of lintDocument(text, { filePath: file, rules: dateRules, today: '2025-07-16' }).findings) found.push(`${file}: ${f.ruleId} ${text.slice(f.start, f.end)}`);
    }
    assert.ok(words > 100000, `sample too small: ${words} words`);
    assert.ok((found.length * 1000) / words < LIMIT_PER_1000_WORDS, `${found.length} findings in ${words} words:\n${found.join('\n')}`);
  });
});
