import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, copydeskDiagnostics, diagnosticsWhere, openChecked } from './helpers';

// An American draft (the fixture's dialect) quoting a British speaker.
const DRAFT = 'The center said labor favored the plan.\n\n"The labour movement is in favour," Smith said.\n';

const spellingIn = (uri: vscode.Uri) => copydeskDiagnostics(uri).filter((d) => codeOf(d) === 'spelling/unknown-word');

describe('copydesk.dialectInQuotes', () => {
  afterEach(closeAllEditors);

  it('keeps the speaker’s spelling in quotations, and the draft’s when set so', async () => {
    const { uri, editor } = await openChecked('dialect-in-quotes.md', DRAFT);
    assert.deepEqual(spellingIn(uri), []);
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('dialectInQuotes', 'draft', vscode.ConfigurationTarget.Workspace);
    try {
      const flagged = await diagnosticsWhere(uri, 'the quotation’s British spellings', (all) => all.filter((d) => codeOf(d) === 'spelling/unknown-word').length === 2);
      assert.deepEqual(
        flagged.filter((d) => codeOf(d) === 'spelling/unknown-word').map((d) => editor.document.getText(d.range)),
        ['labour', 'favour'],
      );
    } finally {
      await section.update('dialectInQuotes', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, 'the speaker’s spelling again', (all) => !all.some((d) => codeOf(d) === 'spelling/unknown-word'));
  });
});
