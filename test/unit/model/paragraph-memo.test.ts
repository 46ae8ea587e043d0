import assert from 'node:assert/strict';
import { ParagraphMemo } from '../../../src/engine/model/paragraph-memo';

/** Runs one version through the memo: the values found again (or '-') in paragraph order. */
function version(memo: ParagraphMemo<string>, paragraphs: string[]): string[] {
  const found = paragraphs.map((text) => {
    const value = memo.get(text);
    memo.add(text, value ?? `v:${text}`);
    return value ?? '-';
  });
  memo.endVersion();
  return found;
}

describe('ParagraphMemo', () => {
  it('finds unchanged paragraphs around an edited, an inserted and a removed one', () => {
    const memo = new ParagraphMemo<string>();
    assert.deepEqual(version(memo, ['a', 'b', 'c', 'd']), ['-', '-', '-', '-']);
    assert.deepEqual(version(memo, ['a', 'B', 'c', 'd']), ['v:a', '-', 'v:c', 'v:d']);
    assert.deepEqual(version(memo, ['a', 'new', 'B', 'c', 'd']), ['v:a', '-', 'v:B', 'v:c', 'v:d']);
    assert.deepEqual(version(memo, ['a', 'B', 'd']), ['v:a', 'v:B', 'v:d']);
  });

  it('finds its place again after several paragraphs were removed or moved, missing one', () => {
    const memo = new ParagraphMemo<string>();
    version(memo, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    assert.deepEqual(version(memo, ['a', 'e', 'f', 'g']), ['v:a', '-', 'v:f', 'v:g']);
    assert.deepEqual(version(memo, ['g', 'f', 'e', 'a']), ['-', 'v:f', '-', 'v:a']);
  });

  it('forgets what the last version did not use', () => {
    const memo = new ParagraphMemo<string>();
    version(memo, ['a', 'b']);
    version(memo, ['a']);
    assert.deepEqual(version(memo, ['a', 'b']), ['v:a', '-']);
  });
});
