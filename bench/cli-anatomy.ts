/**
 * Where a corpus run of the CLI spends its time, and what a second thread could win:
 *
 *   npx tsx bench/cli-anatomy.ts [--corpus DIR] [--passes N]
 *
 * 1. Start-up: `node -e ''` alone, and `copydesk --version` (bundle from the code cache).
 * 2. The engine in one process over the corpus, pass after pass: the first pass pays
 *    for the cold JIT and for classifying every distinct word once; the later ones
 *    are the engine's steady speed. The difference is what each new thread pays again.
 *    Two last passes accept one more word (which makes a new speller, whose memos
 *    are empty): the first of them meets every word afresh with the JIT warm, the
 *    second not, which splits that cost in two.
 * 3. The optimising compiler's own CPU in one CLI run (`--trace-opt`), and how often
 *    optimised code was thrown away (`--trace-deopt`). The compiler runs on background
 *    threads, so a second checking thread competes with two of them.
 * 4. The machine's parallel capacity for this work: two CLI runs at once against one alone,
 *    and the same for two plain loops: arithmetic in registers, and counting the corpus's
 *    words in a Map (memory-bound, like linting).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countWords, listCorpusFiles } from './lib/corpus';
import { median } from './lib/stats';
import { formatNumber } from './lib/table';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

function timeNode(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The corpus's paths in a file: 2,095 of them exceed what one command-line argument may hold. */
function corpusList(corpus: string): string {
  const list = join(mkdtempSync(join(tmpdir(), 'copydesk-anatomy-')), 'files.json');
  writeFileSync(list, JSON.stringify(listCorpusFiles(corpus)));
  return list;
}

/** One process lints the corpus `passes` times, then twice with a fresh speller; ms per pass. */
function enginePasses(corpus: string, passes: number): number[] {
  const list = corpusList(corpus);
  const script = `
    const { readFileSync } = require('node:fs');
    const copydesk = require(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
    const files = JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8'));
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const options = { languageId: 'plaintext', config: { dialect: 'en-GB' }, rules: copydesk.allRules };
    const times = [];
    for (let p = 0; p < ${passes}; p++) {
      const t0 = performance.now();
      for (let i = 0; i < texts.length; i++) copydesk.lint(texts[i], { ...options, filePath: files[i] });
      times.push(performance.now() - t0);
    }
    const fresh = { ...options, config: { dialect: 'en-GB', words: ['Zzqxjv'] } };
    for (let p = 0; p < 2; p++) {
      const t0 = performance.now();
      for (let i = 0; i < texts.length; i++) copydesk.lint(texts[i], { ...fresh, filePath: files[i] });
      times.push(performance.now() - t0);
    }
    process.stdout.write(JSON.stringify(times));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as number[];
}

/** The compiler's work in one CLI run, from V8's own report of each optimisation. */
function compilerWork(corpus: string): { compiles: number; ms: number; recompiled: number; deoptimisations: number } {
  const run = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', CLI, 'check', '--workers', '1', '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let compiles = 0;
  let ms = 0;
  let deoptimisations = 0;
  const seen = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('[bailout (kind')) deoptimisations++;
    const m = /^\[completed compiling .*?<JSFunction ([^ >]*).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (!m) continue;
    compiles++;
    ms += Number(m[2]) + Number(m[3]) + Number(m[4]);
    seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  }
  const recompiled = [...seen.values()].reduce((n, count) => n + count - 1, 0);
  return { compiles, ms, recompiled, deoptimisations };
}

const ARITHMETIC = 'let x = 0; for (let i = 0; i < 5e7; i++) x = (x + i * 7) % 1000003; if (x < 0) console.log(x);';
const wordCount = (list: string) => `
  const { readFileSync } = require('node:fs');
  const texts = JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8')).map((f) => readFileSync(f, 'utf8'));
  for (let pass = 0; pass < 3; pass++) {
    const counts = new Map();
    for (const text of texts) for (const m of text.matchAll(/[\\p{L}’']+/gu)) counts.set(m[0], (counts.get(m[0]) || 0) + 1);
  }`;

/** A node script's time alone (best of 2) and the slower of two copies run at once. */
async function aloneAndTogether(args: string[]): Promise<{ alone: number; together: number }> {
  const run = () =>
    new Promise<number>((done) => {
      const t0 = performance.now();
      spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', () => done(performance.now() - t0));
    });
  const alone = Math.min(await run(), await run());
  const together = Math.max(...(await Promise.all([run(), run()])));
  return { alone, together };
}

const throughputGain = ({ alone, together }: { alone: number; together: number }) => `${formatNumber((2 * alone) / together)}×`;

async function main(): Promise<void> {
  const corpus = resolve(option('corpus', join(ROOT, '..', 'shared', 'corpus', 'bbc-news')));
  const passes = Number(option('passes', '4'));
  const words = listCorpusFiles(corpus).reduce((n, file) => n + countWords(readFileSync(file, 'utf8')), 0);
  const rows: [string, string][] = [];

  rows.push(['node start-up alone (median of 5)', `${formatNumber(timeNode(['-e', ''], 5))} ms`]);
  const startUp = timeNode([CLI, '--version'], 5);
  rows.push(['copydesk --version (median of 5)', `${formatNumber(startUp)} ms`]);

  const times = enginePasses(corpus, passes);
  const [freshSpeller, freshAgain] = times.splice(-2);
  const steady = median(times.slice(1));
  const once = times[0] - steady;
  const firstLook = Math.max(0, freshSpeller - freshAgain);
  rows.push([`engine over the corpus in one process, passes 1..${passes}`, `${times.map((t) => formatNumber(t)).join(', ')} ms`]);
  rows.push(['  steady speed (median of the later passes)', `${formatNumber(steady)} ms, ${formatNumber((words / steady) * 1000)} words/s`]);
  rows.push(['  paid once per thread: cold JIT and first classification of each word', `${formatNumber(once)} ms`]);
  rows.push(['    of which the first look at each word (fresh speller, JIT warm)', `${formatNumber(firstLook)} ms (${formatNumber(freshSpeller)} against ${formatNumber(freshAgain)} ms)`]);
  rows.push(['    of which the JIT warming up (the rest)', `${formatNumber(Math.max(0, once - firstLook))} ms`]);
  const budget = words / 1000;
  rows.push([`1,000,000 words/s allows for these ${formatNumber(words)} words`, `${formatNumber(budget)} ms`]);
  rows.push(['  start-up and one thread\'s warm-up, before any steady work', `${formatNumber(startUp + once)} ms (${formatNumber((100 * (startUp + once)) / budget)}% of it)`]);

  const compiler = compilerWork(corpus);
  rows.push(['optimising compiler in one CLI run (background threads)', `${compiler.compiles} compiles, ${formatNumber(compiler.ms)} ms, ${compiler.recompiled} of them again after one of ${compiler.deoptimisations} deoptimisations`]);

  const cli = await aloneAndTogether([CLI, 'check', '--workers', '1', '--format', 'json', corpus]);
  rows.push(['one CLI run alone (best of 2)', `${formatNumber(cli.alone)} ms`]);
  rows.push(['two CLI runs at once (the slower)', `${formatNumber(cli.together)} ms: ${throughputGain(cli)} the throughput of one`]);
  const list = corpusList(corpus);
  rows.push(['two at once against one: an arithmetic loop', throughputGain(await aloneAndTogether(['-e', ARITHMETIC]))]);
  rows.push(['two at once against one: counting the corpus words in a Map', throughputGain(await aloneAndTogether(['-e', wordCount(list)]))]);

  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

void main();
