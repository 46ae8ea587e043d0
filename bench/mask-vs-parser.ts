/**
 * The hand-written Markdown mask (src/engine/model/mask.ts) against markdown-it, a
 * maintained CommonMark parser: on each CommonMark spec example, do both leave the same
 * words as prose? And what does each cost per 2,000-word draft?
 *
 *   npx tsx bench/mask-vs-parser.ts [--spec path/to/commonmark-spec] [--corpus DIR]
 *
 * The spec examples come from the `commonmark-spec` npm package (not a dependency:
 * `npm install --no-save commonmark-spec`, or pass --spec with its folder).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { maskDraft } from '../src/engine/model/mask';
import { loadArticles, listCorpusFiles, makeDrafts } from './lib/corpus';

interface SpecExample {
  markdown: string;
  section: string;
  number: number;
}

/** The little of markdown-it used here (it comes with @vscode/vsce; its types are not installed). */
interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (preset: string) => { parse(source: string, env: object): Token[] };

const WORD = /[\p{L}\p{N}]+/gu;
const md = new MarkdownIt('commonmark');

/** The words markdown-it leaves as prose: text inside inline tokens, outside code, HTML, images and link targets. */
function parserWords(markdown: string): string[] {
  const words: string[] = [];
  const walk = (tokens: Token[]) => {
    let inImage = 0;
    for (const t of tokens) {
      if (t.type === 'image') inImage++;
      if (t.type === 'text' && !inImage) words.push(...(t.content.match(WORD) ?? []));
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return words;
}

function maskWords(markdown: string): string[] {
  return maskDraft(markdown, true, 0).prose.match(WORD) ?? [];
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function timePerDraft(drafts: string[], run: (text: string) => unknown): number {
  for (const d of drafts.slice(0, 5)) run(d); // warm the JIT
  const started = performance.now();
  for (let round = 0; round < 3; round++) for (const d of drafts) run(d);
  return (performance.now() - started) / (3 * drafts.length);
}

function main(): void {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, corpus: { type: 'string' } } });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const spec = require(values.spec ? resolve(values.spec) : 'commonmark-spec') as { tests: SpecExample[] };
  const bySection = new Map<string, { agree: number; total: number }>();
  let agree = 0;
  for (const example of spec.tests) {
    const text = example.markdown.replace(/→/g, '\t');
    const ok = sameWords(maskWords(text), parserWords(text));
    if (ok) agree++;
    const section = bySection.get(example.section) ?? { agree: 0, total: 0 };
    section.total++;
    if (ok) section.agree++;
    bySection.set(example.section, section);
  }
  process.stdout.write(`CommonMark spec examples where the mask leaves the same prose words as markdown-it: ${agree} of ${spec.tests.length}\n`);
  for (const [section, { agree: a, total }] of [...bySection].sort((x, y) => x[1].agree / x[1].total - y[1].agree / y[1].total)) {
    if (a < total) process.stdout.write(`  ${section}: ${a}/${total}\n`);
  }
  const corpus = resolve(values.corpus ?? resolve(__dirname, '../../shared/corpus/bbc-news'));
  const drafts = makeDrafts(loadArticles(listCorpusFiles(corpus).slice(0, 400)), 2000, 40);
  const maskMs = timePerDraft(drafts, (d) => maskDraft(d, true, 0));
  const parserMs = timePerDraft(drafts, (d) => md.parse(d, {}));
  process.stdout.write(`Per 2,000-word draft (${drafts.length} drafts, 3 rounds): mask ${maskMs.toFixed(3)} ms, markdown-it parse ${parserMs.toFixed(3)} ms (${(parserMs / maskMs).toFixed(1)}x)\n`);
}

main();
