/**
 * Why the segmenter decides ASCII characters by their code and leaves only the rest to
 * Unicode property classes (src/engine/model/char-class.ts): both ways over the same
 * 100,000 words of BBC copy, in one process, alternating, five rounds.
 *
 *   npx tsx bench/char-class.ts [--corpus DIR]
 */
import { join, resolve } from 'node:path';
import { isWordChar } from '../src/engine/model/char-class';
import { joinedText, listCorpusFiles, loadArticles } from './lib/corpus';
import { median } from './lib/stats';

const corpusAt = process.argv.indexOf('--corpus');
const corpus = resolve(corpusAt >= 0 ? process.argv[corpusAt + 1] : join(__dirname, '..', '..', 'shared', 'corpus', 'bbc-news'));
const text = joinedText(loadArticles(listCorpusFiles(corpus)), 100_000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function count(test: (text: string, i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (test(text, i)) n++;
  return n;
}

const ways = { 'char code, then class': isWordChar, 'class only': (s: string, i: number) => WORD_CHAR.test(s[i]) };
const times: Record<string, number[]> = { 'char code, then class': [], 'class only': [] };
for (let round = 0; round < 5; round++) {
  for (const [name, test] of Object.entries(ways)) {
    const t0 = performance.now();
    const n = count(test);
    times[name].push(performance.now() - t0);
    if (n === 0) throw new Error('no word characters found');
  }
}
for (const [name, ms] of Object.entries(times)) console.log(`${name}: median ${median(ms).toFixed(1)} ms for ${text.length.toLocaleString('en')} characters`);
