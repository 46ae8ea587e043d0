/**
 * What reading a corpus's drafts costs, each way readDraftFile reads: a path looked at first
 * (`stat`, then open: the editor's and `copydesk quotes`'s way) or a file the CLI listed as a
 * regular file, opened first and looked at through the open file. Each way runs in fresh
 * processes, taking turns, as a CLI check reads each file once:
 *
 *   npx tsx bench/read-files.ts [--processes N]
 *
 * Prints the median CPU time (user and system) of reading every draft of each shared corpus.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDraftFile } from '../src/engine/batch';
import { listCorpusFiles } from './lib/corpus';
import { median } from './lib/stats';
import { table } from './lib/table';

const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(__dirname, '../../shared/corpus', name));
const WAYS = { 'path looked at first': false, 'listed, opened first': true } as const;

/** In a child: reads every draft of `corpus` one way and prints the CPU time it took. */
function readAll(corpus: string, listed: boolean): void {
  const files = listCorpusFiles(corpus);
  const start = process.cpuUsage();
  let read = 0;
  for (const file of files) if ('draft' in readDraftFile(file, 1 << 20, '--max-file-size', listed)) read++;
  const used = process.cpuUsage(start);
  process.stdout.write(JSON.stringify({ ms: (used.user + used.system) / 1000, read }));
}

function main(): void {
  const { values } = parseArgs({ options: { processes: { type: 'string' }, child: { type: 'string' }, listed: { type: 'string' } } });
  if (values.child) return readAll(values.child, values.listed === 'true');
  const processes = Number(values.processes ?? 7);
  const rows: string[][] = [];
  for (const corpus of CORPORA) {
    const times = new Map<string, number[]>(Object.keys(WAYS).map((way) => [way, []]));
    for (let p = 0; p < processes; p++) {
      for (const [way, listed] of Object.entries(WAYS)) {
        const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', corpus, '--listed', String(listed)], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(run.stderr);
        times.get(way)!.push(JSON.parse(run.stdout).ms);
      }
    }
    for (const [way, ms] of times) rows.push([corpus.split('/').pop()!, way, `${median(ms).toFixed(1)} ms`]);
  }
  console.log(`Reading every draft, CPU time, median of ${processes} processes each:\n`);
  console.log(table(['corpus', 'way', 'CPU'], rows));
}

main();
