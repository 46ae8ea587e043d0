import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve(__dirname, '../../../dist');

/** A private copy of the launcher and bundle, so the test never touches dist/. */
function installCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-launcher-'));
  for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(DIST, file), join(dir, file));
  symlinkSync(join(DIST, 'dictionaries'), join(dir, 'dictionaries'));
  writeFileSync(join(dir, 'draft.md'), 'The council met on Tuesday. “We will decide soon,” the mayor said.\n');
  return dir;
}

function check(dir: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(dir, 'cli.js'), 'check', '--format', 'json', '--date', '2024-03-05', 'draft.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('cli launcher (code cache)', function () {
  this.timeout(20000);
  before(function () {
    if (!existsSync(join(DIST, 'cli-main.js'))) throw new Error('dist/cli-main.js is missing: run "npm run build" first');
  });

  it('records a cache keyed by the bundle it was made from, and gives the same results with it', () => {
    const dir = installCopy();
    const plain = check(dir);
    assert.ok(plain.status === 0 || plain.status === 1, plain.stderr);
    assert.equal(existsSync(join(dir, 'cli-main.cache')), false);

    const recording = check(dir, { COPYDESK_RECORD_CODE_CACHE: '1' });
    assert.equal(recording.stdout, plain.stdout);
    const cache = readFileSync(join(dir, 'cli-main.cache'));
    const digest = createHash('sha1').update(readFileSync(join(dir, 'cli-main.js'), 'utf8')).digest();
    assert.ok(cache.subarray(0, digest.length).equals(digest));
    assert.ok(cache.length > 10000);

    assert.equal(check(dir).stdout, plain.stdout);
  });

  it('ignores a cache recorded from another bundle, and one that is garbage', () => {
    const dir = installCopy();
    const plain = check(dir).stdout;
    writeFileSync(join(dir, 'cli-main.cache'), Buffer.concat([Buffer.alloc(20, 7), Buffer.from('not V8 code at all')]));
    assert.equal(check(dir).stdout, plain);
    const digest = createHash('sha1').update(readFileSync(join(dir, 'cli-main.js'), 'utf8')).digest();
    writeFileSync(join(dir, 'cli-main.cache'), Buffer.concat([digest, Buffer.from('truncated or corrupt cache data')]));
    assert.equal(check(dir).stdout, plain);
  });
});
