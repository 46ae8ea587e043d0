import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/** Name-variant messages per file, from `copydesk check --format json` over a folder. */
function nameVariants(files: Record<string, string>, workers = 1): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-names-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--workers', String(workers), '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const byFile: Record<string, string[]> = {};
  for (const result of JSON.parse(run.stdout)) {
    byFile[result.filePath.slice(dir.length + 1)] = result.messages.filter((m: { ruleId: string }) => m.ruleId === 'spelling/name-variant').map((m: { message: string }) => m.message);
  }
  return byFile;
}

const DESK = {
  'arsenal.md': 'Arsenal keeper Manuel Almunia saved twice.\n',
  'preview.md': 'Almunia keeps his place for the cup tie.\n',
};

describe('cli: the drafts checked together are the workspace', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first');
  });

  for (const workers of [1, 2]) {
    it(`flags a slip of a name two other drafts share (${workers} worker${workers > 1 ? 's' : ''})`, () => {
      const found = nameVariants({ ...DESK, 'report.md': 'Alumnia saved a penalty.\n' }, workers);
      assert.deepEqual(found['arsenal.md'], []);
      assert.equal(found['report.md'].length, 1);
      assert.match(found['report.md'][0], /“Alumnia”.*“Almunia”.*2 of the workspace’s other drafts/);
    });
  }

  it('reports nothing when the draft is checked alone', () => {
    assert.deepEqual(nameVariants({ 'report.md': 'Alumnia saved a penalty.\n' })['report.md'], []);
  });
});
