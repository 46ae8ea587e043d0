/**
 * CPU time of layers of the model build in this tree against an earlier commit, over each shared corpus:
 *
 *   npx tsx bench/layer-cost.ts [--base REV] [--layers segment,quotations,build,lint] [--processes N] [--rounds N] [--first]
 *
 * REV defaults to HEAD (to measure uncommitted work). Each layer is bundled as the CLI is (esbuild,
 * one file), since run through tsx every imported function is reached through a getter and the
 * figures say more about the loader than the code. Both builds run in fresh processes taking turns,
 * so both see the same load; a process lints the corpus `--rounds` times and reports the median
 * CPU time of the rounds after the first (the first pays for compiling). The figure is the median
 * over processes. With `--first`, the figure is the first round's CPU time on the main thread alone
 * (from /proc/thread-self/schedstat, where Linux has it): what a CLI run, which lints each draft once,
 * pays for the layer, V8's compiling of its code and patterns included and its compiler threads left out
 * (`fullnames`, `speakers` and `dates` build their models in the first round, so there it times that too).
 *
 * Layers: `mask` (maskDraft), `segment` (paragraphs, sentences, words), `quotations` (findQuotations
 * on the segmented prose), `build` (buildModel, which reads names for anonymous speakers), `dates` (findDates on models built in the first round), `lint`
 * (lintDocument with every rule), `fullnames` (linkFullNames, the reading of full and titled names
 * alone, on models built in the first round), `speakers` (what the names cost the speakers: on models built
 * in the first round, each given a names layer not yet read: resolveAnonymousSpeakers, which asks
 * again about the speakers the build left unresolved, and quote/speaker-unidentified's check). The runner calls the engine's own functions, so a base whose
 * signatures differ (much older commits) cannot be measured this way; compare-builds can.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { buildRevision } from './compare-builds';
import { median } from './lib/stats';
import { formatNumber, table } from './lib/table';

const ROOT = resolve(__dirname, '..');
const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(ROOT, '../shared/corpus', name));
const LAYERS = ['mask', 'segment', 'quotations', 'build', 'lint', 'fullnames', 'speakers', 'dates'] as const;

/** The runner, bundled against one source tree; it reads the corpus, then times one layer. */
export function runnerSource(srcRoot: string): string {
  const from = (path: string) => JSON.stringify(join(srcRoot, 'src', path));
  return `
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { maskDraft } from ${from('engine/model/mask')};
import { findParagraphs } from ${from('engine/model/segment')};
import { segmentParagraph } from ${from('engine/model/segment-cache')};
import { findQuotations } from ${from('engine/model/quotations')};
import { buildModel } from ${from('engine/model/build')};
import { findDates } from ${from('engine/model/dates')};
import { languageIdFor, lintDocument } from ${from('engine/lint')};
import { allRules } from ${from('rules')};
// A namespace: a base older than linkFullNames still bundles (its other layers can be timed).
import * as names from ${from('engine/model/names')};
// Namespaces again: a base with no lazy names layer or no resolveAnonymousSpeakers still bundles.
import * as speakers from ${from('engine/model/speakers')};
import { speakerUnidentified } from ${from('rules/quote/speaker-unidentified')};

const [corpus, layer, rounds, first] = [process.argv[2], process.argv[3], Number(process.argv[4]), process.argv[5] === 'first'];
const files = [];
const walk = (dir) => { for (const name of readdirSync(dir).sort()) { const path = join(dir, name); if (statSync(path).isDirectory()) walk(path); else if (/\\.(txt|md)$/.test(name)) files.push(path); } };
walk(corpus);
const mainThread = () => { try { return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return undefined; } };
const cpu = first && mainThread() !== undefined ? mainThread : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const segment = (prose, mask, markdown) => {
  const paragraphs = [], sentences = [], words = [];
  for (const bare of findParagraphs(prose, mask, markdown)) {
    const paragraph = { start: bare.start, end: bare.end, index: bare.index, kind: bare.kind, sentenceStart: 0, sentenceEnd: 0 };
    segmentParagraph(prose, paragraph, sentences, words);
    paragraphs.push(paragraph);
  }
  return paragraphs;
};
const drafts = files.map((path) => {
  const text = readFileSync(path, 'utf8').replace(/^\\uFEFF/, '');
  const languageId = languageIdFor(path);
  const markdown = languageId === 'markdown';
  const mask = maskDraft(text, markdown, 0);
  return { path, text, languageId, markdown, mask, paragraphs: segment(mask.prose, mask, markdown) };
});
const tasks = {
  mask: (d) => maskDraft(d.text, d.markdown, 0),
  segment: (d) => segment(d.mask.prose, d.mask, d.markdown),
  quotations: (d) => findQuotations(d.mask.prose, d.paragraphs),
  build: (d) => buildModel(d.text, { filePath: d.path, languageId: d.languageId, config: {}, today: '2026-01-01' }),
  lint: (d) => lintDocument(d.text, { filePath: d.path, rules: allRules, today: '2026-01-01' }),
  fullnames: (d) => names.linkFullNames((d.model ??= buildModel(d.text, { filePath: d.path, languageId: d.languageId, config: {}, today: '2026-01-01' }))),
  dates: (d) => findDates((d.model ??= buildModel(d.text, { filePath: d.path, languageId: d.languageId, config: {}, today: '2026-01-01' }))),
  speakers: (d) => {
    const model = (d.model ??= buildModel(d.text, { filePath: d.path, languageId: d.languageId, config: {}, today: '2026-01-01' }));
    // A names layer of the build's class, not yet read (a base that builds the layer whole keeps it).
    const Names = (d.Names ??= model.names.constructor);
    if (Names !== Object) model.names = new Names(model);
    speakers.resolveAnonymousSpeakers?.(model);
    speakerUnidentified.check({ model, config: {}, options: {}, report: () => {} });
  },
};
const task = tasks[layer];
const times = [];
for (let round = 0; round < rounds; round++) {
  const start = cpu();
  for (const d of drafts) task(d);
  times.push(cpu() - start);
}
const later = times.slice(1).sort((a, b) => a - b);
console.log(first ? times[0] : later[Math.floor(later.length / 2)]);
`;
}

/** Bundles the runner against `srcRoot` into `dir`, where the dictionaries it needs are found. */
export function bundleRunner(srcRoot: string, dir: string): string {
  const outfile = join(dir, 'layer-runner.js');
  buildSync({ stdin: { contents: runnerSource(srcRoot), resolveDir: srcRoot, loader: 'ts' }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
  return outfile;
}

/** Prints `rows` (of changeRow) under `heading`, the first column headed `what`. */
export function printChanges(heading: string, what: string, baseCommit: string, rows: string[][]): void {
  process.stdout.write(`\n${heading}:\n\n${table([what, `base ${baseCommit}`, 'this tree', 'change'], rows)}\n`);
}

/** A table row: what was timed, the base's and this tree's milliseconds, and the change. */
export function changeRow(label: string, baseMs: number, headMs: number): string[] {
  const pct = ((headMs - baseMs) / baseMs) * 100;
  return [label, `${formatNumber(baseMs)} ms`, `${formatNumber(headMs)} ms`, `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`];
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { base: { type: 'string' }, layers: { type: 'string' }, processes: { type: 'string' }, rounds: { type: 'string' }, first: { type: 'boolean' } } });
  const layers = (values.layers ?? 'segment,quotations,build').split(',');
  const unknown = layers.find((l) => !(LAYERS as readonly string[]).includes(l));
  if (unknown) throw new Error(`--layers takes ${LAYERS.join(', ')}, not "${unknown}"`);
  const processes = Number(values.processes ?? 3);
  const rounds = values.first ? 1 : Number(values.rounds ?? 5);
  if (!existsSync(join(ROOT, 'dist', 'dictionaries'))) throw new Error('run "npm run build" first: the runner needs dist/dictionaries');
  const base = buildRevision(values.base ?? 'HEAD');
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-layers-'));
  try {
    symlinkSync(join(ROOT, 'dist', 'dictionaries'), join(tmp, 'dictionaries'), 'dir');
    const runners = [bundleRunner(resolve(base.dist, '..'), base.dist), bundleRunner(ROOT, tmp)];
    const rows: string[][] = [];
    for (const corpus of CORPORA.filter((dir) => existsSync(dir))) {
      for (const layer of layers) {
        const samples: number[][] = [[], []];
        for (let p = 0; p < processes; p++) {
          for (const b of p % 2 === 0 ? [0, 1] : [1, 0]) {
            samples[b].push(Number(execFileSync(process.execPath, [runners[b], corpus, layer, String(rounds), values.first ? 'first' : 'later'], { encoding: 'utf8' }).trim()));
          }
        }
        const [baseMs, headMs] = samples.map(median);
        rows.push(changeRow(`${corpus.split('/').pop()}, ${layer}`, baseMs, headMs));
      }
    }
    const each = values.first ? 'the first pass, main-thread CPU' : `the median of ${rounds - 1} rounds after the first`;
    printChanges(`CPU time per pass over the corpus, median of ${processes} processes (each ${each})`, 'layer', base.commit, rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    base.remove();
  }
}

if (require.main === module) main();
