/**
 * Main-thread CPU time of the spelling pass (analyseSpelling with the default settings) over each
 * shared corpus, this tree against an earlier commit:
 *
 *   npx tsx bench/spelling-pass.ts [--base REV] [--corpora bbc-news,reuters-world] [--processes N] [--rounds N]
 *
 * As in the CLI, each draft's pass runs right after its model is built, so the memos the pass
 * keeps across drafts are as far out of the caches as the rest of a lint leaves them; only the
 * pass is timed, by the main thread's own CPU time (Linux: /proc/self/task/PID/schedstat; the JIT
 * compiles on other threads, and on a 2-core machine shared with other work their time says
 * nothing about the code). The first round meets every spelling for the first time, as a CLI run
 * does; later rounds have the memos filled and show the cost of the per-word loop itself. Both
 * builds are bundled as layer-cost.ts bundles them and run in fresh processes taking turns; the
 * figures are medians over processes (each process's later rounds by their median).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { buildRevision } from './compare-builds';
import { changeRow } from './layer-cost';
import { median } from './lib/stats';
import { table } from './lib/table';

const ROOT = resolve(__dirname, '..');

/** The runner, bundled against one source tree: per draft, builds the model untimed, then times the pass. */
function runnerSource(srcRoot: string): string {
  const from = (path: string) => JSON.stringify(join(srcRoot, 'src', path));
  // 963299d kept the spelling analysis among the rules.
  const analysis = existsSync(join(srcRoot, 'src/engine/spelling/analysis.ts')) ? 'engine/spelling/analysis' : 'rules/spelling/analysis';
  return `
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from ${from('engine/model/build')};
import { DEFAULT_CONFIG } from ${from('engine/config')};
import { languageIdFor } from ${from('engine/lint')};
import { analyseSpelling } from ${from(analysis)};

const [corpus, rounds] = [process.argv[2], Number(process.argv[3])];
const files = [];
const walk = (dir) => { for (const name of readdirSync(dir).sort()) { const path = join(dir, name); if (statSync(path).isDirectory()) walk(path); else if (/\\.(txt|md)$/.test(name)) files.push(path); } };
walk(corpus);
const texts = files.map((path) => readFileSync(path, 'utf8').replace(/^\\uFEFF/, ''));
let stat = -1;
try { stat = openSync('/proc/self/task/' + process.pid + '/schedstat', 'r'); } catch {}
const buffer = Buffer.alloc(64);
const mainThreadMs = () => {
  if (stat < 0) { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  const n = readSync(stat, buffer, 0, 64, 0);
  let ns = 0;
  for (let i = 0; i < n && buffer[i] >= 48 && buffer[i] <= 57; i++) ns = ns * 10 + (buffer[i] - 48);
  return ns / 1e6;
};
const config = { ...DEFAULT_CONFIG };
const times = [];
for (let round = 0; round < rounds; round++) {
  let spent = 0;
  for (let i = 0; i < texts.length; i++) {
    // A fresh copy of the text, as each CLI run reads its own.
    const model = buildModel((' ' + texts[i]).slice(1), { filePath: files[i], languageId: languageIdFor(files[i]), config, today: '2026-01-01' });
    const start = mainThreadMs();
    analyseSpelling(model, config);
    spent += mainThreadMs() - start;
  }
  times.push(spent);
}
if (stat >= 0) closeSync(stat);
const later = times.slice(1).sort((a, b) => a - b);
console.log(times[0] + ' ' + later[Math.floor(later.length / 2)]);
`;
}

function bundleRunner(srcRoot: string, dir: string): string {
  const outfile = join(dir, 'spelling-runner.js');
  buildSync({ stdin: { contents: runnerSource(srcRoot), resolveDir: srcRoot, loader: 'ts' }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
  return outfile;
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { base: { type: 'string' }, corpora: { type: 'string' }, processes: { type: 'string' }, rounds: { type: 'string' } } });
  const corpora = (values.corpora ?? 'bbc-news,reuters-world').split(',').map((name) => resolve(ROOT, '../shared/corpus', name));
  const processes = Number(values.processes ?? 6);
  const rounds = Math.max(2, Number(values.rounds ?? 4));
  if (!existsSync(join(ROOT, 'dist', 'dictionaries'))) throw new Error('run "npm run build" first: the runner needs dist/dictionaries');
  const base = buildRevision(values.base ?? 'HEAD');
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-spelling-'));
  try {
    symlinkSync(join(ROOT, 'dist', 'dictionaries'), join(tmp, 'dictionaries'), 'dir');
    const runners = [bundleRunner(resolve(base.dist, '..'), base.dist), bundleRunner(ROOT, tmp)];
    const rows: string[][] = [];
    for (const corpus of corpora.filter((dir) => existsSync(dir))) {
      const samples: [number[], number[]][] = [
        [[], []],
        [[], []],
      ];
      for (let p = 0; p < processes; p++) {
        for (const b of p % 2 === 0 ? [0, 1] : [1, 0]) {
          const [first, later] = execFileSync(process.execPath, [runners[b], corpus, String(rounds)], { encoding: 'utf8' }).trim().split(' ').map(Number);
          samples[b][0].push(first);
          samples[b][1].push(later);
        }
      }
      for (const [at, label] of [
        [0, 'first round'],
        [1, 'memos filled'],
      ] as const) {
        const [baseMs, headMs] = samples.map((s) => median(s[at]));
        rows.push(changeRow(`${corpus.split('/').pop()}, ${label}`, baseMs, headMs));
      }
    }
    process.stdout.write(`\nMain-thread CPU of the spelling pass over the corpus, median of ${processes} processes (memos filled: each process's median of ${rounds - 1} rounds after the first):\n\n`);
    process.stdout.write(table(['pass', `base ${base.commit}`, 'this tree', 'change'], rows));
    process.stdout.write('\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    base.remove();
  }
}

if (require.main === module) main();
