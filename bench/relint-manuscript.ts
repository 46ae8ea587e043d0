/**
 * Re-lint of a 100,000-word manuscript after a one-word edit, through LintSession,
 * in several fresh processes, for one build or two compared:
 *
 *   npx tsx bench/relint-manuscript.ts [--processes 10] [--dist DIR] [--against DIR] [--clock wall|cpu]
 *
 * Each process warms up, then times 40 lints with the typo put in and taken out
 * by turns, and reports their median. This machine's speed differs from process
 * to process by as much as a third, so with `--against` the two builds take turns,
 * process by process, and the median over processes is compared. `--clock cpu` times
 * each lint by the process's CPU time instead of the wall clock: on a machine shared
 * with other work, waiting for a CPU then no longer counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { joinedText, listCorpusFiles, loadArticles, oneWordEdit } from './lib/corpus';
import { median } from './lib/stats';
import { formatNumber } from './lib/table';

const ROOT = resolve(__dirname, '..');

function option(name: string, fallback: string | undefined): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const PROCESS = `
  const { readFileSync } = require('node:fs');
  const { join } = require('node:path');
  const [dist, jobFile, clock] = process.argv.slice(1);
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  const copydesk = require(join(dist, 'index.js'));
  const { text, edited } = JSON.parse(readFileSync(jobFile, 'utf8'));
  const session = new copydesk.LintSession();
  const options = { languageId: 'plaintext', filePath: 'manuscript.txt', config: { dialect: 'en-GB' }, rules: copydesk.allRules };
  for (let i = 0; i < 6; i++) session.lint(i % 2 ? edited : text, options);
  const times = [];
  for (let i = 0; i < 40; i++) {
    const t0 = now();
    session.lint(i % 2 ? text : edited, options);
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(String(times[20]));`;

function main(): void {
  const processes = Number(option('processes', '10'));
  const builds = [resolve(option('dist', join(ROOT, 'dist'))!)];
  const against = option('against', undefined);
  if (against) builds.push(resolve(against));
  const clock = option('clock', 'wall')!;
  if (clock !== 'wall' && clock !== 'cpu') throw new Error(`--clock takes wall or cpu, not "${clock}"`);
  const corpus = resolve(option('corpus', join(ROOT, '..', 'shared', 'corpus', 'bbc-news'))!);
  const text = joinedText(loadArticles(listCorpusFiles(corpus)), 100_000);
  const edit = oneWordEdit(text);
  const jobFile = join(mkdtempSync(join(tmpdir(), 'copydesk-relint-')), 'job.json');
  writeFileSync(jobFile, JSON.stringify({ text, edited: text.slice(0, edit.editStart) + edit.replacement + text.slice(edit.editEnd) }));

  const p50s = builds.map(() => [] as number[]);
  for (let p = 0; p < processes; p++) {
    builds.forEach((dist, b) => {
      const run = spawnSync(process.execPath, ['-e', PROCESS, dist, jobFile, clock], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      p50s[b].push(Number(run.stdout));
    });
  }
  builds.forEach((dist, b) => {
    console.log(`${dist}: ${clock} time, median of ${processes} processes ${formatNumber(median(p50s[b]))} ms (each process's p50: ${p50s[b].map((ms) => formatNumber(ms)).join(', ')})`);
  });
}

main();
