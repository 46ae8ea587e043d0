import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionTitled, api, applyAction, closeAllEditors, codeActionsAt, codeOf, copyDraft, diagnosticFor, diagnosticsWhere, fileIn, openDraft, quickFixes, readFile, waitFor } from './helpers';

const FIXTURE = 'drafts/council.md';

/** Opens a fresh copy of the council story and returns it with its original text. */
async function freshCopy(name: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor; original: string }> {
  const uri = await copyDraft(FIXTURE, name);
  const editor = await openDraft('scratch', name);
  return { uri, editor, original: editor.document.getText() };
}

describe('quick fixes', () => {
  afterEach(closeAllEditors);

  it('fixes a weekday that disagrees with the date, touching only the weekday', async () => {
    const { uri, editor, original } = await freshCopy('fix-date.md');
    const d = await diagnosticFor(uri, 'date/weekday-mismatch');
    await applyAction(actionTitled(await quickFixes(uri, d), 'Change the weekday to Tuesday'));
    assert.equal(editor.document.getText(), original.replace('on Monday, March 5, 2024', 'on Tuesday, March 5, 2024'));
  });

  it('inserts an attribution placeholder after an unattributed quote', async () => {
    const { uri, editor, original } = await freshCopy('fix-quote.md');
    const d = await diagnosticFor(uri, 'quote/unattributed');
    const action = (await quickFixes(uri, d)).find((a) => a.title.startsWith('Insert attribution placeholder'));
    assert.ok(action);
    await applyAction(action);
    assert.equal(
      editor.document.getText(),
      original.replace('"The costs are simply too high and nobody has explained them."', '"The costs are simply too high and nobody has explained them," TK said.'),
    );
  });

  it('corrects a misspelled name to the spelling used elsewhere in the draft', async () => {
    const { uri, editor, original } = await freshCopy('fix-name.md');
    const d = await diagnosticFor(uri, 'spelling/name-variant');
    await applyAction(actionTitled(await quickFixes(uri, d), 'Change to “Okonkwo”'));
    assert.equal(editor.document.getText(), original.replace('Later, Okonkow told', 'Later, Okonkwo told'));
  });

  it('applies a fix as one undoable edit', async () => {
    const { uri, editor, original } = await freshCopy('fix-undo.md');
    const d = await diagnosticFor(uri, 'quote/unattributed');
    const action = (await quickFixes(uri, d)).find((a) => a.title.startsWith('Insert attribution placeholder'))!;
    await applyAction(action);
    assert.notEqual(editor.document.getText(), original);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('disables a rule for one line with a directive comment', async () => {
    const { uri, editor, original } = await freshCopy('fix-disable.md');
    const d = await diagnosticFor(uri, 'spelling/common-misspelling');
    await applyAction(actionTitled(await quickFixes(uri, d), 'Disable spelling/common-misspelling for this line'));
    assert.equal(
      editor.document.getText(),
      original.replace('council since 2015.', 'council since 2015. <!-- copydesk-disable-line spelling/common-misspelling -->'),
    );
    await diagnosticsWhere(uri, 'the misspelling to be silenced', (list) => !list.some((x) => codeOf(x) === 'spelling/common-misspelling') && list.some((x) => codeOf(x) === 'date/weekday-mismatch'));
  });

  it('fixes all safe problems at once, also as source.fixAll.copydesk', async () => {
    const { uri, editor, original } = await freshCopy('fix-all.md');
    await diagnosticFor(uri, 'spelling/common-misspelling');
    const [fixAll] = await codeActionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.copydesk');
    assert.ok(fixAll, 'no source.fixAll.copydesk action');
    assert.equal(fixAll.kind?.value, 'source.fixAll.copydesk');
    await applyAction(fixAll);
    // Only the safe fix: the name and weekday fixes need a human look.
    assert.equal(editor.document.getText(), original.replace('would recieve closer', 'would receive closer'));
    const d = await diagnosticFor(uri, 'date/weekday-mismatch');
    const titles = (await quickFixes(uri, d)).map((a) => a.title);
    assert.ok(!titles.includes('Fix all safe Copydesk problems in this file'), 'nothing safe is left to fix');
  });

  it('ignores a word in this draft only, through its front matter', async () => {
    const uri = await copyDraft('desk/brief.draft', 'fix-ignore.md');
    const editor = await openDraft('scratch', 'fix-ignore.md');
    const original = editor.document.getText();
    const d = await diagnosticFor(uri, 'spelling/unknown-word');
    await applyAction(actionTitled(await quickFixes(uri, d), 'Ignore "theatre" in this draft'));
    assert.equal(editor.document.getText(), `---\ncopydesk:\n  words:\n    - theatre\n---\n${original}`);
    await waitFor('the ignored word to be accepted', () => !vscode.languages.getDiagnostics(uri).some((x) => x.source === 'copydesk' && codeOf(x) === 'spelling/unknown-word'));
  });
  it('adds a word to the workspace dictionary (.copydesk/words.txt)', async () => {
    const uri = fileIn('desk', 'brief.draft');
    await openDraft('desk', 'brief.draft');
    const d = await diagnosticFor(uri, 'spelling/unknown-word');
    const copydesk = await api();
    const before = copydesk.notices.length;
    await applyAction(actionTitled(await quickFixes(uri, d), 'Add "theatre" to the workspace dictionary'));
    assert.equal(await readFile(fileIn('.copydesk', 'words.txt')), 'theatre\n');
    // The write is confirmed, naming the file.
    assert.deepEqual(copydesk.notices.slice(before), ['Added "theatre" to the workspace dictionary, .copydesk/words.txt.']);
    await waitFor('the word to be accepted', () => !vscode.languages.getDiagnostics(uri).some((x) => x.source === 'copydesk' && codeOf(x) === 'spelling/unknown-word'));
  });

  it('fixes all safe problems on save through editor.codeActionsOnSave', async () => {
    const { uri, editor } = await freshCopy('fix-on-save.md');
    await diagnosticFor(uri, 'spelling/common-misspelling');
    const section = vscode.workspace.getConfiguration('editor');
    const files = vscode.workspace.getConfiguration('files');
    // code-server saves a second after typing (files.autoSave afterDelay, VS Code for the Web's
    // default; desktop VS Code's is off). On a loaded machine that save could come before the
    // user's, and an "explicit" code action runs only on the user's own save: with Auto Save on,
    // a desk would see the fix on some saves and not others. This test is about Ctrl+S.
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await section.update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      // The settings have reached the extension host, and the action is there to be run.
      await waitFor('the settings', () => {
        const read = vscode.workspace.getConfiguration();
        return read.get<Record<string, string>>('editor.codeActionsOnSave')?.['source.fixAll.copydesk'] === 'explicit' && read.get('files.autoSave') === 'off';
      });
      await waitFor('the fix-all action', async () => (await codeActionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.copydesk')).length > 0);
      // Types a new line at the end and saves as a user does (Ctrl+S).
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
      const expected = editor.document.getText().replace('would recieve closer', 'would receive closer');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.equal(editor.document.isDirty, false);
      assert.equal(editor.document.getText(), expected, 'the fix came with the save, and only the fix');
    } finally {
      await section.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
