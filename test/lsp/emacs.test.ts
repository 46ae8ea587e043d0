import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT } from './client';
import { runEditorSession } from './editor-session';
import { DRAFT, workspace } from './fixtures';

interface SeenDiagnostic {
  line: number;
  beg: number;
  end: number;
  type: string;
  code: string;
  text: string;
}

interface Report {
  ok?: boolean;
  error?: string;
  first?: SeenDiagnostic[];
  after_quick_fix?: string;
}

const SNIPPET_COMMAND = '("copydesk" "lsp" "--stdio")';

/** The elisp setup docs/editors.md gives for eglot, with its command pointed at this build. */
function eglotSetupFromDocs(): string {
  const docs = readFileSync(join(ROOT, 'docs', 'editors.md'), 'utf8');
  const snippet = /## Emacs \(eglot\)[\s\S]*?```elisp\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(snippet, 'docs/editors.md has no elisp block under "## Emacs (eglot)"');
  assert.ok(snippet.includes(SNIPPET_COMMAND), `the eglot snippet no longer runs ${SNIPPET_COMMAND}`);
  return snippet.replace(SNIPPET_COMMAND, `("node" ${JSON.stringify(CLI)} "lsp" "--stdio")`);
}

/** Runs `emacs --batch` on `draft` with the docs' setup and the session script, and returns what it saw. */
function runEmacs(init: string, draft: string, out: string): Promise<Report> {
  const args = ['--batch', '-l', join(__dirname, 'emacs-session.el')];
  return runEditorSession<Report>('emacs', args, { COPYDESK_INIT: init, COPYDESK_DRAFT: draft, COPYDESK_OUT: out }, out);
}

describe('language server: in Emacs with eglot (emacs --batch, the setup from docs/editors.md)', function () {
  let folder: ReturnType<typeof workspace>;
  before(function () {
    if (spawnSync('emacs', ['--version']).error) {
      console.warn('    skipped: Emacs is not installed (apt-get install emacs-nox elpa-eglot; .ci/run does).');
      this.skip(); // no Emacs here; CI installs emacs-nox and elpa-eglot, so it runs there
    }
    if (!existsSync(CLI)) throw new Error('Build first: npm run build');
  });
  beforeEach(() => {
    folder = workspace({ 'draft.md': DRAFT, 'setup.el': eglotSetupFromDocs() });
  });
  afterEach(() => folder?.remove());

  it('shows the findings in Flymake with the configured dialect and applies a quick fix from the code action menu', async () => {
    const report = await runEmacs(folder.path('setup.el'), folder.path('draft.md'), folder.path('report.json'));
    assert.equal(report.error, undefined);
    assert.equal(report.ok, true);
    const first = report.first ?? [];
    // Offsets are 0-based character offsets into the draft.
    assert.deepEqual(first.map((d) => [d.line, DRAFT.slice(d.beg, d.end), d.code]), [
      [2, 'sgined', 'spelling/unknown-word'],
      [2, 'Ramnatein', 'spelling/name-variant'],
      [4, 'recieve', 'spelling/common-misspelling'],
      [4, 'seperate', 'spelling/common-misspelling'],
      [4, 'the', 'spelling/repeated-word'],
      [6, '"We will build it,"', 'quote/anonymous-source'],
    ]);
    assert.ok(first.every((d) => d.type === 'eglot-warning'));
    // The snippet's eglot-workspace-configuration reached the server: the dialect is en-GB.
    assert.equal(first[0].text, 'copydesk [spelling/unknown-word]: “sgined” is not in the en-GB dictionary. Did you mean “signed”?');
    assert.equal(report.after_quick_fix, DRAFT.replace('recieve', 'receive'));
  });
});
