/**
 * The CLI's main-thread CPU over each shared corpus, this build against a build of an earlier
 * commit, taking turns:
 *
 *   npx tsx bench/main-thread-cpu.ts [--base REV] [--runs N]
 *
 * The wall time that issue 13 bounds is the main thread's; on a machine shared with other work
 * the wall clock also counts the waiting for a core, and the process's CPU time counts V8's
 * compiler and GC threads. Each run here preloads a script that reads the main thread's CPU time
 * from /proc/thread-self/schedstat (Linux) as the process exits. REV defaults to HEAD^; it is
 * checked out and built as compare-builds.ts does. The figure is the median of `--runs` runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRevision } from './compare-builds';
import { changeRow, printChanges } from './layer-cost';
import { median } from './lib/stats';

const ROOT = resolve(__dirname, '..');
const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(ROOT, '../shared/corpus', name));
const PRELOAD = `process.on('exit', () => process.stderr.write('main-thread-ms ' + Number(require('fs').readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6 + '\\n'));\n`;

/** Main-thread milliseconds of one CLI run over `corpus`. */
function mainThreadMs(preload: string, dist: string, corpus: string): number {
  const err = spawnSync(process.execPath, ['-r', preload, join(dist, 'cli.js'), 'check', '--format', 'json', corpus], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr;
  const match = /main-thread-ms ([\d.]+)/.exec(err);
  if (!match) throw new Error(`no main-thread time from ${dist}: ${err.slice(0, 200)}`);
  return Number(match[1]);
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { base: { type: 'string' }, runs: { type: 'string' } } });
  const runs = Number(values.runs ?? 10);
  const base = buildRevision(values.base ?? 'HEAD^');
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-main-thread-'));
  try {
    const preload = join(tmp, 'main-thread.cjs');
    writeFileSync(preload, PRELOAD);
    const dists = [base.dist, join(ROOT, 'dist')];
    const rows: string[][] = [];
    for (const corpus of CORPORA) {
      const samples: number[][] = [[], []];
      for (let r = 0; r < runs; r++) for (const b of r % 2 === 0 ? [0, 1] : [1, 0]) samples[b].push(mainThreadMs(preload, dists[b], corpus));
      rows.push(changeRow(corpus.split('/').pop()!, median(samples[0]), median(samples[1])));
    }
    printChanges(`Main-thread CPU of the CLI over each corpus, median of ${runs} runs taking turns`, 'corpus', base.commit, rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    base.remove();
  }
}

if (require.main === module) main();
