import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { settingsFromValues } from '../../../src/core/settings';
import { frontMatter } from '../../../src/rules/copydesk/front-matter';
import { allRules, ruleIds } from '../../../src/rules';
import { lintDocument } from '../../../src/engine/lint';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(frontMatter, {
  valid: [
    'No front matter at all.',
    '---\ndate: 2025-07-16\ntitle: Council votes\ncopydesk:\n  dialect: en-GB\n  style: ap\n---\nThe council met.\n',
    { name: 'plain text has no front matter unless it opens with ---', text: 'title: [unclosed\n---\nThe council met.\n', filePath: 'draft.txt' },
  ],
  invalid: [
    {
      name: 'YAML that does not parse',
      text: '---\ntitle: [unclosed\n---\nThe council met on Tuesday.\n',
      count: 1,
      message: /^Front matter is not valid YAML: .+ Its settings are ignored; the draft is still checked\.$/,
    },
    {
      name: 'no closing line',
      text: '---\ntitle: Council\n',
      count: 1,
      spans: ['---'],
      message: /no closing "---" line\. Its settings are ignored/,
    },
    {
      name: 'an invalid setting in the copydesk: block, shown on the opening line',
      text: '---\ncopydesk:\n  dialect: en-AU\n---\nThe council met.\n',
      count: 1,
      spans: ['---'],
      message: /^"dialect": "dialect" must be "auto", "en-US" or "en-GB", not "en-AU"\.$/,
    },
    {
      name: 'the level can be set like any rule',
      text: '---\ncopydesk:\n  style: chicago\n---\nThe council met.\n',
      config: { rules: { 'copydesk/front-matter': 'error' } },
      count: 1,
      message: /"style"/,
    },
  ],
});

describe('copydesk/front-matter: a rule like the others', () => {
  const broken = '---\ntitle: [unclosed\n---\nThe council met on Tuesday.\n';

  it('is in the one registry of rule ids', () => {
    assert.ok(ruleIds.has('copydesk/front-matter'));
    assert.deepEqual([...ruleIds], allRules.map((r) => r.meta.id));
  });

  it('can be turned off in settings and in the draft itself', () => {
    assert.equal(lintDocument(broken, { filePath: 'a.md', rules: allRules, config: { rules: { 'copydesk/front-matter': 'off' } } }).findings.filter((f) => f.ruleId === 'copydesk/front-matter').length, 0);
    const selfSilenced = '---\ncopydesk:\n  dialect: en-AU\n  rules:\n    copydesk/front-matter: "off"\n---\nThe council met.\n';
    assert.deepEqual(lintDocument(selfSilenced, { filePath: 'a.md', rules: allRules }).findings.map((f) => f.ruleId), []);
  });

  it('is a rule id the editor settings accept', () => {
    const settings = settingsFromValues((key) => (key === 'rules' ? { 'copydesk/front-matter': 'off' } : undefined), 'VS Code settings');
    assert.deepEqual(settings.problems, []);
    assert.deepEqual(settings.layer.rules, { 'copydesk/front-matter': 'off' });
  });

  describe('on the command line', function () {
    const CLI = resolve(__dirname, '../../../dist/cli.js');
    const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    before(function () {
      if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first');
    });

    it('--rule copydesk/front-matter=off silences it', () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-fm-'));
      writeFileSync(join(dir, 'draft.md'), broken);
      const on = JSON.parse(run(['check', '--format', 'json', 'draft.md'], dir).stdout);
      assert.deepEqual(on[0].messages.map((m: { ruleId: string }) => m.ruleId), ['copydesk/front-matter']);
      const off = run(['check', '--format', 'json', '--rule', 'copydesk/front-matter=off', 'draft.md'], dir);
      assert.equal(off.status, 0);
      assert.deepEqual(JSON.parse(off.stdout)[0].messages, []);
    });

    it('--rule with an id no rule has is a usage error', () => {
      const r = run(['check', '--rule', 'copydesk/frontmatter=off', 'draft.md'], tmpdir());
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'copydesk: --rule names no rule "copydesk/frontmatter". Run "copydesk rules" to list the rule ids.\n');
    });
  });
});
