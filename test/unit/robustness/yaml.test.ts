import assert from 'node:assert/strict';
import { parseFactsFile } from '../../../src/engine/facts/parse';
import { lint } from '../../../src/index';

const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');

function frontMatterFindings(yaml: string, eol = '\n') {
  const text = `---${eol}${yaml.split('\n').join(eol)}${eol}---${eol}He said "yes."${eol}`;
  const findings = lint(text, { filePath: 'draft.md', today: '2025-03-15' });
  return { text, findings: findings.filter((f) => f.ruleId === 'copydesk/front-matter') };
}

describe('hostile YAML becomes one front-matter finding on that draft, never a throw', () => {
  const cases: [string, string][] = [
    ['an alias to no anchor', 'date: 2025-03-15\ny: *a'],
    ['an alias bomb', BOMB],
    ['a custom tag', 'date: !custom 2025-03-15'],
    ['a language tag', 'x: !!js/function "function () {}"'],
  ];
  for (const [name, yaml] of cases) {
    it(name, () => {
      const { findings } = frontMatterFindings(yaml);
      assert.equal(findings.length, 1);
      assert.match(findings[0].message, /^Front matter is not valid YAML: .+ Its settings are ignored/);
    });
  }

  it('ends a finding on a CRLF line before its \\r, never between \\r and \\n', () => {
    const { text, findings } = frontMatterFindings('y: *a', '\r\n');
    assert.equal(findings.length, 1);
    assert.notEqual(text[findings[0].end - 1], '\r');
    assert.notEqual(text[findings[0].end], '\n');
  });

  it('ends a settings problem on a CRLF line before its \\r', () => {
    const text = '---\r\ncopydesk:\r\n  dialect: klingon\r\n---\r\nText.\r\n';
    const findings = lint(text, { filePath: 'draft.md' }).filter((f) => f.ruleId === 'copydesk/front-matter');
    assert.equal(findings.length, 1);
    assert.notEqual(text[findings[0].end - 1], '\r');
  });
});

describe('a facts sheet with hostile YAML is one problem line', () => {
  for (const [name, yaml] of [
    ['an unknown tag', 'facts:\n  - name: !custom War\n    start: 2014'],
    ['an alias bomb', BOMB],
    ['an alias to no anchor', 'facts: *a'],
  ]) {
    it(name, () => {
      const { facts, problems } = parseFactsFile(yaml, 'facts.yaml');
      assert.equal(facts.length, 0);
      assert.equal(problems.length, 1);
      assert.doesNotMatch(problems[0].message, /\n/);
      assert.match(problems[0].message, /^The facts sheet could not be read: /);
    });
  }
});
