/**
 * Where Copydesk spends its time: runs one workload under `node --cpu-prof`
 * and lists the functions with the most self time, with the source file each
 * comes from (read from esbuild's `// src/...` markers in a readable bundle it builds).
 *
 *   npx tsx bench/profile.ts [--workload drafts|large|cold] [--words N] [--top N] [--corpus DIR]
 *   npx tsx bench/profile.ts --compare 10000,100000   which functions grow faster than the text
 *   npx tsx bench/profile.ts --family "unknown lowercase words" [--chars 100000]   one adversarial family
 *
 * drafts: 2,000-word drafts, warm, as on every keystroke; large: one N-word
 * manuscript (default 100,000); cold: a fresh process to its first result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { joinedText, listCorpusFiles, loadArticles, makeDrafts } from './lib/corpus';
import { table } from './lib/table';

const ROOT = resolve(__dirname, '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Start line (0-based) of each bundled source file in dist/index.js. */
function bundleSections(bundle: string): { line: number; file: string }[] {
  const sections: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
    if (m) sections.push({ line, file: m[1] });
  });
  return sections;
}

function sourceFileOf(url: string, line: number, sections: { line: number; file: string }[]): string {
  if (!url.endsWith('dist/index.js')) return url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '') || '(native)';
  let file = 'dist/index.js';
  for (const section of sections) {
    if (section.line > line) break;
    file = section.file;
  }
  return file;
}

export interface HotSpot {
  fn: string;
  file: string;
  line: number;
  selfMs: number;
  share: number;
}

/** Self time per function, heaviest first. */
export function hotSpots(profile: CpuProfile, sections: { line: number; file: string }[]): { total: number; spots: HotSpot[]; byFile: { file: string; selfMs: number; share: number }[] } {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, HotSpot>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += us;
    const file = sourceFileOf(url, lineNumber, sections);
    const key = `${functionName}\u0000${url}\u0000${lineNumber}`;
    const spot = byFunction.get(key) ?? { fn: functionName || '(anonymous)', file, line: lineNumber + 1, selfMs: 0, share: 0 };
    spot.selfMs += us / 1000;
    byFunction.set(key, spot);
    byFile.set(file, (byFile.get(file) ?? 0) + us / 1000);
  }
  const totalMs = total / 1000;
  const spots = [...byFunction.values()].map((s) => ({ ...s, share: s.selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs);
  const files = [...byFile.entries()].map(([file, selfMs]) => ({ file, selfMs, share: selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs);
  return { total: totalMs, spots, byFile: files };
}

/** Runs the probe under --cpu-prof and returns its hot spots. */
function profileRun(args: string[], tmp: string, dist: string, script = [join(__dirname, 'probes', 'copydesk.cjs')]): ReturnType<typeof hotSpots> {
  const dir = mkdtempSync(join(tmp, 'prof-'));
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, COPYDESK_BENCH_DIST: dist },
  });
  if (run.status !== 0) throw new Error(`profiled run failed: ${run.stderr}`);
  const profileFile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error('no .cpuprofile written');
  const profile = JSON.parse(readFileSync(join(dir, profileFile), 'utf8')) as CpuProfile;
  return hotSpots(profile, bundleSections(readFileSync(join(dist, 'index.js'), 'utf8')));
}

/**
 * A readable bundle of src/index.ts (dist/ may be a minified production build),
 * with the compiled dictionaries beside it where the speller looks for them.
 */
function readableBuild(tmp: string): string {
  const dist = join(tmp, 'dist');
  buildSync({ entryPoints: [join(ROOT, 'src', 'index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: join(dist, 'index.js'), minify: false, logLevel: 'silent', define: { COPYDESK_VERSION: '"profile"' } });
  cpSync(join(ROOT, 'dist', 'dictionaries'), join(dist, 'dictionaries'), { recursive: true });
  return dist;
}

const shortName = (fn: string) => (fn.length > 60 ? `${fn.slice(0, 57)}...` : fn);

function printSpots(title: string, result: ReturnType<typeof hotSpots>, top: number): void {
  const { total, spots, byFile } = result;
  process.stdout.write(`${title}; ${total.toFixed(0)} ms of samples (idle excluded)\n\nBy source file (self time)\n`);
  process.stdout.write(`${table(['file', 'self ms', 'share'], byFile.slice(0, 15).map((f) => [f.file, f.selfMs, `${(f.share * 100).toFixed(1)}%`]))}\n\nHot functions (self time)\n`);
  process.stdout.write(`${table(['function', 'file', 'bundle line', 'self ms', 'share'], spots.slice(0, top).map((s) => [shortName(s.fn), s.file, String(s.line), s.selfMs, `${(s.share * 100).toFixed(1)}%`]))}\n`);
}

/**
 * The same manuscript workload at two lengths: functions whose self time grows
 * much faster than the text are the super-linear ones.
 */
function printGrowth(small: ReturnType<typeof hotSpots>, large: ReturnType<typeof hotSpots>, factor: number, top: number): void {
  const key = (s: HotSpot) => `${s.fn}\u0000${s.file}\u0000${s.line}`;
  const before = new Map(small.spots.map((s) => [key(s), s.selfMs]));
  const rows = large.spots
    .filter((s) => s.selfMs >= 20)
    .map((s) => ({ s, growth: s.selfMs / Math.max(before.get(key(s)) ?? 0, 0.5) }))
    .sort((a, b) => b.growth * b.s.selfMs - a.growth * a.s.selfMs)
    .slice(0, top);
  process.stdout.write(`\nSelf time growth for ${factor}x the words (about ${factor}x is linear; well above it is super-linear)\n`);
  process.stdout.write(`${table(['function', 'file', 'bundle line', 'small ms', 'large ms', 'growth'], rows.map(({ s, growth }) => [shortName(s.fn), s.file, String(s.line), before.get(key(s)) ?? 0, s.selfMs, `${growth.toFixed(1)}x${growth > factor * 1.5 ? ' !' : ''}`]))}\n`);
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { workload: { type: 'string' }, words: { type: 'string' }, top: { type: 'string' }, corpus: { type: 'string' }, drafts: { type: 'string' }, compare: { type: 'string' }, family: { type: 'string' }, chars: { type: 'string' } },
  });
  const workload = values.workload ?? 'drafts';
  const top = Number(values.top ?? 25);
  const corpus = resolve(values.corpus ?? join(ROOT, '../shared/corpus/bbc-news'));
  const articles = loadArticles(listCorpusFiles(corpus));
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-profile-'));
  const dist = readableBuild(tmp);
  const manuscript = (words: number) => {
    const file = join(tmp, `job-${words}.json`);
    writeFileSync(file, JSON.stringify({ docs: [{ words, text: joinedText(articles, words), reps: 3 }] }));
    return ['growth', file];
  };
  try {
    if (values.compare) {
      const [small, large] = values.compare.split(',').map(Number);
      if (!(small > 0 && large > small)) throw new Error('--compare takes SMALL,LARGE word counts, for example 10000,100000');
      const a = profileRun(manuscript(small), tmp, dist);
      const b = profileRun(manuscript(large), tmp, dist);
      printSpots(`Manuscript of ${large} words`, b, top);
      printGrowth(a, b, large / small, top);
      return;
    }
    if (values.family) {
      // The adversarial bench's own probe: one lint of the family's draft, after a warm-up.
      const probe = ['--import', 'tsx', join(__dirname, 'adversarial.ts')];
      printSpots(`Adversarial family: ${values.family}`, profileRun(['--probe', values.family, '--sizes', values.chars ?? '100000'], tmp, dist, probe), top);
      return;
    }
    let args: string[];
    if (workload === 'cold') {
      const file = join(tmp, 'cold.txt');
      writeFileSync(file, joinedText(articles, 2000));
      args = ['cold', file];
    } else if (workload === 'large') {
      args = manuscript(Number(values.words ?? 100_000));
    } else if (workload === 'drafts') {
      const file = join(tmp, 'job.json');
      writeFileSync(file, JSON.stringify({ drafts: makeDrafts(articles, 2000, Number(values.drafts ?? 100)), passes: 3 }));
      args = ['detail', file];
    } else {
      throw new Error(`unknown workload "${workload}": drafts, large or cold`);
    }
    printSpots(`Workload: ${workload}`, profileRun(args, tmp, dist), top);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) main();
