import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, diagnosticsWhere, fileIn, openChecked, openDraft, runQuickInputCommand, waitFor, writeFile } from './helpers';

// A weekday that disagrees with its date, an unattributed quote and a misspelling, in that order.
const DRAFT = `# Council approves bridge

LONDON, March 5, 2024 — The city council voted on Monday, March 5, 2024, to approve the bridge.

"The costs are simply too high and nobody has explained them."

The mayor said the budget would recieve closer scrutiny next year.
`;

type Choice = { ruleId: string; line: number; text: string } | 'problems-panel' | undefined;

/** Runs the status bar item's command (its quick pick is on screen for the next command) and returns what the user's choice will be. */
function openFindingsList(): { choice: Thenable<Choice> } {
  return { choice: runQuickInputCommand<Choice>('copydesk.showProblems').result };
}

describe('status bar: the draft\'s findings', () => {
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  beforeEach(async () => {
    uri = fileIn('scratch', 'findings-list.md');
    await writeFile(uri, DRAFT);
    editor = await openDraft('scratch', 'findings-list.md');
    await diagnosticsWhere(uri, 'the three findings', (list) => list.length === 3);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
  });
  afterEach(closeAllEditors);

  it('labels the counts so they read without the tooltip, and has a compact form', async () => {
    const copydesk = await api();
    await waitFor('the labelled status bar', () => copydesk.statusBarText() === 'Copydesk: 1 quote · 1 spelling · 1 date');
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('statusBar', 'compact', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the compact status bar', () => copydesk.statusBarText() === '$(quote) 1 $(book) 1 $(calendar) 1');
    } finally {
      await section.update('statusBar', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the labelled status bar again', () => copydesk.statusBarText() === 'Copydesk: 1 quote · 1 spelling · 1 date');
  });

  it('lists them in reading order and goes to the chosen one', async () => {
    const { choice } = openFindingsList();
    // The list starts at the first finding after the cursor: the weekday on line 3.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await choice, { ruleId: 'quote/unattributed', line: 4, text: '"The costs are simply too high and nobody has explained them."' });
    assert.equal(editor.document.getText(editor.selection), '"The costs are simply too high and nobody has explained them."');
  });

  it('previews each finding while the list is open, and puts the cursor back on Escape', async () => {
    const { choice } = openFindingsList();
    assert.equal(editor.document.getText(editor.selection), 'Monday, March 5, 2024');
    // The workbench reports each move back to the extension host, which previews the finding.
    const selected = () => editor.document.getText(editor.selection);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor('the preview of the second finding', () => selected() === '"The costs are simply too high and nobody has explained them."');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor('the preview of the third finding', () => selected() === 'recieve');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await choice, undefined);
    assert.ok(editor.selection.isEmpty && editor.selection.active.isEqual(new vscode.Position(0, 0)));
  });

  it('offers only the Problems panel for a draft without findings', async () => {
    await openChecked('clean.md', '# Bridge\n\nThe council approved the bridge, the mayor said.\n');
    const { choice } = openFindingsList();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await choice, 'problems-panel');
  });

  it('ends with an entry that opens the Problems panel', async () => {
    const { choice } = openFindingsList();
    await vscode.commands.executeCommand('quickInput.last');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await choice, 'problems-panel');
  });
});
