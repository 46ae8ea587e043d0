import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from './client';
import { runEditorSession } from './editor-session';
import { DRAFT, DRAFT_FIXED_SAFELY, workspace } from './fixtures';

interface SeenDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
  href: string;
}

interface Report {
  ok: boolean;
  error: string | null;
  first: SeenDiagnostic[];
  after_quick_fix: string;
  after_edit: SeenDiagnostic[];
  after_fix_all: string;
  words_file: string;
  after_add_word: SeenDiagnostic[];
}

/** Runs Neovim headless on `draft` with the session script, and returns what it saw. */
function runNeovim(draft: string, out: string): Promise<Report> {
  const args = ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(__dirname, 'neovim-session.lua')}`];
  return runEditorSession<Report>('nvim', args, { COPYDESK_CLI: CLI, COPYDESK_DRAFT: draft, COPYDESK_OUT: out }, out);
}

describe('language server: in Neovim (headless, built-in LSP client)', function () {
  let folder: ReturnType<typeof workspace>;
  before(function () {
    if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('Neovim is not installed: apt-get install neovim (.ci/run does).');
    if (!existsSync(CLI)) throw new Error('Build first: npm run build');
  });
  beforeEach(() => {
    folder = workspace({ 'draft.md': DRAFT });
  });
  afterEach(() => folder.remove());

  it('shows the findings, applies a quick fix and fix-all, updates diagnostics after an edit, and adds a word to the workspace dictionary', async () => {
    const report = await runNeovim(folder.path('draft.md'), folder.path('report.json'));
    assert.equal(report.error, null);
    assert.ok(report.ok);
    assert.deepEqual(report.first.map((d) => [d.lnum, d.col, d.end_col, d.code]), [
      [2, 12, 18, 'spelling/unknown-word'],
      [2, 35, 44, 'spelling/name-variant'],
      [4, 5, 12, 'spelling/common-misspelling'],
      [4, 15, 23, 'spelling/common-misspelling'],
      [4, 42, 45, 'spelling/repeated-word'],
      [6, 0, 19, 'quote/anonymous-source'],
    ]);
    assert.ok(report.first.every((d) => d.source === 'copydesk' && d.severity === 2 && d.href.endsWith(`docs/rules/${d.code}.md`)));
    assert.equal(report.first[0].message, '“sgined” is not in the en-US dictionary. Did you mean “signed”?');

    // Neovim drops the file's final newline from the buffer's lines.
    const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');
    assert.equal(report.after_quick_fix, withoutFinalNewline(DRAFT.replace('recieve', 'receive')));
    assert.deepEqual(report.after_edit.map((d) => [d.lnum, d.col, d.code]), [
      [2, 35, 'spelling/name-variant'],
      [4, 15, 'spelling/common-misspelling'],
      [4, 42, 'spelling/repeated-word'],
      [6, 0, 'quote/anonymous-source'],
    ]);
    assert.equal(report.after_fix_all, withoutFinalNewline(DRAFT_FIXED_SAFELY.replace('sgined', 'signed')));
    // The edit makes the new file's text "Ramnatein\n"; Neovim shows that as two lines, the second empty.
    assert.equal(report.words_file, 'Ramnatein\n');
    assert.deepEqual(report.after_add_word.map((d) => d.code), ['quote/anonymous-source']);
  });
});
