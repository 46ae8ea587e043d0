import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { frequencyRank, gazetteerEntry, shareDictionaries, wordList } from '../../../src/engine/dictionary/word-list';

const WORD_LIST = join(__dirname, '..', '..', '..', 'src', 'engine', 'dictionary', 'word-list.ts');

/** Runs `body` in a worker thread that loaded the TypeScript sources through tsx. */
function inWorker<T>(body: string, workerData: unknown): Promise<T> {
  const code = `
    require('tsx/cjs');
    const { parentPort, workerData } = require('node:worker_threads');
    const lists = require(${JSON.stringify(WORD_LIST)});
    Promise.resolve((() => { ${body} })()).then((r) => parentPort.postMessage(r), (e) => parentPort.postMessage({ error: String(e) }));
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.once('message', (message) => {
      void worker.terminate();
      resolve(message as T);
    });
    worker.once('error', reject);
  });
}

describe('shared dictionaries', function () {
  this.timeout(20000);

  it('hold every hashed dictionary of the dialect in shared memory', () => {
    const shared = shareDictionaries(['en-GB']);
    const files = shared.files.map((f) => f.file).sort();
    assert.deepEqual(files, ['dialectForms', 'en-GB', 'frequency', 'gazetteer', 'misspellings', 'names']);
    for (const { units, table } of shared.files) {
      assert.ok(units.buffer instanceof SharedArrayBuffer);
      assert.ok(table.buffer instanceof SharedArrayBuffer);
    }
  });

  it('answer in a worker as the files would, and the worker sees the same memory', async () => {
    const shared = shareDictionaries(['en-GB']);
    const probe = new Int32Array(new SharedArrayBuffer(4));
    const result = await inWorker<{ words: boolean[]; rank: number; entry: unknown; sharedUnits: boolean }>(
      `
      lists.useSharedDictionaries(workerData.shared);
      const gb = lists.wordList('en-GB');
      const units = workerData.shared.files.find((f) => f.file === 'en-GB').units;
      return {
        words: ['colour', 'recieve', 'London', 'Zürich'].map((w) => gb.has(w)),
        rank: lists.frequencyRank('the'),
        entry: lists.gazetteerEntry('Kyiv'),
        sharedUnits: units.buffer instanceof SharedArrayBuffer,
        wrote: (workerData.probe[0] = 42),
      };
      `,
      { shared, probe },
    );
    const gb = wordList('en-GB');
    assert.deepEqual(result.words, ['colour', 'recieve', 'London', 'Zürich'].map((w) => gb.has(w)));
    assert.deepEqual(result.words, [true, false, true, true]);
    assert.equal(result.rank, frequencyRank('the'));
    assert.ok(gazetteerEntry('Kyiv'));
    assert.deepEqual(result.entry, gazetteerEntry('Kyiv'));
    assert.ok(result.sharedUnits);
    // workerData shared the memory rather than copying it: the worker's write is seen here.
    assert.equal(probe[0], 42);
  });

  it('preloaded on libuv\'s threads (a fresh thread, as the CLI starts), answer as files read at first use do, in shared memory kept for workers', async () => {
    const result = await inWorker<{ words: boolean[]; rank: number; sharedUnits: boolean; sameBuffers: boolean }>(
      `
      return lists.preloadDictionaries(['en-GB']).then(() => {
        const gb = lists.wordList('en-GB');
        // The list's table as preloaded (a private field, read here from plain JavaScript).
        const units = gb.hashed.units;
        const shared = lists.shareDictionaries(['en-GB']);
        return {
          words: ['colour', 'recieve', 'London', 'Zürich'].map((w) => gb.has(w)),
          rank: lists.frequencyRank('the'),
          sharedUnits: units.buffer instanceof SharedArrayBuffer,
          sameBuffers: shared.files.find((f) => f.file === 'en-GB').units === units,
        };
      });
      `,
      {},
    );
    assert.deepEqual(result.words, [true, false, true, true]);
    assert.equal(result.rank, frequencyRank('the'));
    assert.ok(result.sharedUnits, 'preloaded into shared memory');
    assert.ok(result.sameBuffers, 'shareDictionaries hands the workers the preloaded memory, not a second reading');
  });
});
