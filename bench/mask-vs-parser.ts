/**
 * The Markdown mask (src/engine/model/mask.ts, built on markdown-it) against markdown-it's
 * own reading: on each CommonMark spec example, does the prose the mask leaves (through its
 * offset mapping) hold the same words as markdown-it's text tokens? And what does the mask
 * cost per 2,000-word draft?
 *
 *   npx tsx bench/mask-vs-parser.ts [--spec path/to/commonmark-spec] [--corpus DIR] [--base REV] [--show N]
 *
 * --base REV also times that commit's mask and text model, in the same run, taking turns
 * (it is exported to a temporary folder and its word lists built); --base may also name a
 * folder holding a built tree (src/ and dist/dictionaries/), such as this tree with only
 * the mask reverted. --show prints the first N disagreements.
 * The spec examples come from the `commonmark-spec` npm package (a devDependency).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/engine/model/build';
import { maskDraft } from '../src/engine/model/mask';
import { loadArticles, listCorpusFiles, makeDrafts } from './lib/corpus';
import { compareWithParser, parserWordsOf, specExamples, type SpecExample } from './lib/spec-agreement';

const ROOT = resolve(__dirname, '..');

type Mask = typeof maskDraft;
type Build = typeof buildModel;

/** An earlier commit, exported to a temporary folder, with its own word lists built (their format changes). */
function exportRevision(rev: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-mask-base-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('sh', ['-c', `git archive ${rev} | tar -x -C ${dir}`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-dictionaries.ts'], { cwd: dir, stdio: 'ignore' });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

function draftsOf(corpus: string): string[] {
  return makeDrafts(loadArticles(listCorpusFiles(corpus).slice(0, 400)), 2000, 40);
}

/**
 * A corpus draft with the Markdown a desk adds: some paragraphs made headings, list items
 * or quotes, a first word in bold, a link on the first "the" of each paragraph.
 */
function markedUp(draft: string): string {
  const decorations = ['## ', '- ', '> ', '', '', '', '1. ', '', '', ''];
  return draft
    .split('\n\n')
    .map((paragraph, i) => decorations[i % decorations.length] + paragraph.replace(/^(\S+)/, '**$1**').replace(/ the /, ' [the](https://example.com/story "Story") '))
    .join('\n\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** In a process of its own: CPU ms per draft for the mask and the text model of the tree at `root`, median of 5 rounds. */
function probe(root: string, corpus: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const mask = (require(join(root, 'src/engine/model/mask.ts')) as { maskDraft: Mask }).maskDraft;
  const build = (require(join(root, 'src/engine/model/build.ts')) as { buildModel: Build }).buildModel;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const drafts = process.env.MARKED_UP ? draftsOf(corpus).map(markedUp) : draftsOf(corpus);
  const options = { languageId: 'markdown', config: {}, today: '2025-03-15' };
  // CPU time, not wall time: this machine is shared, and waiting for a core is not the mask's cost.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const timeOf = (run: (d: string) => unknown) => {
    for (const d of drafts) run(d); // warm the JIT (markdown-it is a lot of code to optimise)
    const rounds: number[] = [];
    for (let round = 0; round < 5; round++) {
      const started = cpuMs();
      for (const d of drafts) run(d);
      rounds.push((cpuMs() - started) / drafts.length);
    }
    return median(rounds);
  };
  // The model first: its rounds warm the mask's code as a session of lints would.
  const modelMs = timeOf((d) => build(d, options));
  const maskMs = timeOf((d) => mask(d, true, 0));
  process.stdout.write(`${JSON.stringify({ maskMs, modelMs })}\n`);
}

/**
 * Ms per draft of each tree, each measured in fresh processes taken in turns (loading two
 * trees into one process skews the comparison by more than the difference measured).
 */
function timeTrees(trees: Record<string, string>, corpus: string, markUp: boolean, processes = 6): Record<string, { maskMs: number; modelMs: number }> {
  const samples: Record<string, { maskMs: number; modelMs: number }[]> = Object.fromEntries(Object.keys(trees).map((name) => [name, []]));
  for (let run = 0; run < processes; run++) {
    const names = run % 2 ? Object.keys(trees).reverse() : Object.keys(trees);
    for (const name of names) {
      const env = { ...process.env, MARKED_UP: markUp ? '1' : '' };
      const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--probe', trees[name], '--corpus', corpus], { cwd: ROOT, encoding: 'utf8', env });
      samples[name].push(JSON.parse(out.trim().split('\n').pop()!) as { maskMs: number; modelMs: number });
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, { maskMs: median(runs.map((r) => r.maskMs)), modelMs: median(runs.map((r) => r.modelMs)) }]));
}

function main(): void {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, corpus: { type: 'string' }, base: { type: 'string' }, show: { type: 'string' }, probe: { type: 'string' } } });
  const corpus = resolve(values.corpus ?? resolve(ROOT, '../shared/corpus/bbc-news'));
  if (values.probe) return probe(values.probe, corpus);
  const examples: SpecExample[] = specExamples(values.spec);
  const base = values.base === undefined ? undefined : existsSync(values.base) ? { dir: resolve(values.base), remove: () => {} } : exportRevision(values.base);
  try {
    const report = (label: string, mask: Mask) => {
      const result = compareWithParser(examples, (text) => mask(text, true, 0).prose);
      process.stdout.write(`${label}: the mask leaves the same prose words as markdown-it on ${result.agree} of ${examples.length} CommonMark spec examples\n`);
      for (const [section, { agree, total }] of result.bySection) if (agree < total) process.stdout.write(`  ${section}: ${agree}/${total}\n`);
      return result;
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (base) report(`${values.base}`, (require(join(base.dir, 'src/engine/model/mask.ts')) as { maskDraft: Mask }).maskDraft);
    const now = report('this tree', maskDraft);
    for (const example of now.disagreements.slice(0, Number(values.show ?? 0))) {
      const text = example.markdown.replace(/→/g, '\t');
      process.stdout.write(`\n#${example.number} (${example.section}) ${JSON.stringify(text)}\n  mask:   ${(maskDraft(text, true, 0).prose.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')}\n  parser: ${parserWordsOf(text).join(' ')}\n`);
    }

    const trees: Record<string, string> = { 'this tree': ROOT, ...(base ? { [values.base!]: base.dir } : {}) };
    for (const markUp of [false, true]) {
      const ms = timeTrees(trees, corpus, markUp);
      process.stdout.write(`\nCPU time per 2,000-word Markdown draft, ${markUp ? 'marked up (headings, lists, quotes, bold, links)' : 'as the corpus has it (paragraphs)'} (${draftsOf(corpus).length} drafts; median of 5 rounds per process, median of 6 processes taken in turns):\n`);
      for (const [name, { maskMs, modelMs }] of Object.entries(ms)) process.stdout.write(`  ${name}: mask ${maskMs.toFixed(3)} ms, text model ${modelMs.toFixed(3)} ms\n`);
    }
  } finally {
    base?.remove();
  }
}

main();
