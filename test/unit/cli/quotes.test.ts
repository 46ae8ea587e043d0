import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotesCommand } from '../../../src/cli/quotes';

const STORY = [
  '# Harbour to close',
  '',
  'The harbour will close on Friday, the port authority said.',
  '',
  '"We have told every skipper," said Dana Okafor, the harbour master. "Nobody will be stranded."',
  '',
  'Shares in the ferry company fell 4 percent.',
  '',
  '"It is a disaster for the island."',
  '',
  '"We will not back down," one official said.',
  '',
].join('\n');

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = quotesCommand(args, (t) => (stdout += t), (t) => (stderr += t));
  return { code, stdout, stderr };
}

function draft(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-quotes-'));
  const file = join(dir, 'story.md');
  writeFileSync(file, text);
  return file;
}

describe('copydesk quotes', () => {
  it('prints one JSON row per quotation: line, first words, speaker, how found, marks', () => {
    const file = draft(STORY);
    const { code, stdout } = run(['--format', 'json', file]);
    assert.equal(code, 0);
    const [sheet] = JSON.parse(stdout) as { filePath: string; quotes: { line: number; firstWords: string; speaker?: string; source?: string; anonymous: boolean; unattributed: boolean }[] }[];
    assert.equal(sheet.filePath, file);
    assert.deepEqual(
      sheet.quotes.map((q) => [q.line, q.firstWords, q.speaker, q.source, q.anonymous, q.unattributed]),
      [
        [5, 'We have told every skipper,', 'Dana Okafor', 'same sentence', false, false],
        [5, 'Nobody will be stranded.', 'Dana Okafor', 'same paragraph', false, false],
        [9, 'It is a disaster for the island.', undefined, undefined, false, true],
        [11, 'We will not back down,', 'one official', 'same sentence', true, false],
      ],
    );
  });

  it('prints a table for people, marking unattributed and anonymous quotes', () => {
    const { code, stdout } = run([draft(STORY)]);
    assert.equal(code, 0);
    assert.match(stdout, /\n +9 +“It is a disaster for the island\.” +UNATTRIBUTED +—\n/);
    assert.match(stdout, /one official \(ANONYMOUS\) +same sentence/);
    assert.match(stdout, /4 quotations: 1 unattributed, 1 anonymous/);
  });

  it('says why when the command line is wrong, with exit code 2', () => {
    assert.deepEqual(run([]).code, 2);
    const bad = run(['--format', 'xml', draft(STORY)]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be table or json/);
    const missing = run([join(tmpdir(), 'no-such-draft-here.md')]);
    assert.equal(missing.code, 2);
    assert.notEqual(missing.stderr, '');
  });
});
