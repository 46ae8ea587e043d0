import assert from 'node:assert/strict';
import { WordMemo } from '../../../src/engine/dictionary/word-memo';

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
