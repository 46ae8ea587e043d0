// Runs in its own launch (run.mjs): workspace trust on, and the fixture folder never trusted, so
// VS Code opens it in Restricted Mode. package.json declares `untrustedWorkspaces: limited`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionTitled, api, applyAction, closeAllEditors, codeOf, copydeskDiagnostics, diagnosticFor, diagnosticsWhere, fileIn, openDraft, quickFixes, readFile } from '../suite/helpers';

const story = () => fileIn('drafts', 'story.md');

async function noticesDuring(run: () => Thenable<unknown>): Promise<{ result: unknown; notices: string[] }> {
  const copydesk = await api();
  const before = copydesk.notices.length;
  const result = await run();
  return { result, notices: copydesk.notices.slice(before) };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('in a workspace the user has not trusted', () => {
  afterEach(closeAllEditors);

  it('opens the folder in Restricted Mode, with Copydesk active', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await api();
  });

  it('reads no draft the user did not open (the workspace name index stays empty)', async () => {
    assert.equal(await (await api()).workspaceNamesRead(), 0);
  });

  it('still checks the drafts the user opens, every family, with the .copydesk.json it finds', async () => {
    await openDraft('drafts', 'story.md');
    const all = await diagnosticsWhere(story(), 'quote, spelling and date findings', (list) =>
      ['quote/', 'spelling/', 'date/'].every((family) => list.some((d) => codeOf(d).startsWith(family))),
    );
    assert.deepEqual(all.map(codeOf).sort(), ['date/weekday-mismatch', 'quote/unattributed', 'spelling/common-misspelling', 'spelling/unknown-word']);
    // drafts/.copydesk.json, read as data, makes the weekday finding information.
    assert.equal(all.find((d) => codeOf(d) === 'date/weekday-mismatch')?.severity, vscode.DiagnosticSeverity.Information);
  });

  it('ignores a copydesk.configFile set in the workspace settings', async () => {
    // The fixture's settings point at desk-rules.json, which turns off the misspelling and quote rules.
    assert.equal(JSON.parse(await readFile(fileIn('.vscode', 'settings.json')))['copydesk.configFile'], 'desk-rules.json');
    assert.equal(JSON.parse(await readFile(fileIn('desk-rules.json'))).rules['spelling/common-misspelling'], 'off');
    const { notices } = await noticesDuring(async () => {
      await openDraft('drafts', 'story.md');
      await diagnosticFor(story(), 'spelling/common-misspelling');
      await diagnosticFor(story(), 'quote/unattributed');
    });
    assert.deepEqual(notices.filter((n) => n.includes('desk-rules')), []);
    // VS Code withholds the restricted setting from the extension too.
    const section = vscode.workspace.getConfiguration('copydesk');
    assert.equal(section.get('configFile'), '');

    // A user-level path is the user's own, yet Copydesk follows no settings file path until trusted.
    const copydesk = await api();
    const relinted = copydesk.nextLint(story());
    await section.update('configFile', 'desk-rules.json', vscode.ConfigurationTarget.Global);
    try {
      await relinted;
      assert.equal(vscode.workspace.getConfiguration('copydesk').get('configFile'), 'desk-rules.json');
      assert.ok(copydeskDiagnostics(story()).some((x) => codeOf(x) === 'spelling/common-misspelling'), 'desk-rules.json was followed');
    } finally {
      await section.update('configFile', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('runs no code that a setting names, and does not even read it', async () => {
    const copydesk = await api();
    await openDraft('drafts', 'story.md');
    await diagnosticFor(story(), 'quote/unattributed');
    const before = copydesk.notices.length;
    const section = vscode.workspace.getConfiguration('copydesk');
    const relinted = copydesk.nextLint(story());
    await section.update('configFile', 'run-me.cjs', vscode.ConfigurationTarget.Global);
    try {
      await relinted;
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await exists(fileIn('ran.txt')), false, 'the script ran');
      assert.deepEqual(copydesk.notices.slice(before).filter((n) => n.includes('run-me')), [], 'the script was read');
    } finally {
      await section.update('configFile', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('says the dictionary quick fix needs trust, explains when chosen, and writes no .copydesk/words.txt', async () => {
    await openDraft('drafts', 'story.md');
    const d = await diagnosticFor(story(), 'spelling/unknown-word');
    const actions = await quickFixes(story(), d);
    const add = actionTitled(actions, 'Add "theatre" to the workspace dictionary (needs a trusted workspace)');
    assert.ok(!actions.some((a) => a.title === 'Add "theatre" to the workspace dictionary'));
    // Ignoring a word edits only the open draft, so it stays as it is.
    actionTitled(actions, 'Ignore "theatre" in this draft');

    // Choosing it (the command Names to Verify uses too) refuses and says why.
    const { notices } = await noticesDuring(() => applyAction(add));
    assert.equal(notices.length, 1);
    assert.match(notices[0], /^Copydesk does not write \.copydesk\/words\.txt in a workspace you have not trusted\./);
    assert.equal(await exists(fileIn('.copydesk', 'words.txt')), false);
    assert.ok(copydeskDiagnostics(story()).some((x) => codeOf(x) === 'spelling/unknown-word'), 'the word is still flagged');
  });

  it('refuses Add Word to Dictionary from the palette before asking for a word', async () => {
    await openDraft('drafts', 'story.md');
    // An input box would keep this promise pending until the test timed out.
    const { result, notices } = await noticesDuring(() => vscode.commands.executeCommand('copydesk.addWordToDictionary'));
    assert.equal(result, undefined);
    assert.equal(notices.length, 1);
    assert.equal(await exists(fileIn('.copydesk', 'words.txt')), false);
  });

  it('still turns off and on for the workspace (a VS Code setting, written by VS Code)', async () => {
    await openDraft('drafts', 'story.md');
    await diagnosticFor(story(), 'quote/unattributed');
    assert.equal(await vscode.commands.executeCommand('copydesk.toggleWorkspace'), false);
    try {
      await diagnosticsWhere(story(), 'diagnostics to clear when turned off', (list) => list.length === 0);
    } finally {
      assert.equal(await vscode.commands.executeCommand('copydesk.toggleWorkspace'), true);
    }
    await diagnosticFor(story(), 'quote/unattributed');
  });

  it('refuses Check All Drafts in Workspace with a message, and checks no unopened draft', async () => {
    for (const folder of [undefined, fileIn('drafts')]) {
      const { result, notices } = await noticesDuring(() => vscode.commands.executeCommand('copydesk.checkAllDrafts', folder));
      assert.equal(result, undefined);
      assert.deepEqual(notices, ['Copydesk checks the whole workspace only once you trust it. Drafts you open are still checked.']);
    }
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(copydeskDiagnostics(fileIn('drafts', 'unopened.md')), []);
  });
});
