/**
 * What the names layer costs, over both shared corpora:
 *
 *   npx tsx bench/names-layer.ts [--rounds N]
 *
 * Lints every story with every rule, counts the drafts whose rules made the layer be built
 * (it is built on first read, see src/engine/model/lazy-layer.ts), then times, in CPU time of
 * this process (steady rounds, after a warm-up), building the layer for each of those drafts
 * against their whole lint. CPU time, not wall time: the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintDocument } from '../src/engine/lint';
import { LazyNames } from '../src/engine/model/lazy-layer';
import { findNames } from '../src/engine/model/names';
import type { TextModel } from '../src/engine/model/types';
import { allRules } from '../src/rules';
import { listCorpusFiles } from './lib/corpus';
import { median } from './lib/stats';

const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(__dirname, '..', '..', 'shared', 'corpus', name));
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;

const files = CORPORA.flatMap((dir) => listCorpusFiles(dir));
const texts = files.map((file) => readFileSync(file, 'utf8'));
const cpuMs = (run: () => void): number => {
  const started = process.cpuUsage();
  run();
  return process.cpuUsage(started).user / 1000;
};

const built: TextModel[] = [];
texts.forEach((text, i) => {
  const { model } = lintDocument(text, { filePath: files[i], rules: allRules });
  if ((model.names as LazyNames).isBuilt) built.push(model);
});
const lints: number[] = [];
const layers: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const lint = cpuMs(() => texts.forEach((text, i) => lintDocument(text, { filePath: files[i], rules: allRules })));
  const layer = cpuMs(() => built.forEach((model) => findNames(model)));
  // Round 0 warms the compiler and the dictionaries up.
  if (round > 0) {
    lints.push(lint);
    layers.push(layer);
  }
}
const lint = median(lints);
const layer = median(layers);
console.log(`${files.length} stories; ${built.length} built the names layer in a lint with every rule`);
console.log(`CPU per round (median of ${ROUNDS}): every lint ${lint.toFixed(0)} ms, the names layers they built ${layer.toFixed(0)} ms = ${((100 * layer) / lint).toFixed(1)}% of linting`);
