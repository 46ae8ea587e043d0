import assert from 'node:assert/strict';
import { buildAffixFilter, buildFilter, buildTable, HashedWords } from '../../../src/engine/dictionary/hash-table';
import { shareDictionaries, WordList } from '../../../src/engine/dictionary/word-list';

/**
 * The affix filters only skip variants that cannot be words: the one-edit
 * search must find the same words, in the same order (suggestions tie by it),
 * as the same dictionary searched without them.
 */
describe('one-edit suggestion search with the affix filters', () => {
  const shared = shareDictionaries(['en-GB']).files.find((f) => f.file === 'en-GB')!;
  const filtered = new WordList(new HashedWords(shared.units, shared.table, shared.filter, shared.affixes));
  const unfiltered = new WordList(new HashedWords(shared.units, shared.table, shared.filter));

  it('loads the filters of starts and ends with the British word list', () => {
    assert.ok(shared.affixes, 'no affix filters were loaded');
  });

  it('finds the same words in the same order as the search without them', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = "abcdefghijklmnopqrstuvwxyz'éüñı";
    const words = ['recieve', 'goverment', 'acommodate', 'ramnatein', 'tehy', 'thier', 'naïve', 'cafe', 'résumé', 'zurich', 'istanbul', 'straße', 'a\u{1d49c}bcd', 'colour', 'organise', "dont", "isn't"];
    for (let i = 0; i < 400; i++) {
      let word = '';
      const length = 4 + Math.floor(random() * 8);
      for (let j = 0; j < length; j++) word += alphabet[Math.floor(random() * (random() < 0.9 ? 26 : alphabet.length))];
      words.push(word);
    }
    let found = 0;
    for (const word of words) {
      const expected = unfiltered.near(word, 1);
      assert.deepEqual(filtered.near(word, 1), expected, word);
      found += expected.length;
    }
    // A check that compares empty lists would prove nothing.
    assert.ok(found > 100, `only ${found} words found near the sample`);
  });

  it('keeps every start and end of every word, in lower case, in a filter built from a list', () => {
    const lines = ['Paris', "o'clock", 'naïve'];
    const hashed = new HashedWords(lines.map((l) => `${l}\n`).join(''), buildTable(lines), buildFilter(lines), { starts: buildAffixFilter(lines, false), ends: buildAffixFilter(lines, true) });
    const list = new WordList(hashed);
    assert.deepEqual(list.near('pariss', 1), [{ word: 'Paris', distance: 1 }]);
    assert.deepEqual(list.near("o'clok", 1), [{ word: "o'clock", distance: 1 }]);
    assert.deepEqual(list.near('naïvve', 1), [{ word: 'naïve', distance: 1 }]);
    assert.deepEqual(list.near('pxrsi', 1), [], 'two edits away');
  });
});
