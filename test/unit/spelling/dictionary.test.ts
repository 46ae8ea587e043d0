import assert from 'node:assert/strict';
import { buildFilter, buildTable, hashWord, HashedWords } from '../../../src/engine/dictionary/hash-table';
import { isAllCaps, spellerFor } from '../../../src/engine/dictionary/speller';
import { letterPlausibility } from '../../../src/engine/dictionary/word-list';

describe('dictionary', () => {
  it('hash table finds exactly the words it was built from', () => {
    const words = ['apple', 'apples', 'Zürich', "o'clock", 'a'];
    const table = new HashedWords(words.map((w) => `${w}\n`).join(''), buildTable(words));
    for (const w of words) assert.ok(table.has(w), w);
    for (const w of ['appl', 'applesauce', 'zürich', 'A', '', "o'clockx"]) assert.ok(!table.has(w), w);
  });

  it('isAllCaps agrees with its pattern, capital letters and apostrophes only', () => {
    const pattern = /^[\p{Lu}']+$/u;
    const cases = ['NATO', "O'NEILL", 'Nato', 'nato', '', "'", 'ÉTAT', 'ÉTaT', 'ΑΘΗΝΑ', 'Αθηνα', 'U2', 'A-B', 'ǅ', 'ŸA', "É'"];
    for (const word of cases) assert.equal(isAllCaps(word), pattern.test(word), word);
  });

  it('hash table reads the value after a key', () => {
    const lines = ['recieve\t*:receive', 'teh\t*:the'];
    const table = new HashedWords(lines.map((l) => `${l}\n`).join(''), buildTable(lines));
    assert.equal(table.valueOf('teh'), '*:the');
    assert.equal(table.valueOf('te'), undefined);
    assert.ok(!table.has('recieve\t*'));
  });

  it('a filtered table answers exactly as the bare one, probing in place too', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}${i % 3 === 0 ? '\tvalue' : ''}`);
    const text = lines.map((l) => `${l}\n`).join('');
    const bare = new HashedWords(text, buildTable(lines));
    const filtered = new HashedWords(text, buildTable(lines), buildFilter(lines));
    const buffer = new Uint16Array(32);
    for (let i = 0; i < 6000; i++) {
      const probe = `w${(i * 7919).toString(36)}`;
      assert.equal(filtered.has(probe), bare.has(probe), probe);
      assert.equal(filtered.valueOf(probe), bare.valueOf(probe), probe);
      for (let k = 0; k < probe.length; k++) buffer[k] = probe.charCodeAt(k);
      assert.equal(filtered.hasUnits(buffer, probe.length, false), bare.has(probe), probe);
    }
  });

  it('a filter sets one bit per key in about eight, so most misses never reach the table', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `word${i}\tvalue`);
    const filter = buildFilter(lines);
    const bits = filter.length * 32;
    assert.ok(bits >= 8 * lines.length && bits < 16 * lines.length, String(bits));
    for (const line of lines) {
      const bit = hashWord(line.slice(0, line.indexOf('\t'))) & (bits - 1);
      assert.notEqual(filter[bit >>> 5] & (1 << (bit & 31)), 0, line);
    }
    let set = 0;
    for (const word of filter) for (let b = 0; b < 32; b++) if (word & (1 << b)) set++;
    assert.ok(set / bits < 0.13, `${set} of ${bits} bits set`);
  });

  it('accepts capitalised and possessive forms, not lower-cased names', () => {
    const gb = spellerFor('en-GB', []);
    for (const w of ['House', 'HOUSE', 'Ukraine’s', "minister's", 'London']) assert.ok(gb.isWord(w), w);
    for (const w of ['london', 'recieve', 'colour’z']) assert.ok(!gb.isWord(w), w);
  });

  it('knows each dialect’s spelling of a pair', () => {
    assert.equal(spellerFor('en-US', []).dialectFix('centre'), 'center');
    assert.equal(spellerFor('en-GB', []).dialectFix('color'), 'colour');
    assert.equal(spellerFor('en-GB', []).dialectFix('colour'), undefined);
    assert.equal(spellerFor('en-US', ['centre']).dialectFix('centre'), undefined);
  });

  it('ranks the intended word first for typical slips', () => {
    const gb = spellerFor('en-GB', []);
    for (const [typo, intended] of [['hte', 'the'], ['goverment', 'government'], ['sgined', 'signed'], ['minsiter', 'minister'], ['Londno', 'London'], ['parliment', 'parliament']]) {
      assert.equal(gb.suggest(typo, 3)[0]?.word, intended, typo);
    }
  });

  it('finds every kind of one-edit neighbour, accented and capitalised ones too', () => {
    const gb = spellerFor('en-GB', []);
    const words = (typo: string) => gb.suggest(typo, 10, 1).map((s) => s.word);
    assert.ok(words('londn').includes('London'), 'insertion, capitalised');
    assert.ok(words('zürih').includes('Zürich'), 'insertion after an accented letter');
    assert.ok(words('élan').includes('elan'), 'replacement of an accented first letter');
    assert.ok(words('teh').includes('the'), 'transposition');
    assert.ok(words('thhe').includes('the'), 'deletion');
    assert.ok(!words('the').includes('the'), 'never the word itself');
    const list = words('cafe');
    assert.equal(new Set(list).size, list.length, 'no word twice');
  });

  it('finds user words among suggestions', () => {
    assert.equal(spellerFor('en-GB', ['Zelenskyy']).suggest('Zelenskyi', 3)[0]?.word, 'Zelenskyy');
  });

  it('reads a slip as less word-like than the name it spoils', () => {
    assert.ok(letterPlausibility('Malkovich') > letterPlausibility('Malkvich'));
    assert.ok(letterPlausibility('Jonatan') > letterPlausibility('Jbnatan'));
  });
});
