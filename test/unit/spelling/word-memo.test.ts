import assert from 'node:assert/strict';
import { WordMemo, WordTable } from '../../../src/engine/dictionary/word-memo';

describe('WordMemo', () => {
  it('returns what was stored for equal strings built apart', () => {
    const memo = new WordMemo<number>();
    const prose = 'the cat sat on the mat';
    for (const word of prose.split(' ')) if (memo.get(word) === undefined) memo.set(word, word.length * 10 + word.charCodeAt(0));
    assert.equal(memo.size, 5);
    assert.equal(memo.get('th' + 'e'), 3 * 10 + 116);
    assert.equal(memo.get('mat'), 3 * 10 + 109);
    assert.equal(memo.get('dog'), undefined);
  });

  it('keeps every entry through growth and forgets all at its limit', () => {
    const memo = new WordMemo<number>(100000);
    for (let i = 0; i < 50000; i++) {
      assert.equal(memo.get(`w${i}`), undefined);
      memo.set(`w${i}`, i);
    }
    for (let i = 0; i < 50000; i += 997) assert.equal(memo.get(`w${i}`), i);
    const small = new WordMemo<number>(3);
    for (const w of ['a', 'b', 'c', 'd']) {
      small.get(w);
      small.set(w, 1);
    }
    assert.equal(small.size, 1);
    assert.equal(small.get('a'), undefined);
    assert.equal(small.get('d'), 1);
  });

  it('refuses to store a key twice', () => {
    const memo = new WordMemo<number>();
    memo.get('x');
    memo.set('x', 1);
    assert.throws(() => memo.set('x', 2));
  });
});

describe('WordTable', () => {
  it('numbers distinct words in the order they come, and finds them again from other strings', () => {
    const table = new WordTable();
    const ids = 'the cat sat on the mat’s mat'.split(' ').map((word) => {
      const id = table.idOf(word);
      return id >= 0 ? id : table.add(word);
    });
    assert.deepEqual(ids, [0, 1, 2, 3, 0, 4, 5]);
    assert.equal(table.idOf('ma' + 't’s'), 4);
    assert.equal(table.idOf('ma'), -1);
    assert.equal(table.idOf('mats'), -1);
  });

  it('keeps every key through growth, and forgets all on clear', () => {
    const table = new WordTable();
    const words = Array.from({ length: 40000 }, (_, i) => `k${i.toString(36)}é`);
    for (const word of words) {
      assert.equal(table.idOf(word), -1);
      table.add(word);
    }
    for (let i = 0; i < words.length; i += 331) assert.equal(table.idOf(words[i].slice(0, -1) + 'é'), i);
    assert.equal(table.idOf('k0e'), -1);
    table.clear();
    assert.equal(table.size, 0);
    assert.equal(table.idOf(words[5]), -1);
    assert.equal(table.add(words[5]), 0);
  });

  it('refuses to number a key twice', () => {
    const table = new WordTable();
    table.idOf('x');
    table.add('x');
    assert.throws(() => table.add('x'));
  });
});
