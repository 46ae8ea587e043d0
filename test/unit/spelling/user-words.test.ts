import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits } from '../../../src/engine/fixes';
import { lintDocument } from '../../../src/engine/lint';
import { addWordToList, ignoreWordInDraftEdits, parseWordsFile } from '../../../src/engine/user-words';
import { spellingRules } from '../../../src/rules/spelling';

const ignore = (text: string, word: string) => {
  const { model } = lintDocument(text, { filePath: 'draft.md', rules: [] });
  return applyEdits(text, ignoreWordInDraftEdits(text, model, word)).text;
};

describe('user words', () => {
  it('parses .copydesk/words.txt, skipping blanks and comments', () => {
    assert.deepEqual(parseWordsFile('# desk words\nRutte\n\n  Kuchma  \r\nZelenskyy\n'), ['Rutte', 'Kuchma', 'Zelenskyy']);
  });

  it('adds a word to a real words file, touching nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-words-'));
    try {
      const file = join(dir, 'words.txt');
      writeFileSync(file, '# Names the desk has checked\nRutte');
      writeFileSync(file, addWordToList(readFileSync(file, 'utf8'), 'Kuchma'));
      assert.equal(readFileSync(file, 'utf8'), '# Names the desk has checked\nRutte\nKuchma\n');
      writeFileSync(file, addWordToList(readFileSync(file, 'utf8'), 'Ramnatein'));
      assert.equal(readFileSync(file, 'utf8'), '# Names the desk has checked\nRutte\nKuchma\nRamnatein\n');
      const words = parseWordsFile(readFileSync(file, 'utf8'));
      const text = 'The Ramnatein group met.';
      assert.equal(lintDocument(text, { rules: spellingRules, config: { words } }).findings.length, 0);
      assert.equal(lintDocument(text, { rules: spellingRules }).findings.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps CRLF line endings and does not add a word twice', () => {
    assert.equal(addWordToList('a\r\nb\r\n', 'c'), 'a\r\nb\r\nc\r\n');
    assert.equal(addWordToList('a\nb\n', 'b'), 'a\nb\n');
    assert.equal(addWordToList('', 'a'), 'a\n');
  });

  it('creates front matter when the draft has none', () => {
    assert.equal(ignore('Body text.\n', 'Kuchma'), '---\ncopydesk:\n  words:\n    - Kuchma\n---\nBody text.\n');
  });

  it('adds a copydesk block to existing front matter', () => {
    assert.equal(ignore('---\ntitle: A story\n---\nBody.\n', 'Kuchma'), '---\ntitle: A story\ncopydesk:\n  words:\n    - Kuchma\n---\nBody.\n');
  });

  it('adds a words list to an existing copydesk block', () => {
    assert.equal(ignore('---\ncopydesk:\n  dialect: en-GB\n---\nBody.\n', 'Kuchma'), '---\ncopydesk:\n  words:\n    - Kuchma\n  dialect: en-GB\n---\nBody.\n');
  });

  it('appends to a block list, keeping its indentation', () => {
    assert.equal(ignore('---\ncopydesk:\n  words:\n  - Rutte\n  dialect: en-GB\n---\nBody.\n', 'Kuchma'), '---\ncopydesk:\n  words:\n  - Rutte\n  - Kuchma\n  dialect: en-GB\n---\nBody.\n');
  });

  it('appends to a flow list', () => {
    assert.equal(ignore('---\ncopydesk:\n  words: [Rutte]\n---\nBody.\n', 'Kuchma'), '---\ncopydesk:\n  words: [Rutte, Kuchma]\n---\nBody.\n');
  });

  it('the added word silences the finding', () => {
    const text = 'The Ramnatein group met.\n';
    const fixed = ignore(text, 'Ramnatein');
    assert.equal(lintDocument(fixed, { filePath: 'draft.md', rules: spellingRules }).findings.length, 0);
  });
});
