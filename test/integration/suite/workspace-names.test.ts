import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeOf, diagnosticFor, diagnosticsWhere, fileIn, openDraft, writeFile } from './helpers';

describe('names from the workspace’s other drafts', () => {
  afterEach(closeAllEditors);

  it('reads the drafts on disk, then flags a slip of a name two of them share', async () => {
    const indexed = await (await api()).workspaceNamesRead();
    assert.ok(indexed >= 2, `expected the sport drafts in the index, got ${indexed}`);
    const uri = fileIn('scratch', 'match-report.md');
    await writeFile(uri, 'Alumnia saved a penalty in the first half.\n');
    const editor = await openDraft('scratch', 'match-report.md');
    const diagnostic = await diagnosticFor(uri, 'spelling/name-variant');
    assert.match(diagnostic.message, /“Almunia”.*2 of the workspace’s other drafts/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const fix = actions.find((a) => a.title.includes('Almunia'));
    assert.ok(fix?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(editor.document.getText(), 'Almunia saved a penalty in the first half.\n');
  });

  it('follows a draft saved on disk: a spelling other drafts come to share is no longer flagged', async () => {
    const uri = fileIn('scratch', 'transfer.md');
    await writeFile(uri, 'Kwayke signed for Chelsea.\n');
    await openDraft('scratch', 'transfer.md');
    await diagnosticFor(uri, 'spelling/name-variant');
    // Two more drafts spell him this way: he is another player, not a slip.
    await writeFile(fileIn('sport', 'youth-team.md'), 'Kwayke scored twice for the youth team.\n');
    await writeFile(fileIn('sport', 'loan-move.md'), 'Kwayke joins on loan.\n');
    await diagnosticsWhere(uri, 'the name-variant finding to go', (list) => !list.some((d) => codeOf(d) === 'spelling/name-variant'), 15_000);
  });

  it('judges drafts on disk the same way in Check All Drafts', async () => {
    await (await api()).workspaceNamesRead();
    const uri = fileIn('sport', 'on-disk.md');
    await writeFile(uri, 'Almnuia was rested for the league game.\n');
    await vscode.commands.executeCommand('copydesk.checkAllDrafts', fileIn('sport'));
    const found = await diagnosticsWhere(uri, 'the name-variant finding', (list) => list.some((d) => codeOf(d) === 'spelling/name-variant'));
    assert.match(found.find((d) => codeOf(d) === 'spelling/name-variant')!.message, /“Almunia”/);
  });
});

