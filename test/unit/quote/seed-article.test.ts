import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintDocument } from '../../../src/engine/lint';
import { quoteRules } from '../../../src/rules/quote';

/** The draft the product was first asked about; read from ../shared, never copied into the repo. */
const SEED = resolve(__dirname, '../../../../shared/samples/seed-article.txt');

describe('quote rules on the seed draft', function () {
  before(function () {
    if (!existsSync(SEED)) this.skip(); // ../shared/samples is not checked out here
  });

  const run = () => {
    const text = readFileSync(SEED, 'utf8');
    return { text, ...lintDocument(text, { filePath: 'seed-article.txt', rules: quoteRules, today: '2025-07-16' }) };
  };

  it('flags the "Every hour counts" quote and its continuation as anonymous', () => {
    const { text, findings } = run();
    const anonymous = findings.filter((f) => f.ruleId === 'quote/anonymous-source').map((f) => text.slice(f.start, f.end));
    assert.equal(anonymous.length, 2);
    assert.match(anonymous[0], /^‘Every hour counts,’$/);
    assert.match(anonymous[1], /^‘If the West delays/);
  });

  it('finds no unattributed or unbalanced quote, and no unidentified speaker', () => {
    const { text, findings } = run();
    const wrong = findings.filter((f) => ['quote/unattributed', 'quote/unbalanced', 'quote/speaker-unidentified'].includes(f.ruleId));
    assert.deepEqual(wrong.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  });

  it('attributes every Rutte and Trump quote, some by continuation', () => {
    const { model } = run();
    const speech = model.quotations.filter((q) => q.kind === 'speech' && q.parent === -1);
    const speakers = speech.map((q) => q.attribution?.speakerText);
    assert.deepEqual(speakers.filter((s) => s === 'Rutte').length, 4);
    assert.deepEqual(speakers.filter((s) => s === 'Trump').length, 2);
    assert.ok(speech.some((q) => q.attribution?.speakerText === 'Rutte' && q.attribution.form !== 'said-after'), 'a Rutte quote attributed by continuation');
  });

  it('reads ‘Ramnatein’ and ‘Critical’ as terms, not speech', () => {
    const { text, model } = run();
    const terms = model.quotations.filter((q) => q.kind === 'term').map((q) => text.slice(q.start, q.end));
    assert.deepEqual(terms, ['Critical', 'Ramnatein']);
  });

  it('suggests "said" for "stated"', () => {
    const { text, findings } = run();
    assert.deepEqual(findings.filter((f) => f.ruleId === 'quote/said-bookism').map((f) => text.slice(f.start, f.end)), ['stated']);
  });
});
