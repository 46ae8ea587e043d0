import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NOT_A_REGULAR_FILE, ReadBuffer, readDraftFile } from '../../../src/engine/batch';

const CLI = resolve(__dirname, '../../../dist/cli.js');

function cli(args: string[], cwd: string, prefix: readonly string[] = []) {
  const [command, ...rest] = [...prefix, process.execPath, CLI, ...args];
  const r = spawnSync(command, rest, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

/** The unprivileged user the CLI runs as when the tests run as root (CI does): nobody, on Debian and most Linux. */
const NOBODY = 65534;

/**
 * How to run the CLI so that file permissions bind: as it is for any user but
 * root; for root, under uid 65534 through `setpriv` (util-linux), since root
 * reads and writes through every permission. Undefined, with the reason, when
 * neither works.
 */
function unprivileged(): { prefix: string[] } | { reason: string } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const prefix = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  const probe = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, '-e', `process.exit(process.getuid() === ${NOBODY} ? 0 : 1)`], { encoding: 'utf8' });
  if (probe.status === 0) return { prefix };
  return { reason: `running as root, and setpriv could not drop to uid ${NOBODY} (${probe.error?.message ?? probe.stderr.trim() ?? `exit ${probe.status}`}); root reads and writes through every permission` };
}

/** A folder the unprivileged user can enter and read, as mkdtemp's are not. */
function sharedFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = folder(files);
  chmodSync(dir, 0o755);
  for (const name of Object.keys(files)) {
    for (let sub = join(dir, name, '..'); sub !== dir; sub = join(sub, '..')) chmodSync(sub, 0o755);
    chmodSync(join(dir, name), 0o644);
  }
  return dir;
}

/** Runs the test's body with the way to run the CLI unprivileged, or skips it with the reason in its title. */
function asUnprivileged(context: Mocha.Context): string[] {
  const how = unprivileged();
  if ('prefix' in how) return how.prefix;
  context.test!.title += ` (skipped: ${how.reason})`;
  return context.skip();
}

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bad-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const GOOD = 'The mayor said on Tuesday that the bridge would open.\n';
/** Each problem is one line on stderr naming the file or option, and the good draft is still checked. */
function assertOneLine(stderr: string, about: RegExp): void {
  const lines = stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0], about);
}
function checkedGood(stdout: string): boolean {
  return (JSON.parse(stdout) as { filePath: string }[]).some((r) => r.filePath.endsWith('good.md'));
}

describe('cli: every bad input gets one clear line and the run goes on', function () {
  this.timeout(120_000);

  it('a FIFO is refused without opening it (it used to hang the run)', function () {
    const dir = folder({ 'good.md': GOOD });
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    } catch {
      this.skip(); // no mkfifo on this system: there is no FIFO to refuse
    }
    const r = cli(['check', '--format', 'json', 'good.md', 'pipe.md'], dir);
    assert.equal(r.timedOut, false);
    assertOneLine(r.stderr, /pipe\.md: Skipped: not a regular file/);
    assert.ok(checkedGood(r.stdout));
    assert.equal(r.code, 0);
  });

  it('a device is refused without reading it (/dev/zero filled memory)', function () {
    if (!existsSync('/dev/zero')) this.skip(); // a system without /dev/zero has no such device to refuse
    const dir = folder({ 'good.md': GOOD });
    const r = cli(['check', '--format', 'json', 'good.md', '/dev/zero'], dir);
    assertOneLine(r.stderr, /\/dev\/zero: Skipped: not a regular file/);
    assert.ok(checkedGood(r.stdout));
  });

  for (const [name, bytes, about] of [
    ['empty.md', Buffer.alloc(0), /empty\.md: Skipped: the file is empty/],
    ['bom.md', Buffer.from([0xef, 0xbb, 0xbf]), /bom\.md: Skipped: the file holds only a byte-order mark/],
    ['image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /image\.md: Skipped: this is a binary file/],
    ['latin1.md', Buffer.from('caf\xe9 society\n', 'latin1'), /latin1\.md: This file is not valid UTF-8/],
  ] as const) {
    it(`${name}: one line`, () => {
      const dir = folder({ 'good.md': GOOD, [name]: bytes });
      const r = cli(['check', '--format', 'json', 'good.md', name], dir);
      assertOneLine(r.stderr, about);
      assert.ok(checkedGood(r.stdout));
      assert.equal(r.code, 0);
    });
  }

  it('a 50 MB file is skipped by its size before it is read', () => {
    const dir = folder({ 'good.md': GOOD, 'huge.md': Buffer.alloc(50 * 1024 * 1024, 'a') });
    const r = cli(['check', '--format', 'json', 'good.md', 'huge.md'], dir);
    assertOneLine(r.stderr, /huge\.md: Skipped: 50\.0 MB is over the 1\.0 MB limit/);
    assert.ok(checkedGood(r.stdout));
  });

  it('a loop of symbolic links is named once and the walk ends', function () {
    const dir = folder({ 'drafts/good.md': GOOD });
    symlinkSync('..', join(dir, 'drafts', 'up'));
    const r = cli(['check', '--format', 'json', 'drafts'], dir);
    assert.equal(r.timedOut, false);
    assertOneLine(r.stderr, /drafts\/up\/\S*: Skipped: a symbolic link to a folder already checked/);
    assert.ok(checkedGood(r.stdout));
  });

  it('an unreadable folder is named and exits 2', function () {
    const prefix = asUnprivileged(this);
    const dir = sharedFolder({ 'good.md': GOOD, 'locked/x.md': GOOD });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const r = cli(['check', '--format', 'json', '.'], dir, prefix);
      assertOneLine(r.stderr, /locked: Permission denied/);
      assert.equal(r.code, 2);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('a glob that matches nothing names the pattern and exits 2', () => {
    const dir = folder({ 'good.md': GOOD });
    const r = cli(['check', '--format', 'json', 'good.md', 'stories/*.md'], dir);
    assertOneLine(r.stderr, /stories\/\*\.md: No drafts match this pattern/);
    assert.ok(checkedGood(r.stdout));
    assert.equal(r.code, 2);
  });

  it('a .copydesk.json saved with a byte-order mark is read', () => {
    const dir = folder({ 'good.md': 'The colour was grey.\n', '.copydesk.json': `\uFEFF${JSON.stringify({ dialect: 'en-GB' })}` });
    const r = cli(['check', '--format', 'json', 'good.md'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
  });

  it('--date 2025-02-30 and --rule nope/rule=off are usage errors', () => {
    const dir = folder({ 'good.md': GOOD });
    for (const args of [['--date', '2025-02-30'], ['--rule', 'nope/rule=off']]) {
      const r = cli(['check', ...args, 'good.md'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assertOneLine(r.stderr, new RegExp(args[0]));
    }
  });

  it('--workers 1000 is clamped with one line', () => {
    const dir = folder({ 'good.md': GOOD, 'b.md': GOOD });
    const r = cli(['check', '--format', 'json', '--workers', '1000', '.'], dir);
    assertOneLine(r.stderr, /--workers 1000 is more than this machine can use; checking with \d+/);
    assert.equal(r.code, 0);
  });

  it('an unknown YAML tag in the facts sheet is one line', () => {
    const dir = folder({ 'good.md': GOOD, '.copydesk/facts.yaml': 'facts:\n  - name: !custom War\n    start: 2014\n' });
    const r = cli(['check', '--format', 'json', 'good.md'], dir);
    assertOneLine(r.stderr, /facts\.yaml: The facts sheet could not be read: .*!custom/);
    assert.ok(checkedGood(r.stdout));
  });
});

/** A draft with a safe fix (a common misspelling), a BOM and CRLF line ends. */
const FIXABLE = '\uFEFFThe mayor said she had recieved the letter.\r\nIt was "fine," she said.\r\n';

describe('cli --fix keeps every byte outside its fixes', function () {
  this.timeout(120_000);

  it('keeps the byte-order mark and CRLF line ends', () => {
    const dir = folder({ 'draft.md': FIXABLE });
    const r = cli(['check', '--fix', 'draft.md'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    const after = readFileSync(join(dir, 'draft.md'), 'utf8');
    assert.equal(after, FIXABLE.replace('recieved', 'received'));
    assert.deepEqual(readdirSync(dir), ['draft.md']); // no temporary file left behind
  });

  it('leaves a file with invalid UTF-8 untouched and says so', () => {
    const bytes = Buffer.concat([Buffer.from('She had recieved it in Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    const dir = folder({ 'draft.md': bytes });
    const r = cli(['check', '--fix', '--format', 'json', 'draft.md'], dir);
    assert.ok(readFileSync(join(dir, 'draft.md')).equals(bytes));
    assertOneLine(r.stderr, /--fix leaves it untouched/);
  });

  it('a failed write leaves the draft as it was and says so', function () {
    const prefix = asUnprivileged(this);
    const dir = sharedFolder({ 'drafts/draft.md': FIXABLE });
    // Writable by its owner only when that is the user the CLI runs as; root's file, read-only, when it runs as nobody.
    chmodSync(join(dir, 'drafts'), 0o555);
    try {
      const r = cli(['check', '--fix', '--format', 'json', 'drafts/draft.md'], dir, prefix);
      assert.equal(readFileSync(join(dir, 'drafts', 'draft.md'), 'utf8'), FIXABLE);
      assertOneLine(r.stderr, /Could not write the fixed file .*the draft is as it was/);
      assert.equal(r.code, 2);
    } finally {
      chmodSync(join(dir, 'drafts'), 0o755);
    }
  });

  it('keeps the file mode', () => {
    const dir = folder({ 'draft.md': FIXABLE });
    chmodSync(join(dir, 'draft.md'), 0o640);
    cli(['check', '--fix', 'draft.md'], dir);
    assert.equal(statSync(join(dir, 'draft.md')).mode & 0o777, 0o640);
  });

  it('four concurrent --fix runs on overlapping folders lose nothing', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`${i % 2 ? 'a' : 'b'}/d${i}.md`] = FIXABLE.replace('letter', `letter ${i}`);
    const dir = folder(files);
    const targets = [['a', 'b'], ['a'], ['b', 'a'], ['.']];
    await Promise.all(targets.map((t) => new Promise<void>((done) => spawn(process.execPath, [CLI, 'check', '--fix', ...t], { cwd: dir, stdio: 'ignore' }).on('exit', () => done()))));
    for (const [name, content] of Object.entries(files)) assert.equal(readFileSync(join(dir, name), 'utf8'), content.replace('recieved', 'received'), name);
    for (const sub of ['a', 'b']) assert.equal(readdirSync(join(dir, sub)).length, 6);
  });
});

describe('readDraftFile: a file listed as a regular file is opened first', () => {
  it('refuses one that has become a FIFO since, unread and without waiting for a writer', function () {
    const dir = folder({});
    const path = join(dir, 'pipe.md');
    try {
      execFileSync('mkfifo', [path]);
    } catch {
      this.skip(); // no mkfifo on this system: there is no FIFO to refuse
    }
    const read = readDraftFile(path, 1 << 20, '--max-file-size', true);
    assert.deepEqual(read, { problem: { kind: 'skipped', message: NOT_A_REGULAR_FILE } });
  });

  it('reads a regular file as a look at its path first does', () => {
    const dir = folder({ 'good.md': `\ufeff${GOOD}` });
    assert.deepEqual(readDraftFile(join(dir, 'good.md'), 1 << 20, '--max-file-size', true), readDraftFile(join(dir, 'good.md'), 1 << 20));
    assert.deepEqual(readDraftFile(join(dir, 'good.md'), 10, '--max-file-size', true), readDraftFile(join(dir, 'good.md'), 10));
  });
});

describe('readDraftFile into a ReadBuffer (a check that rewrites nothing)', () => {
  it('reads drafts one after another, short and past the buffer, as reading each on its own does, but keeps no bytes', () => {
    const long = `${'Word after word, the draft goes on. '.repeat(3000)}The end.`;
    const dir = folder({ 'a.md': `\ufeff${GOOD}`, 'b.md': long, 'c.md': 'Short.', 'binary.md': 'abc\u0000def', 'big.md': long });
    const buffer = new ReadBuffer();
    for (const name of ['a.md', 'b.md', 'c.md', 'binary.md', 'a.md']) {
      const shared = readDraftFile(join(dir, name), 1 << 20, '--max-file-size', true, buffer);
      const own = readDraftFile(join(dir, name), 1 << 20, '--max-file-size', true);
      if ('draft' in own) {
        assert.ok('draft' in shared, name);
        assert.equal(shared.draft.bytes, undefined);
        assert.ok(own.draft.bytes);
        assert.deepEqual({ ...shared.draft }, { text: own.draft.text, bom: own.draft.bom, exact: own.draft.exact }, name);
      } else assert.deepEqual(shared, own, name);
    }
    // Over the size limit while read: the check of the bytes read still holds.
    assert.deepEqual(readDraftFile(join(dir, 'big.md'), 1000, '--max-file-size', true, buffer), readDraftFile(join(dir, 'big.md'), 1000, '--max-file-size', true));
  });
});
