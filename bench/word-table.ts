/**
 * Time of WordTable look-ups (the spelling pass's one per word of every draft), this tree
 * against an earlier commit, with the processor's caches emptied before each draft as the
 * rest of a lint empties them:
 *
 *   npx tsx bench/word-table.ts [--base REV] [--corpora bbc-news,reuters-world] [--rounds N]
 *
 * The words are each draft's runs of letters (as findWords cuts them, near enough), each a
 * fresh string as the model's are. Both tables run in one process, taking turns round by
 * round; the first round numbers every spelling, later ones find them (as most look-ups of a
 * CLI run do). Only the look-ups are timed; the figure is the median of the later rounds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { changeRow } from './layer-cost';
import { median } from './lib/stats';
import { table } from './lib/table';

const ROOT = resolve(__dirname, '..');
const FILES = ['src/engine/dictionary/word-memo.ts', 'src/engine/dictionary/hash-table.ts'];

interface Table {
  idOf(key: string): number;
  add(key: string): number;
}

/** WordTable bundled from its two files as they are at `rev`, or in this tree (rev undefined), as the CLI bundles it. */
function bundledTable(rev: string | undefined, dir: string): new () => Table {
  for (const file of FILES) {
    mkdirSync(join(dir, 'src/engine/dictionary'), { recursive: true });
    writeFileSync(join(dir, file), rev ? execFileSync('git', ['show', `${rev}:${file}`], { cwd: ROOT, encoding: 'utf8' }) : readFileSync(join(ROOT, file), 'utf8'));
  }
  const outfile = join(dir, 'word-table.js');
  buildSync({ entryPoints: [join(dir, FILES[0])], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile).WordTable;
}

function draftsOf(corpus: string): string[][] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(name)) files.push(path);
    }
  };
  walk(corpus);
  return files.map((file) => [...readFileSync(file, 'utf8').matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu)].map((m) => m[0]).filter((word) => !/\d/.test(word)));
}

/** Writes over more memory than the processor's caches hold. */
const filler = new Int32Array(6 << 20);
function emptyCaches(): void {
  for (let i = 0; i < filler.length; i += 16) filler[i] += i;
}

function lookUpAll(t: Table, drafts: string[][]): number {
  let spent = 0;
  let sum = 0;
  for (const words of drafts) {
    emptyCaches();
    const fresh = words.map((word) => (' ' + word).slice(1));
    const start = process.hrtime.bigint();
    for (const word of fresh) {
      const id = t.idOf(word);
      sum += id >= 0 ? id : t.add(word);
    }
    spent += Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sum < 0) throw new Error('unreachable');
  return spent;
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { base: { type: 'string' }, corpora: { type: 'string' }, rounds: { type: 'string' } } });
  const rev = values.base ?? 'HEAD';
  const rounds = Math.max(2, Number(values.rounds ?? 3));
  const corpora = (values.corpora ?? 'bbc-news,reuters-world').split(',').map((name) => resolve(ROOT, '../shared/corpus', name));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-word-table-'));
  try {
    const Base = bundledTable(rev, join(dir, 'base'));
    const Head = bundledTable(undefined, join(dir, 'head'));
    const rows: string[][] = [];
    for (const corpus of corpora.filter((path) => existsSync(path))) {
      const drafts = draftsOf(corpus);
      const tables = [new Base(), new Head()];
      const times: number[][] = [[], []];
      for (let round = 0; round < rounds; round++) {
        for (const b of round % 2 === 0 ? [0, 1] : [1, 0]) times[b].push(lookUpAll(tables[b], drafts));
      }
      rows.push(changeRow(`${corpus.split('/').pop()}, first round`, times[0][0], times[1][0]));
      rows.push(changeRow(`${corpus.split('/').pop()}, later rounds`, median(times[0].slice(1)), median(times[1].slice(1))));
    }
    process.stdout.write(`\nWordTable look-ups over each corpus, caches emptied before each draft (ms; later rounds: median of ${rounds - 1}):\n\n`);
    process.stdout.write(table(['look-ups', `base ${rev}`, 'this tree', 'change'], rows));
    process.stdout.write('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
