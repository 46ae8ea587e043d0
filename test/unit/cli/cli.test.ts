import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');

function cli(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const FRONT_MATTER_ERROR = '---\ntitle: [unclosed\n---\nThe council met on Tuesday.\n';

describe('cli', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first');
  });

  it('prints ESLint-shaped JSON with 1-based UTF-16 positions and 0-based ranges', () => {
    const dir = workspace({ 'draft.md': FRONT_MATTER_ERROR });
    const { code, stdout } = cli(['check', '--format', 'json', 'draft.md'], dir);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.equal(file.filePath, join(dir, 'draft.md'));
    assert.equal(file.warningCount, 1);
    assert.equal(file.errorCount, 0);
    const [m] = file.messages;
    assert.deepEqual(Object.keys(m).sort(), ['column', 'endColumn', 'endLine', 'level', 'line', 'message', 'ruleId', 'severity', 'suggestions'].sort());
    assert.equal(m.ruleId, 'copydesk/front-matter');
    assert.equal(m.severity, 1);
    assert.equal(m.level, 'warning');
    assert.ok(m.line >= 1 && m.column >= 1);
  });

  it('exits 1 when --max-warnings is exceeded and when a rule is raised to error', () => {
    const dir = workspace({ 'draft.md': FRONT_MATTER_ERROR });
    assert.equal(cli(['check', '--max-warnings', '0', 'draft.md'], dir).code, 1);
    assert.equal(cli(['check', '--max-warnings', '1', 'draft.md'], dir).code, 0);
  });

  it('exits 2 with a one-line reason on usage errors', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'a.md'], ['check', '--rule', 'nonsense', 'a.md'], ['check', '--date', '15/03/2005', 'a.md'], ['frobnicate']]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^copydesk: .+\n$/);
    }
  });

  it('reports a missing file with exit 2 but still checks the others', () => {
    const dir = workspace({ 'ok.md': 'Fine text.\n' });
    const r = cli(['check', '--format', 'json', 'ok.md', 'missing.md'], dir);
    assert.equal(r.code, 2);
    const results = JSON.parse(r.stdout);
    assert.deepEqual(results.map((x: { filePath: string }) => x.filePath.split('/').pop()), ['ok.md', 'missing.md']);
  });

  it('skips binary and oversized files with a clear message, without crashing', () => {
    const dir = workspace({ 'bin.txt': Buffer.from([0x41, 0x00, 0x42]), 'big.md': 'word '.repeat(1_100_000), 'ok.md': 'Fine.\n' });
    const r = cli(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 0);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { message: string; ruleId: null }[] }[];
    const message = (name: string) => results.find((x) => x.filePath.endsWith(name))!.messages[0].message;
    assert.match(message('bin.txt'), /binary file/);
    assert.match(message('big.md'), /over the 1\.0 MB limit/);
    assert.match(r.stderr, /binary file/);
  });

  it('names the file and key of a broken .copydesk.json, lints with defaults, exits 2', () => {
    const dir = workspace({ '.copydesk.json': '{ "dialect": "en-XX", "rules": { "quote/nope": "off" } }', 'draft.md': 'Fine.\n' });
    const r = cli(['check', 'draft.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.copydesk\.json: dialect: "dialect" must be "auto", "en-US" or "en-GB"/);
    assert.match(r.stderr, /rules\.quote\/nope: Unknown rule "quote\/nope"/);
    assert.match(r.stdout, /No problems found/);
  });

  it('writes valid SARIF 2.1.0 with rule metadata and help links', () => {
    const dir = workspace({ 'draft.md': FRONT_MATTER_ERROR });
    const r = cli(['check', '--format', 'sarif', 'draft.md'], dir);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'Copydesk');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.ok(run.tool.driver.rules.every((rule: { id: string; helpUri: string }) => rule.helpUri.endsWith(`${rule.id}.md`)));
    assert.equal(run.results[0].ruleId, 'copydesk/front-matter');
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'draft.md');
    assert.equal(run.results[0].level, 'warning');
  });

  it('--fix leaves a file without safe fixes byte for byte as it was', () => {
    const dir = workspace({ 'draft.md': FRONT_MATTER_ERROR });
    cli(['check', '--fix', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), FRONT_MATTER_ERROR);
  });

  it('lists the rules', () => {
    const r = cli(['rules']);
    assert.equal(r.code, 0);
  });

  it('gives the same results with two worker threads', () => {
    const dir = workspace({ 'a.md': FRONT_MATTER_ERROR, 'b.md': FRONT_MATTER_ERROR, 'c.md': 'Fine.\n' });
    const one = cli(['check', '--format', 'json', '.'], dir).stdout;
    const two = cli(['check', '--format', 'json', '--workers', '2', '.'], dir).stdout;
    assert.equal(two, one);
  });

  it('stops quietly when the reader closes the pipe early (copydesk check . | head)', () => {
    const dir = workspace({ 'long.md': 'The council met on Tuesday and teh mayor spoke.\n\n'.repeat(3000) });
    const script = `"${process.execPath}" "${CLI}" check --format json . | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
    assert.match(r.stderr, /status=[01]\n/);
  });
});
