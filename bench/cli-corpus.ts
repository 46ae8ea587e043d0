/**
 * The whole corpus through the CLI, from spawn to exit, several times over:
 *
 *   npx tsx bench/cli-corpus.ts [--corpus DIR] [--runs N] [--workers 1,2] [--dist DIR]
 *
 * Runs alternate between worker counts, so a machine that gets busier part way
 * through slows every configuration alike. The minimum is the figure least
 * disturbed by other processes; the median shows how noisy the machine was.
 * Every run's JSON report must be byte for byte the same, whatever the worker
 * count: the script fails otherwise. On Linux it also reads the CPU time of each
 * thread (bench/probes/thread-cpu.cjs): the main thread, the workers, and the
 * helpers (V8's compiler and garbage collector threads, libuv's pool).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countWords, listCorpusFiles } from './lib/corpus';
import { runNode } from './lib/spawn';
import { median, wordsPerSecond } from './lib/stats';

const ROOT = resolve(__dirname, '..');
const THREAD_CPU_PROBE = join(__dirname, 'probes', 'thread-cpu.cjs');

interface ThreadCpu {
  main: number;
  workers: number;
  helpers: number;
}

/** The probe's lines for one run, summed by kind of thread (ms). */
function readThreadCpu(file: string): ThreadCpu | undefined {
  if (!existsSync(file)) return undefined;
  const cpu: ThreadCpu = { main: 0, workers: 0, helpers: 0 };
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const row = JSON.parse(line) as { main?: number; helpers?: number[]; worker?: number; ms?: number };
    if (row.main !== undefined) {
      cpu.main += row.main;
      cpu.helpers += (row.helpers ?? []).reduce((a, b) => a + b, 0);
    } else cpu.workers += row.ms ?? 0;
  }
  rmSync(file);
  return cpu;
}

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
  const cpu = new Map<string, ThreadCpu[]>(workerCounts.map((w) => [w, []]));
  let reference: string | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      for (const workers of workerCounts) {
        const report = join(tmpDir, `report-${workers}.json`);
        const cpuFile = join(tmpDir, `threads-${workers}.jsonl`);
        process.env.BENCH_THREAD_CPU_FILE = cpuFile;
        const result = runNode(['--require', THREAD_CPU_PROBE, join(dist, 'cli.js'), 'check', '--format', 'json', '--dialect', 'en-GB', '--workers', workers, corpus], { cwd: ROOT, stdoutFile: report, tmpDir });
        const threads = readThreadCpu(cpuFile);
        if (threads) cpu.get(workers)!.push(threads);
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
    const threads = cpu.get(workers)!;
    if (threads.length > 0) {
      const ms = (kind: keyof ThreadCpu) => Math.round(median(threads.map((t) => t[kind])));
      console.log(`  CPU per run (median): main thread ${ms('main')} ms, workers ${ms('workers')} ms, helper threads (V8 compiler and GC, libuv) ${ms('helpers')} ms`);
    }
  }
  console.log('Reports identical across runs and worker counts.');
}

main();
