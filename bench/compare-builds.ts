/**
 * This build against a build of an earlier commit, in one run, taking turns:
 *
 *   npx tsx bench/compare-builds.ts [--base REV] [--rounds N] [--processes N] [--clock wall|cpu] [--out FILE]
 *
 * REV defaults to HEAD^ (the previous commit). The script checks REV out into a
 * temporary git worktree, builds it there (dictionaries and bundles) and then
 * measures both builds: the CLI over each shared corpus (wall time, spawn to
 * exit) and the 100,000-word re-lint after a one-word edit (median over fresh
 * processes). The two builds alternate run by run, because this machine's speed
 * drifts by a fifth from minute to minute and both should see the same drift.
 * Each CLI run is timed by the wall clock and by its CPU time (all threads); `--clock cpu`
 * also times the re-lint by CPU, so that on a machine shared with other work the
 * waiting for a CPU counts for neither build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles, loadArticles } from './lib/corpus';
import { runNode } from './lib/spawn';
import { median } from './lib/stats';
import { formatNumber, table } from './lib/table';

const ROOT = resolve(__dirname, '..');
const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(ROOT, '../shared/corpus', name));

interface Settings {
  base: string;
  rounds: number;
  processes: number;
  clock: 'wall' | 'cpu';
  out?: string;
}

function readSettings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { base: { type: 'string' }, rounds: { type: 'string' }, processes: { type: 'string' }, clock: { type: 'string' }, out: { type: 'string' } },
  });
  const clock = values.clock ?? 'wall';
  if (clock !== 'wall' && clock !== 'cpu') throw new Error(`--clock takes wall or cpu, not "${clock}"`);
  const whole = (name: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    if (!/^[1-9]\d*$/.test(value)) throw new Error(`--${name} takes a whole number above 0, not "${value}"`);
    return Number(value);
  };
  return { base: values.base ?? 'HEAD^', rounds: whole('rounds', values.rounds, 5), processes: whole('processes', values.processes, 6), clock, out: values.out };
}

/** Builds REV in a throwaway worktree and returns its dist folder and a clean-up. */
export function buildRevision(rev: string): { dist: string; commit: string; remove(): void } {
  const commit = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), `copydesk-base-${commit}-`));
  execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The dependencies are the same packages; the base's own lock file may differ, but the
    // engine bundles only what both builds share, so this build's node_modules serves both.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-dictionaries.ts'], { cwd: dir, stdio: 'ignore' });
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: dir, stdio: 'ignore' });
  } catch (error) {
    remove();
    throw error;
  }
  return { dist: join(dir, 'dist'), commit, remove };
}

interface Build {
  label: string;
  dist: string;
}

/** One CLI run over a corpus: wall time, spawn to exit, and CPU time. */
function cliRun(build: Build, corpus: string, tmpDir: string): { wallMs: number; cpuMs: number } {
  const run = runNode([join(build.dist, 'cli.js'), 'check', '--format', 'json', corpus], { cwd: ROOT, tmpDir, stdoutFile: join(tmpDir, 'report.json'), timeoutMs: 10 * 60 * 1000 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${build.label} CLI exited ${run.status}: ${run.stderr.slice(0, 400)}`);
  if (run.cpuMs === undefined) throw new Error(`${build.label} CLI left no CPU time`);
  return { wallMs: run.wallMs, cpuMs: run.cpuMs };
}

function relintMedians(builds: Build[], processes: number, clock: Settings['clock']): number[] {
  const output = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(__dirname, 'relint-manuscript.ts'), '--processes', String(processes), '--clock', clock, '--dist', builds[0].dist, '--against', builds[1].dist],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return builds.map((build) => {
    const line = output.split('\n').find((l) => l.startsWith(`${build.dist}:`));
    const match = line?.match(/median of \d+ processes ([\d.,]+) ms/);
    if (!match) throw new Error(`no re-lint figure for ${build.label} in:\n${output}`);
    return Number(match[1].replace(/,/g, ''));
  });
}

function change(head: number, base: number): string {
  const pct = ((head - base) / base) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

function main(): void {
  const settings = readSettings(process.argv.slice(2));
  const corpora = CORPORA.filter((dir) => existsSync(dir));
  if (corpora.length === 0) throw new Error('no corpus at ../shared/corpus: nothing to measure');
  const base = buildRevision(settings.base);
  const tmpDir = mkdtempSync(join(tmpdir(), 'copydesk-compare-'));
  // A private copy of this build, so a rebuild during the run cannot mix two versions.
  const headDist = join(tmpDir, 'dist');
  cpSync(join(ROOT, 'dist'), headDist, { recursive: true });
  try {
    const builds: Build[] = [
      { label: `this build (${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}${execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() ? '+changes' : ''})`, dist: headDist },
      { label: `base ${base.commit}`, dist: base.dist },
    ];
    const rows: string[][] = [];
    const results: Record<string, { base: number; head: number; unit: string }> = {};
    for (const corpus of corpora) {
      const words = loadArticles(listCorpusFiles(corpus)).reduce((n, article) => n + article.words, 0);
      const wall = builds.map(() => [] as number[]);
      const cpu = builds.map(() => [] as number[]);
      for (let round = 0; round < settings.rounds; round++) {
        // ABBA order: neither build always runs first in a round.
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const b of order) {
          const run = cliRun(builds[b], corpus, tmpDir);
          wall[b].push(run.wallMs);
          cpu[b].push(run.cpuMs);
        }
      }
      const name = corpus.split('/').pop()!;
      for (const [clock, samples] of [['wall', wall], ['cpu', cpu]] as const) {
        const [head, baseMs] = samples.map(median);
        results[`cli-${name}${clock === 'cpu' ? '-cpu' : ''}`] = { head: (words / head) * 1000, base: (words / baseMs) * 1000, unit: 'words/s' };
        rows.push([`CLI, ${name} (${formatNumber(words)} words), ${clock === 'cpu' ? 'CPU time' : 'wall time'}, median of ${settings.rounds}`, `${formatNumber(baseMs)} ms`, `${formatNumber(head)} ms`, change(head, baseMs)]);
      }
    }
    const [relintHead, relintBase] = relintMedians(builds, settings.processes, settings.clock);
    results['relint-100k-p50'] = { head: relintHead, base: relintBase, unit: 'ms' };
    rows.push([`re-lint of 100,000 words after a one-word edit, p50, ${settings.clock === 'cpu' ? 'CPU time' : 'wall time'} (median of ${settings.processes} processes)`, `${formatNumber(relintBase)} ms`, `${formatNumber(relintHead)} ms`, change(relintHead, relintBase)]);
    process.stdout.write(`\nThis build against ${builds[1].label}, taking turns (lower is better):\n\n`);
    process.stdout.write(table(['measure', builds[1].label, builds[0].label, 'change'], rows));
    process.stdout.write('\n');
    if (settings.out) writeFileSync(settings.out, JSON.stringify({ base: base.commit, results }, null, 2));
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
    base.remove();
  }
}

if (require.main === module) main();
