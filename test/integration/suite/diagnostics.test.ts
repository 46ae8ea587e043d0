import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, copyDraft, copydeskDiagnostics, diagnosticFor, diagnosticsWhere, fileIn, openDraft, waitFor, writeFile } from './helpers';

describe('diagnostics in a draft', () => {
  let uri: vscode.Uri;
  before(async () => {
    uri = await copyDraft('drafts/council.md', 'diagnostics.md');
    await openDraft('scratch', 'diagnostics.md');
  });
  after(closeAllEditors);

  it('reports each family with source "copydesk" and the rule id linked to its docs page', async () => {
    const all = await diagnosticsWhere(uri, 'quote, spelling and date findings', (list) =>
      ['quote/', 'spelling/', 'date/'].every((family) => list.some((d) => codeOf(d).startsWith(family))),
    );
    for (const d of all) {
      assert.equal(d.source, 'copydesk');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.toString(), `https://github.com/copydesk/copydesk/blob/main/docs/rules/${code.value}.md`);
    }
  });

  it('places each finding on the exact words', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const text = (ruleId: string) => diagnosticFor(uri, ruleId).then((d) => document.getText(d.range));
    assert.equal(await text('date/weekday-mismatch'), 'Monday, March 5, 2024');
    assert.equal(await text('spelling/common-misspelling'), 'recieve');
    assert.equal(await text('spelling/name-variant'), 'Okonkow');
    assert.match(await text('quote/unattributed'), /^"The costs are simply too high/);
  });

  it('links a name variant to the places the other spelling is written', async () => {
    const d = await diagnosticFor(uri, 'spelling/name-variant');
    const related = d.relatedInformation ?? [];
    assert.equal(related.length, 2);
    const document = await vscode.workspace.openTextDocument(uri);
    for (const r of related) {
      assert.equal(r.location.uri.toString(), uri.toString());
      assert.equal(document.getText(r.location.range), 'Okonkwo');
    }
    assert.deepEqual(related.map((r) => r.location.range.start.line), [10, 10]);
  });

  it('explains the rule on hover', async () => {
    const d = await diagnosticFor(uri, 'spelling/common-misspelling');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Copydesk/);
    assert.match(text, /spelling\/common-misspelling/);
    // Plain spaces: a hover whose spaces are all &nbsp; (MarkdownString.appendText) wraps mid-word.
    assert.doesNotMatch(text, /&nbsp;/);
    assert.match(text, /with a single correct form the fix is safe to apply/);
  });

  it('names the speaker of a quotation on hover, and how Copydesk found them', async () => {
    await diagnosticFor(uri, 'quote/unattributed');
    const hoverText = async (line: number, character: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    };
    // Line 9: "This is a good day for the town," said Mayor Ellen Hartwell.
    assert.match(await hoverText(8, 10), /\*\*Copydesk · Quote by Mayor Ellen Hartwell\*\*\n\nSpeaker found: same sentence\./);
    // Line 5: the quote nobody is credited with, with the rule's explanation below.
    const unattributed = await hoverText(4, 10);
    assert.match(unattributed, /^\*\*Copydesk · Quote with no speaker found\*\*/);
    assert.match(unattributed, /quote\/unattributed/);
  });

  it('shows each speaker after the closing mark when copydesk.showSpeakers is on', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const whole = new vscode.Range(0, 0, 20, 0);
    const hints = async () => (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole)) ?? [];
    const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    assert.deepEqual(await hints(), [], 'off by default');
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('showSpeakers', true, vscode.ConfigurationTarget.Workspace);
    try {
      const shown = await waitFor('the speaker hint', async () => {
        const list = await hints();
        return list.length > 0 ? list : undefined;
      });
      assert.deepEqual(shown.map((h) => [h.position.line, h.position.character, label(h)]), [[8, 34, '— Mayor Ellen Hartwell']]);
      const document = await vscode.workspace.openTextDocument(uri);
      assert.equal(document.lineAt(8).text.slice(0, 34), '"This is a good day for the town,"');
    } finally {
      await section.update('showSpeakers', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the hints to go when turned off', async () => (await hints()).length === 0);
  });

  it('updates as the user types, and clears when the file is deleted', async () => {
    const editor = await openDraft('scratch', 'diagnostics.md');
    await diagnosticFor(uri, 'spelling/common-misspelling');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nThe mayor said she would recieve the report on Thursday.\n'));
    await diagnosticsWhere(uri, 'a second misspelling after typing', (list) => list.filter((d) => codeOf(d) === 'spelling/common-misspelling').length === 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
    // The file watcher is the only signal for a delete outside the explorer. On a loaded machine
    // this wait has failed, at 10 s and at 25 s, in a few full runs; never when run alone.
    // Why is not known yet.
    await waitFor('diagnostics to clear after delete', () => copydeskDiagnostics(uri).length === 0, 25_000);
  });
});

describe('diagnostics around a draft', () => {
  afterEach(closeAllEditors);

  it('links a date finding to the date it compared with', async () => {
    const uri = fileIn('scratch', 'elapsed.md');
    await writeFile(uri, '# Bridge\n\nLONDON, March 5, 2024 — The bridge dispute, which began in 2019, entered its tenth year on Monday.\n');
    const document = (await openDraft('scratch', 'elapsed.md')).document;
    const d = await diagnosticFor(uri, 'date/elapsed');
    assert.equal(document.getText(d.range), 'entered its tenth year');
    const [related] = d.relatedInformation ?? [];
    assert.ok(related, 'no related information');
    assert.equal(related.message, 'Start date given here');
    assert.match(document.getText(related.location.range), /2019/);
  });

  it('clears a draft\'s diagnostics when it is closed', async () => {
    const uri = await copyDraft('drafts/council.md', 'closing.md');
    // Opened as a user opens it: a document an extension opened (openTextDocument) stays open for minutes.
    await vscode.commands.executeCommand('vscode.open', uri);
    await diagnosticFor(uri, 'quote/unattributed');
    await closeAllEditors();
    await waitFor('diagnostics to clear after close', () => copydeskDiagnostics(uri).length === 0, 20_000);
  });
});
