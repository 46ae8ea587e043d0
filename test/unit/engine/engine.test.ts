import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from '../../../src/engine/config';
import { loadConfigForFile } from '../../../src/engine/config-files';
import { applyEdits, applyFixes } from '../../../src/engine/fixes';
import { lintDocument } from '../../../src/engine/lint';
import { defineRule } from '../../../src/engine/rule';
import { frontMatter } from '../../../src/rules/copydesk/front-matter';

/** Reports every occurrence of the word "TK" so engine behaviour can be tested without real rules. */
const tkRule = defineRule({
  meta: { id: 'quote/tk-test', family: 'quote', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: true },
  check({ model, report, options }) {
    for (const w of model.words) {
      if (w.text === 'TK') report({ start: w.start, end: w.end, message: `TK${options.suffix ?? ''}`, fixes: [{ title: 'Fill', edits: [{ start: w.start, end: w.end, text: 'done' }], safe: true }] });
    }
  },
});
const throwingRule = defineRule({
  meta: { id: 'date/throws', family: 'date', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: false },
  check() {
    throw new Error('boom');
  },
});

const run = (text: string, config = {}) => lintDocument(text, { filePath: 'a.md', rules: [tkRule], config }).findings;

describe('engine: rule levels and options', () => {
  it('uses the default level, a configured level, off, and options', () => {
    assert.equal(run('A TK here.')[0].level, 'warning');
    assert.equal(run('A TK here.', { rules: { 'quote/tk-test': 'error' } })[0].level, 'error');
    assert.equal(run('A TK here.', { rules: { 'quote/tk-test': 'off' } }).length, 0);
    assert.equal(run('A TK here.', { rules: { 'quote/tk-test': ['info', { suffix: '!' }] } })[0].message, 'TK!');
  });

  it('applies the front matter copydesk block on top of the config', () => {
    const f = run('---\ncopydesk:\n  rules:\n    quote/tk-test: error\n---\nA TK here.');
    assert.equal(f[0].level, 'error');
  });

  it('reports invalid front matter settings as a finding and still lints', () => {
    const f = lintDocument('---\ncopydesk:\n  dialect: en-XX\n---\nA TK here.', { filePath: 'a.md', rules: [tkRule, frontMatter] }).findings;
    assert.deepEqual(f.map((x) => x.ruleId), ['copydesk/front-matter', 'quote/tk-test']);
    assert.match(f[0].message, /dialect/);
  });

  it('keeps going when a rule throws, and says which rule', () => {
    const errors: string[] = [];
    const result = lintDocument('A TK here.', { rules: [throwingRule, tkRule], onRuleError: (id) => errors.push(id) });
    assert.deepEqual(errors, ['date/throws']);
    assert.equal(result.findings.length, 1);
  });
});

describe('engine: directives', () => {
  it('disables and re-enables a rule in Markdown', () => {
    const text = 'TK one.\n\n<!-- copydesk-disable quote/tk-test -->\nTK two.\n<!-- copydesk-enable -->\n\nTK three.';
    assert.deepEqual(run(text).map((x) => x.start), [0, text.indexOf('TK three')]);
  });

  it('disables the next line only, by family prefix', () => {
    const f = run('<!-- copydesk-disable-next-line quote -->\nTK one.\nTK two.');
    assert.equal(f.length, 1);
  });

  it('works in plain text on a line of its own', () => {
    const f = lintDocument('copydesk-disable-next-line quote/tk-test\nTK one.\nTK two.', { filePath: 'a.txt', rules: [tkRule] }).findings;
    assert.equal(f.length, 1);
  });
});

describe('engine: fixes', () => {
  it('applies edits from the end; of two overlapping edits the later one wins', () => {
    const r = applyEdits('abcdef', [{ start: 0, end: 1, text: 'X' }, { start: 4, end: 6, text: 'Y' }, { start: 5, end: 6, text: 'Z' }]);
    assert.equal(r.text, 'XbcdeZ');
    assert.equal(r.skipped.length, 1);
  });

  it('applies whole fixes or none of their edits', () => {
    const r = applyFixes('one two', [
      { title: 'a', edits: [{ start: 0, end: 3, text: '1' }] },
      { title: 'b', edits: [{ start: 4, end: 7, text: '2' }, { start: 1, end: 2, text: '?' }] },
    ]);
    assert.equal(r.text, '1 two');
    assert.equal(r.skipped.length, 1);
  });
});

describe('config: validation', () => {
  it('keeps valid keys and names each invalid one with its key', () => {
    const { config, problems } = validateConfig({ dialect: 'en-GB', style: 'chicago', rules: { 'quote/x': 'loud', 'date/y': 'off' }, colour: 1 }, '.copydesk.json');
    assert.equal(config.dialect, 'en-GB');
    assert.deepEqual(config.rules, { 'date/y': 'off' });
    assert.deepEqual(problems.map((p) => p.key).sort(), ['colour', 'rules.quote/x', 'style']);
    assert.ok(problems.every((p) => p.source === '.copydesk.json'));
  });

  it('names unknown rule ids', () => {
    const { problems } = validateConfig({ rules: { 'quote/nope': 'off' } }, 'f', new Set(['quote/yes']));
    assert.match(problems[0].message, /Unknown rule "quote\/nope"/);
  });

  it('rejects impossible reference dates', () => {
    assert.equal(validateConfig({ referenceDate: '2025-02-30' }, 'f').problems.length, 1);
    assert.equal(validateConfig({ referenceDate: '2024-02-29' }, 'f').config.referenceDate, '2024-02-29');
  });
});

describe('config: discovery', () => {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-config-'));
  mkdirSync(join(root, 'desk', 'story', '.copydesk'), { recursive: true });
  mkdirSync(join(root, 'desk', '.copydesk'), { recursive: true });
  writeFileSync(join(root, 'desk', '.copydesk.json'), JSON.stringify({ dialect: 'en-GB', words: ['Okafor'] }));
  writeFileSync(join(root, 'desk', '.copydesk', 'words.txt'), '# desk words\nZelenskyy\n\nKuleba\n');
  writeFileSync(join(root, 'desk', 'story', '.copydesk', 'words.txt'), 'Pryluky\n');
  writeFileSync(join(root, 'desk', 'story', '.copydesk', 'facts.yaml'), '- names: [Example war]\n  start: 2001-05\n');

  it('walks up to the nearest .copydesk.json and gathers word lists and facts', () => {
    const loaded = loadConfigForFile(join(root, 'desk', 'story', 'draft.md'));
    assert.equal(loaded.config.dialect, 'en-GB');
    assert.deepEqual(loaded.config.words?.sort(), ['Kuleba', 'Okafor', 'Pryluky', 'Zelenskyy']);
    assert.deepEqual(loaded.config.facts?.map((f) => f.start), ['2001-05']);
    assert.equal(loaded.problems.length, 0);
    assert.ok(loaded.files.some((f) => f.endsWith('.copydesk.json')));
  });

  it('reports a broken .copydesk.json with its file and position, and no settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bad-'));
    writeFileSync(join(dir, '.copydesk.json'), '{\n  "dialect": "en-GB",\n}\n');
    const loaded = loadConfigForFile(join(dir, 'draft.md'), { stopAt: dir });
    assert.deepEqual(loaded.config, {});
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, /Not valid JSON at line 3/);
    assert.ok(loaded.problems[0].source.endsWith('.copydesk.json'));
  });
});
