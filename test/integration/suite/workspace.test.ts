import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeOf, copyDraft, copydeskDiagnostics, diagnosticFor, diagnosticsWhere, fileIn, openChecked, openDraft, readFile, runQuickInputCommand, waitFor, writeFile } from './helpers';

describe('workspace commands', () => {
  afterEach(closeAllEditors);

  it('checks every draft in a folder without opening them', async () => {
    const folder = fileIn('desk', 'more');
    const copydesk = await api();
    const before = copydesk.notices.length;
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean; message: string }>('copydesk.checkAllDrafts', folder);
    assert.equal(summary.files, 3);
    assert.equal(summary.cancelled, false);
    // It ends with a summary (shown with an Open Problems Panel button).
    assert.equal(summary.message, 'Copydesk checked 3 drafts: 1 quote · 1 spelling.');
    assert.ok(copydesk.notices.slice(before).includes(summary.message));
    const market = await diagnosticsWhere(fileIn('desk', 'more', 'market.md'), 'the market story', (list) => list.length > 0);
    assert.deepEqual(market.map(codeOf), ['quote/unattributed']);
    assert.equal(market[0].range.start.line, 6);
    const school = copydeskDiagnostics(fileIn('desk', 'more', 'school.txt'));
    assert.deepEqual(school.map(codeOf), ['spelling/common-misspelling']);
    assert.deepEqual(copydeskDiagnostics(fileIn('desk', 'more', 'notes.draft')), []);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/market.md')), 'check-all must not open the drafts');
  });

  it('stops Check All Drafts when its progress notification is cancelled, even while it searches', async () => {
    const folder = fileIn('scratch', 'bulk');
    const drafts = 1000;
    // Written straight to disk: a thousand round trips through the workbench would take seconds.
    mkdirSync(folder.fsPath, { recursive: true });
    const text = 'The committee said it would recieve the plans on Monday.\n\nThe vote is due next week.\n';
    for (let i = 0; i < drafts; i++) writeFileSync(join(folder.fsPath, `story-${String(i).padStart(4, '0')}.md`), text);
    try {
      await vscode.commands.executeCommand('notifications.clearAll');
      const run = vscode.commands.executeCommand<{ files: number; cancelled: boolean }>('copydesk.checkAllDrafts', folder);
      // The Cancel button of the newest notification: Copydesk's progress, shown as the run starts.
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      const summary = await run;
      assert.equal(summary.cancelled, true);
      assert.ok(summary.files < drafts, `${summary.files} of ${drafts} drafts checked before the cancel took effect`);
    } finally {
      rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });

  it('stops the worker part-way when Check All is cancelled while it checks', async () => {
    const folder = fileIn('scratch', 'long');
    const drafts = 200;
    const section = vscode.workspace.getConfiguration('copydesk');
    // The name index would read these drafts too; this test is about Check All alone.
    await section.update('workspaceNames', false, vscode.ConfigurationTarget.Workspace);
    mkdirSync(folder.fsPath, { recursive: true });
    const paragraph = 'The committee met in the town hall on a wet evening to hear residents on the plan for the harbor road, which would widen the junction by the school and move the bus stop forty yards to the east.\n\n';
    const text = `The committee said it would recieve the plans.\n\n${paragraph.repeat(400)}`;
    for (let i = 0; i < drafts; i++) writeFileSync(join(folder.fsPath, `report-${String(i).padStart(3, '0')}.md`), text);
    try {
      await vscode.commands.executeCommand('notifications.clearAll');
      const firstResults = new Promise<void>((resolve) => {
        const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
          if (!event.uris.some((uri) => uri.path.includes('/scratch/long/'))) return;
          subscription.dispose();
          resolve();
        });
      });
      const run = vscode.commands.executeCommand<{ files: number; cancelled: boolean }>('copydesk.checkAllDrafts', folder);
      await firstResults;
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      const summary = await run;
      assert.equal(summary.cancelled, true);
      assert.ok(summary.files > 0 && summary.files < drafts, `${summary.files} of ${drafts} drafts checked before the cancel took effect`);
    } finally {
      rmSync(folder.fsPath, { recursive: true, force: true });
      await section.update('workspaceNames', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('lists names to verify and jumps to the chosen one', async () => {
    await copyDraft('drafts/council.md', 'names.md');
    const editor = await openDraft('scratch', 'names.md');
    runQuickInputCommand('copydesk.showNamesToVerify');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the editor to select the second name (Ellen Hartwell, James Okonkwo, Okonkow)', () => !editor.selection.isEmpty);
    assert.equal(editor.document.getText(editor.selection), 'James Okonkwo');
  });

  it('exports a review report grouped by family', async () => {
    const uri = await copyDraft('drafts/council.md', 'report.md');
    await openDraft('scratch', 'report.md');
    // The name slip counts as one only once the name index has seen the last test's copy go.
    await diagnosticsWhere(uri, 'the four findings', (list) => list.length === 4);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('copydesk.exportReviewReport');
    const text = report.getText();
    assert.match(text, /^<!-- copydesk-disable -->\n# Copydesk review: scratch\/report\.md/);
    for (const heading of ['## Quotes and attribution (1)', '## Spelling and names (2)', '## Dates (1)', '## Quotes and their speakers (2)', '## Names to verify']) assert.ok(text.includes(heading), `${heading} missing from:\n${text}`);
    assert.match(text, /\*\*Line 11\*\* · `recieve` — .*receive/);
    assert.match(text, /\n\| 5 \| “The costs are simply too high and nobody…” \| \*\*Unattributed\*\* \| — \|\n\| 9 \| “This is a good day for the town,” \| Mayor Ellen Hartwell \| same sentence \|\n/);
    // Its tab is named after the draft, and the quotes it cites are never checked as a draft.
    await waitFor('the report tab, named after the draft', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === report.uri.toString() && t.label === 'Review — report.md'));
    assert.equal(report.languageId, 'markdown');
    await openDraft('scratch', 'report.md');
    await vscode.commands.executeCommand('copydesk.exportReviewReport');
    assert.equal(vscode.window.activeTextEditor?.document, report, 'exported again into the same tab');
    // The workbench reports tab changes asynchronously.
    await waitFor('one report tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === 'Review — report.md').length === 1);
    assert.equal(await vscode.commands.executeCommand('copydesk.checkCurrentDraft'), undefined, 'Check Current Draft leaves the report alone');
    assert.equal((await api()).findings(report.uri), undefined);
    assert.deepEqual(copydeskDiagnostics(report.uri), []);
  });
  it('opens a rule\'s documentation page', async () => {
    await vscode.commands.executeCommand('copydesk.openRuleDocumentation', 'spelling/common-misspelling');
    const tab = await waitFor('the documentation preview', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('common-misspelling')),
    );
    assert.match((tab.input as vscode.TabInputWebview).viewType, /markdown\.preview/);
  });

  it('adds the word under the cursor from the palette, after asking', async () => {
    const uri = fileIn('scratch', 'palette-word.md');
    await writeFile(uri, 'The flag kept its colour for a century.\n');
    const editor = await openDraft('scratch', 'palette-word.md');
    const d = await diagnosticFor(uri, 'spelling/unknown-word');
    editor.selection = new vscode.Selection(d.range.start.translate(0, 1), d.range.start.translate(0, 1));
    const words = fileIn('.copydesk', 'words.txt');
    const original = await readFile(words).catch(() => undefined);
    try {
      const added = runQuickInputCommand<vscode.Uri | undefined>('copydesk.addWordToDictionary').result;
      // The input box offers the word under the cursor; Enter accepts it.
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.equal((await added)?.toString(), words.toString());
      assert.ok((await readFile(words)).split('\n').includes('colour'));
      await waitFor('the word to be accepted', () => !copydeskDiagnostics(uri).some((x) => codeOf(x) === 'spelling/unknown-word'));
    } finally {
      if (original === undefined) await vscode.workspace.fs.delete(words);
      else await writeFile(words, original);
    }
  });

  it('opens the documentation of the finding under the cursor when given no rule', async () => {
    const uri = fileIn('scratch', 'docs-at-cursor.md');
    await writeFile(uri, 'The clerk will recieve the forms.\n');
    const editor = await openDraft('scratch', 'docs-at-cursor.md');
    const d = await diagnosticFor(uri, 'spelling/common-misspelling');
    editor.selection = new vscode.Selection(d.range.start.translate(0, 2), d.range.start.translate(0, 2));
    const previews = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.deepEqual(previews(), [], 'a preview is left from another test');
    await vscode.commands.executeCommand('copydesk.openRuleDocumentation');
    await waitFor('the documentation preview', () => previews().find((t) => t.label.includes('common-misspelling')));
  });
});

describe('settings and configuration files', () => {
  afterEach(closeAllEditors);

  it('applies a change to the copydesk.rules setting without a reload', async () => {
    const uri = await copyDraft('drafts/council.md', 'settings.md');
    await openDraft('scratch', 'settings.md');
    await diagnosticFor(uri, 'spelling/common-misspelling');
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('rules', { 'spelling/common-misspelling': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhere(uri, 'the rule to be turned off', (list) => !list.some((d) => codeOf(d) === 'spelling/common-misspelling') && list.length > 0);
    } finally {
      await section.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticFor(uri, 'spelling/common-misspelling');
  });

  it('applies an edit to .copydesk.json without a reload', async () => {
    const uri = await copyDraft('drafts/council.md', 'config-file.md');
    await openDraft('scratch', 'config-file.md');
    await diagnosticFor(uri, 'date/weekday-mismatch');
    const configUri = fileIn('.copydesk.json');
    const original = await readFile(configUri);
    await writeFile(configUri, JSON.stringify({ ...JSON.parse(original), rules: { 'date/weekday-mismatch': 'off' } }, null, 2));
    try {
      await diagnosticsWhere(uri, 'the .copydesk.json rule change', (list) => !list.some((d) => codeOf(d) === 'date/weekday-mismatch') && list.length > 0);
    } finally {
      await writeFile(configUri, original);
    }
    await diagnosticFor(uri, 'date/weekday-mismatch');
  });

  it('checks a language the user adds to copydesk.languages, and stops when it is removed', async () => {
    const uri = fileIn('scratch', 'notes.tex');
    await writeFile(uri, 'The council will recieve the report on Monday.\n');
    const editor = await openDraft('scratch', 'notes.tex');
    assert.equal(editor.document.languageId, 'latex');
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(copydeskDiagnostics(uri), []);
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('languages', ['markdown', 'plaintext', 'news-draft', 'latex'], vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticFor(uri, 'spelling/common-misspelling');
    } finally {
      await section.update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the latex file to be left alone again', () => copydeskDiagnostics(uri).length === 0);
  });

  it('applies an edit to .copydesk/facts.yaml without a reload', async () => {
    const { uri } = await openChecked('facts.md', '# Open day\n\nLONDON, March 5, 2024 — The Riverside Trust enters its 30th year this week with an open day.\n');
    assert.deepEqual(copydeskDiagnostics(uri), [], 'nothing to compare with before the facts sheet');
    const facts = fileIn('.copydesk', 'facts.yaml');
    await writeFile(facts, '- names: [Riverside Trust]\n  start: 2004-06\n');
    try {
      const d = await diagnosticFor(uri, 'date/elapsed');
      assert.match(d.message, /founded in June 2004: in March 2024 it was in its 20th year/);
    } finally {
      await vscode.workspace.fs.delete(facts);
    }
    await waitFor('the finding to go with the facts sheet', () => copydeskDiagnostics(uri).length === 0);
  });

  it('never runs code that a settings file path names: the file is read as data', async () => {
    const copydesk = await api();
    const script = fileIn('scratch', 'run-me.cjs');
    const marker = fileIn('scratch', 'ran.txt');
    await writeFile(script, "require('fs').writeFileSync(require('path').join(__dirname, 'ran.txt'), 'ran');\nmodule.exports = { rules: {} };\n");
    const uri = await copyDraft('drafts/council.md', 'code-setting.md');
    await openDraft('scratch', 'code-setting.md');
    await diagnosticFor(uri, 'quote/unattributed');
    const before = copydesk.notices.length;
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('configFile', 'scratch/run-me.cjs', vscode.ConfigurationTarget.Workspace);
    try {
      const notice = await waitFor('the settings file problem', () => copydesk.notices.slice(before).find((n) => n.includes('run-me.cjs')));
      assert.match(notice, /^\[settings\] .*run-me\.cjs: Not valid JSON/);
      await diagnosticFor(uri, 'quote/unattributed');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(marker)), 'the script ran');
    } finally {
      await section.update('configFile', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('applies an edit to .copydesk/words.txt made outside Copydesk without a reload', async () => {
    const uri = fileIn('scratch', 'words-file.md');
    await writeFile(uri, 'The crowd gathered in the town centre.\n');
    await openDraft('scratch', 'words-file.md');
    const before = await diagnosticFor(uri, 'spelling/unknown-word');
    assert.match(before.message, /centre/);
    const words = fileIn('.copydesk', 'words.txt');
    const original = await readFile(words).catch(() => undefined);
    await writeFile(words, `${original ?? ''}centre\n`);
    try {
      await waitFor('the word to be accepted', () => !copydeskDiagnostics(uri).some((d) => d.message.includes('centre')));
    } finally {
      if (original === undefined) await vscode.workspace.fs.delete(words);
      else await writeFile(words, original);
    }
    await diagnosticFor(uri, 'spelling/unknown-word');
  });

  it('checks only on save when copydesk.run is "onSave": not while typing, on Auto Save or on a settings change', async () => {
    const copydesk = await api();
    const uri = await copyDraft('drafts/council.md', 'on-save.md');
    const otherUri = await copyDraft('drafts/council.md', 'on-save-other.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(otherUri), { preview: false });
    await diagnosticFor(otherUri, 'spelling/common-misspelling');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await diagnosticFor(uri, 'spelling/common-misspelling');
    const misspellings = () => copydeskDiagnostics(uri).filter((d) => codeOf(d) === 'spelling/common-misspelling').length;
    const section = vscode.workspace.getConfiguration('copydesk');
    const files = vscode.workspace.getConfiguration('files');
    // Auto Save after a pause is VS Code for the Web's default, and what made the old test flaky:
    // it saved the draft before the test looked. Here it is on, and its save must not count.
    await files.update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Workspace);
    await files.update('autoSaveDelay', 100, vscode.ConfigurationTarget.Workspace);
    await section.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    try {
      // update() can resolve before the extension host sees the change; typing before then is checked.
      await waitFor('the settings to apply', () => {
        const read = vscode.workspace.getConfiguration();
        return read.get('copydesk.run') === 'onSave' && read.get('files.autoSave') === 'afterDelay';
      });
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\nThe clerk will recieve the forms.\n'));
      await waitFor('Auto Save to write the draft', () => !editor.document.isDirty);
      // A settings change re-checks open drafts in one pass: once the untouched draft has been
      // checked again, the edited one has had its chance to be.
      const refreshed = copydesk.nextLint(otherUri);
      await section.update('rules', { 'quote/said-bookism': 'off' }, vscode.ConfigurationTarget.Workspace);
      await refreshed;
      assert.equal(misspellings(), 1, 'no check while typing, on Auto Save, or on a settings change');
      // The user's own save (Ctrl+S) checks, even though Auto Save left nothing unsaved.
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await diagnosticsWhere(uri, 'the check on save', () => misspellings() === 2);
    } finally {
      await section.update('run', undefined, vscode.ConfigurationTarget.Workspace);
      await section.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('names a bad setting once, in words a non-programmer can act on, and keeps checking', async () => {
    const copydesk = await api();
    const uri = await copyDraft('drafts/council.md', 'bad-setting.md');
    await openDraft('scratch', 'bad-setting.md');
    const before = copydesk.notices.length;
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('rules', { 'spelling/no-such-rule': 'off', 'date/weekday-mismatch': 'loud' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the settings problems', () => copydesk.notices.slice(before).filter((n) => n.startsWith('[settings]')).length >= 2);
      await vscode.commands.executeCommand('copydesk.checkCurrentDraft');
      const notices = copydesk.notices.slice(before).filter((n) => n.startsWith('[settings]'));
      assert.deepEqual(notices, [
        '[settings] VS Code settings (copydesk.rules.spelling/no-such-rule): Unknown rule "spelling/no-such-rule". Run "copydesk rules" to list the rule ids.',
        '[settings] VS Code settings (copydesk.rules.date/weekday-mismatch): "date/weekday-mismatch" must be "off", "error", "warning", "info", "hint" or [level, { options }], not "loud".',
      ]);
      await diagnosticFor(uri, 'date/weekday-mismatch');
    } finally {
      await section.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('turns Copydesk off and on for the workspace', async () => {
    const uri = await copyDraft('drafts/council.md', 'toggle.md');
    await openDraft('scratch', 'toggle.md');
    await diagnosticFor(uri, 'quote/unattributed');
    assert.equal(await vscode.commands.executeCommand('copydesk.toggleWorkspace'), false);
    try {
      await waitFor('diagnostics to clear when turned off', () => copydeskDiagnostics(uri).length === 0);
    } finally {
      assert.equal(await vscode.commands.executeCommand('copydesk.toggleWorkspace'), true);
    }
    await diagnosticFor(uri, 'quote/unattributed');
  });

  it('reports a rule that throws once, and the other rules still run', async () => {
    const copydesk = await api();
    const uri = fileIn('scratch', 'failing-rule.md');
    // The marker makes the test-only rule quote/test-failure throw (registered in ExtensionMode.Test only).
    await writeFile(uri, 'COPYDESK-TEST-RULE-FAILURE\n\nThe council will recieve the report.\n');
    const before = copydesk.notices.length;
    const editor = await openDraft('scratch', 'failing-rule.md');
    await diagnosticsWhere(uri, 'the spelling finding despite the failing rule', (all) => all.some((d) => codeOf(d) === 'spelling/common-misspelling'));
    await waitFor('the failure notice', () => copydesk.notices.slice(before).some((n) => n.includes('quote/test-failure')));
    for (const word of ['again', 'and again']) {
      await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), `${word} `));
      await vscode.commands.executeCommand('copydesk.checkCurrentDraft');
    }
    assert.equal(copydesk.notices.slice(before).filter((n) => n.includes('quote/test-failure')).length, 1, 'reported once');
    assert.ok(copydeskDiagnostics(uri).every((d) => codeOf(d) !== 'quote/test-failure'));
  });

  it('skips a draft over copydesk.maxFileSize with one message', async () => {
    const copydesk = await api();
    const paragraph = 'The council said on Monday, March 5, 2024, that it would recieve the report. "Too late."\n\n';
    const uri = fileIn('scratch', 'manuscript.md');
    await writeFile(uri, paragraph.repeat(Math.ceil((1024 * 1024 + 1) / paragraph.length)));
    const before = copydesk.notices.length;
    await openDraft('scratch', 'manuscript.md');
    const notice = await waitFor('the size limit message', () => copydesk.notices.slice(before).find((n) => n.includes('manuscript.md')));
    assert.match(notice, /^Copydesk skipped scratch\/manuscript\.md: it is 1\.0 MB, over the 1\.0 MB limit \(copydesk\.maxFileSize\)\.$/);
    await vscode.commands.executeCommand('copydesk.checkCurrentDraft');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(copydeskDiagnostics(uri), []);
    assert.equal(copydesk.notices.slice(before).filter((n) => n.includes('manuscript.md')).length, 1, 'the message is shown once');
  });
});
