/**
 * Whether spelling's placeMeant (is a slip for a gazetteer place written where the place would
 * be?) answers without the whole names layer as it does with it, over both shared corpora:
 *
 *   npx tsx bench/place-shortcuts.ts
 *
 * For every capitalised word of every story, asked as a slip for a place and for a nationality:
 * placeMeant on a model whose names layer is not built (spanOfMentionCovering and
 * personMentionCovering tell where they can) against the same reading on the whole layer's
 * mention covering the word. A model whose layer a question built is replaced by a fresh one, so
 * the shortcuts meet every word. Prints the questions, the differences (must be 0), and how many
 * questions still built the layer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { languageIdFor } from '../src/engine/lint';
import { buildModel } from '../src/engine/model/build';
import type { LazyNames } from '../src/engine/model/lazy-layer';
import type { GazetteerEntry } from '../src/engine/dictionary/word-list';
import { placeMeant, placeMeantInLayer } from '../src/engine/spelling/place-evidence';
import { listCorpusFiles } from './lib/corpus';

function main(): void {
  let asked = 0;
  let differing = 0;
  let built = 0;
  for (const corpus of ['bbc-news', 'reuters-world']) {
    for (const path of listCorpusFiles(resolve(__dirname, '../../shared/corpus', corpus))) {
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const options = { filePath: path, languageId: languageIdFor(path), config: {}, today: '2026-01-01' } as const;
      const whole = buildModel(text, options);
      for (const kind of ['place', 'demonym'] as const) {
        let lazy = buildModel(text, options);
        for (const word of whole.words) {
          const first = word.text.charCodeAt(0);
          if (first < 65 || first > 90) continue;
          asked++;
          const target = { kind } as GazetteerEntry;
          if (placeMeant(lazy, word, target) !== placeMeantInLayer(whole, word, target)) {
            differing++;
            if (differing <= 10) console.log(`differs: ${path} at ${word.start} (${kind})`);
          }
          if ((lazy.names as LazyNames).isBuilt) {
            built++;
            lazy = buildModel(text, options);
          }
        }
      }
    }
  }
  console.log(`questions: ${asked}; differing from the whole layer: ${differing}; still building the layer: ${built}`);
  if (differing > 0) process.exitCode = 1;
}

main();
