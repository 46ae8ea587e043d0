/**
 * Why dictionaries load as a prebuilt hash table (src/engine/dictionary/hash-table.ts): the
 * en-GB word list read as its table and text, against the same words read and put in a Set,
 * each in a fresh process (a load happens once per process), alternating, five rounds.
 *
 *   npm run build && npx tsx bench/hash-table-load.ts
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { median } from './lib/stats';

const DIR = resolve(__dirname, '..', 'dist', 'dictionaries');
const WAYS: Record<string, string> = {
  'prebuilt table': `
    const { readFileSync } = require('node:fs');
    const t0 = performance.now();
    const units = new Uint16Array(readFileSync(${JSON.stringify(join(DIR, 'en-GB.words.units'))}).buffer.slice(0));
    const table = new Int32Array(readFileSync(${JSON.stringify(join(DIR, 'en-GB.words.table'))}).buffer.slice(0));
    process.stdout.write(String(performance.now() - t0) + ' ' + (units.length + table.length));`,
  'words into a Set': `
    const { readFileSync } = require('node:fs');
    const t0 = performance.now();
    const bytes = readFileSync(${JSON.stringify(join(DIR, 'en-GB.words.units'))});
    const text = new TextDecoder('utf-16le').decode(bytes);
    const words = new Set(text.split('\\n').map((line) => line.split('\\t')[0]));
    process.stdout.write(String(performance.now() - t0) + ' ' + words.size);`,
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(WAYS).map((k) => [k, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, code] of Object.entries(WAYS)) {
    const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    times[name].push(Number(run.stdout.split(' ')[0]));
  }
}
for (const [name, ms] of Object.entries(times)) console.log(`${name}: median ${median(ms).toFixed(1)} ms (${ms.map((m) => m.toFixed(0)).join(', ')})`);
