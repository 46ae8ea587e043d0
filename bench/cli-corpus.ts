/**
 * The whole corpus through the CLI, from spawn to exit, several times over:
 *
 *   npx tsx bench/cli-corpus.ts [--corpus DIR] [--runs N] [--workers 1,2] [--dist DIR]
 *
 * Runs alternate between worker counts, so a machine that gets busier part way
 * through slows every configuration alike. The minimum is the figure least
 * disturbed by other processes; the median shows how noisy the machine was.
 * Every run's JSON report must be byte for byte the same, whatever the worker
 * count: the script fails otherwise.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countWords, listCorpusFiles } from './lib/corpus';
import { runNode } from './lib/spawn';
import { median, wordsPerSecond } from './lib/stats';

const ROOT = resolve(__dirname, '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

function main(): void {
  const corpus = resolve(option('corpus', join(ROOT, '..', 'shared', 'corpus', 'bbc-news')));
  const runs = Number(option('runs', '5'));
  const workerCounts = option('workers', '1,2').split(',');
  const dist = resolve(option('dist', join(ROOT, 'dist')));
  const files = listCorpusFiles(corpus);
  const words = files.reduce((n, file) => n + countWords(readFileSync(file, 'utf8')), 0);
  const tmpDir = mkdtempSync(join(tmpdir(), 'copydesk-cli-bench-'));
  const times = new Map<string, number[]>(workerCounts.map((w) => [w, []]));
  const rss = new Map<string, number[]>(workerCounts.map((w) => [w, []]));
  let reference: string | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      for (const workers of workerCounts) {
        const report = join(tmpDir, `report-${workers}.json`);
        const result = runNode([join(dist, 'cli.js'), 'check', '--format', 'json', '--dialect', 'en-GB', '--workers', workers, corpus], { cwd: ROOT, stdoutFile: report, tmpDir });
        if (result.status !== 0 && result.status !== 1) throw new Error(`the CLI exited with ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        const output = readFileSync(report, 'utf8');
        reference ??= output;
        if (output !== reference) throw new Error(`--workers ${workers} gave a different report from the first run`);
        times.get(workers)!.push(result.wallMs);
        rss.get(workers)!.push((result.maxRssKb ?? NaN) / 1024);
      }
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  console.log(`${files.length} files, ${words.toLocaleString('en-GB')} words (as wc -w counts them), ${runs} runs each; ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(2)} at the end`);
  for (const workers of workerCounts) {
    const wall = times.get(workers)!;
    const best = Math.min(...wall);
    console.log(
      `--workers ${workers}: min ${(best / 1000).toFixed(2)} s (${Math.round(wordsPerSecond(words, best)).toLocaleString('en-GB')} words/s), ` +
        `median ${(median(wall) / 1000).toFixed(2)} s (${Math.round(wordsPerSecond(words, median(wall))).toLocaleString('en-GB')} words/s), ` +
        `peak RSS ${Math.max(...rss.get(workers)!).toFixed(0)} MB`,
    );
  }
  console.log('Reports identical across runs and worker counts.');
}

main();
