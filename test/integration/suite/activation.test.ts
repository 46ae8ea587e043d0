import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeOf, diagnosticsWhere, EXTENSION_ID, fileIn, openDraft, waitFor, writeFile } from './helpers';

describe('activation and diagnostics plumbing', () => {
  afterEach(closeAllEditors);

  it('activates on its own in a workspace with a .copydesk.json, before any draft is opened', async () => {
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file'), [], 'a draft is already open');
    // Not activate(): that would start it whatever its activation events say.
    await waitFor('activation by workspaceContains:.copydesk.json', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('starts VS Code\'s Markdown support in a desk folder before any draft is opened, so the first draft\'s findings do not wait for it', async () => {
    // Only a Markdown file, its preview or its commands start it otherwise, and none has been opened.
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown'), [], 'a Markdown file is already open');
    await waitFor('the Markdown extension to be running', () => vscode.extensions.getExtension('vscode.markdown-language-features')?.isActive, 30_000);
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown'), [], 'a Markdown file was opened meanwhile');
  });

  it('activates for the workspace and exposes its API', async () => {
    const copydesk = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(Array.isArray(copydesk.notices));
  });

  it('gives .draft files the contributed "News draft" language', async () => {
    const editor = await openDraft('desk', 'brief.draft');
    assert.equal(editor.document.languageId, 'news-draft');
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('news-draft'));
  });

  it('publishes a copydesk diagnostic for a bad setting in a draft\'s front matter', async () => {
    const uri = fileIn('scratch', 'front-matter.md');
    await writeFile(uri, '---\ncopydesk:\n  dialect: fr-FR\n---\nA short note.\n');
    await openDraft('scratch', 'front-matter.md');
    const [diagnostic] = await diagnosticsWhere(uri, 'a front matter problem', (all) => all.some((d) => codeOf(d) === 'copydesk/front-matter'));
    assert.equal(diagnostic.source, 'copydesk');
    assert.match(diagnostic.message, /dialect/);
  });

  it('never lints source code', async () => {
    const uri = fileIn('scratch', 'code.js');
    await writeFile(uri, '// "This is a quote," nobody said on Monday, February 30.\nconst x = 1;\n');
    await openDraft('scratch', 'code.js');
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk'), []);
  });
});
