// "Copydesk: Check Current Draft" on a draft too long for the lint budget (issue 18): the whole
// draft is checked in a worker thread, so the extension host keeps answering while it runs, and
// its findings show only if the draft was not edited meanwhile. No absolute times: the tests
// assert the order of events (a round trip through the host ends before the whole check does).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, codeActionsAt, codeOf, copydeskDiagnostics, diagnosticsWhere, fileIn, hostileDraft, openChecked, waitFor } from './helpers';

const CHECKED_PARTLY = 'copydesk/checked-partly';
/** Long enough that checking all of it takes seconds, short of copydesk.maxFileSize. */
const CHARS = 600_000;
/** The whole check runs beside four other agents' work on two cores: the waits are long, the assertions about order only. */
const LONG_WAIT_MS = 120_000;

/** The drafts this suite writes into scratch/. */
const DRAFTS = ['whole-transcript.txt', 'whole-edited.txt'];

const noteOf = (uri: vscode.Uri) => copydeskDiagnostics(uri).find((d) => codeOf(d) === CHECKED_PARTLY && d.message.startsWith('Copydesk checked only'));

describe('Check Current Draft on a draft too long for the lint budget runs off the extension host', function () {
  this.timeout(300_000);
  // Only the whole check's work is under test. The workspace-names index is off: each draft written
  // to the folder changes it, and the open drafts are checked again (whole, once checked whole),
  // which would mix other checks into the order of events; the unit tests send the names to the
  // worker. And the drafts are plain text: on 600,000
  // characters of Markdown, VS Code's own Markdown extension held the host for 2.5 s at a time
  // (measured with a 20 ms interval timer in this suite; 0.25 s at most for the same text as .txt).
  // Speakers shown from the start: a change of any copydesk setting checks open drafts again.
  const SETTINGS: Record<string, unknown> = { lintBudget: 50, typingDelay: 0, workspaceNames: false, showSpeakers: true };
  before(async () => {
    for (const [key, value] of Object.entries(SETTINGS)) await vscode.workspace.getConfiguration('copydesk').update(key, value, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await closeAllEditors();
    // Gone before the workspace's names are read again (the setting back on): 600,000 characters each.
    for (const name of DRAFTS) await vscode.workspace.fs.delete(fileIn('scratch', name));
    for (const key of Object.keys(SETTINGS)) await vscode.workspace.getConfiguration('copydesk').update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** Opens a long draft and waits for its budgeted lint: the note, and the offset where checking stopped. */
  async function openLong(name: string) {
    const { uri, editor } = await openChecked(name, hostileDraft(CHARS));
    await diagnosticsWhere(uri, 'the checked-in-part note', () => noteOf(uri) !== undefined, LONG_WAIT_MS);
    const note = noteOf(uri)!;
    return { uri, editor, stoppedAt: editor.document.offsetAt(note.range.start) };
  }

  const startedNotice = (name: string) => (n: string) => n.startsWith(`Checking all of scratch/${name} off the editor's thread`);

  it('answers round trips while it checks, then shows findings to the end and no note', async () => {
    const copydesk = await api();
    const name = DRAFTS[0];
    const { uri, editor, stoppedAt } = await openLong(name);
    const inPart = copydeskDiagnostics(uri).length;
    const before = copydesk.notices.length;

    const events: string[] = [];
    const checked = Promise.resolve(vscode.commands.executeCommand<number | undefined>('copydesk.checkCurrentDraft')).then((count) => {
      events.push('whole check done');
      return count;
    });
    await waitFor('the whole check to start', () => copydesk.notices.slice(before).some(startedNotice(name)), LONG_WAIT_MS);
    // Each request goes from the extension host to the workbench and back into the host's code
    // action provider: it cannot end while the host's thread is busy checking.
    while (!events.includes('whole check done') && events.length < 5) {
      const actions = await codeActionsAt(uri, new vscode.Range(0, 0, 0, 1));
      assert.ok(Array.isArray(actions));
      events.push('round trip');
    }
    const count = await checked;
    assert.equal(events[0], 'round trip', `events: ${events.join(', ')}`);
    assert.ok(events.includes('whole check done'), `events: ${events.join(', ')}`);

    assert.ok(typeof count === 'number' && count > inPart, `the whole check found ${count}, the part ${inPart}`);
    const all = await diagnosticsWhere(uri, 'the whole draft checked', (d) => d.length === count, LONG_WAIT_MS);
    assert.ok(!all.some((d) => codeOf(d) === CHECKED_PARTLY), 'a checked-in-part note after the whole check');
    const last = all.reduce((a, b) => (editor.document.offsetAt(a.range.start) > editor.document.offsetAt(b.range.start) ? a : b));
    assert.ok(editor.document.offsetAt(last.range.start) > CHARS * 0.9, `the last finding is at offset ${editor.document.offsetAt(last.range.start)} of ${editor.document.getText().length}`);
    assert.ok(editor.document.offsetAt(last.range.start) > stoppedAt);
    // Past the budget's cut, a finding has its quick fixes as any other does.
    const fixes = await codeActionsAt(uri, last.range, vscode.CodeActionKind.QuickFix.value);
    const disable = `Disable ${codeOf(last)} for this line`;
    assert.ok(fixes.some((a) => a.title === disable), `no "${disable}" among: ${fixes.map((a) => a.title).join(' | ')}`);
    // And a quotation there has its speaker on hover, and after its closing mark (copydesk.showSpeakers).
    const lastQuote = new vscode.Position(editor.document.lineCount - 3, 3);
    assert.ok(editor.document.offsetAt(lastQuote) > stoppedAt && editor.document.lineAt(lastQuote.line).text.startsWith('"'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, lastQuote);
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(hoverText, /\*\*Copydesk · Quote by [A-Z][a-z]+\*\*\n\nSpeaker found: same sentence\./);
    const line = new vscode.Range(lastQuote.line, 0, lastQuote.line + 1, 0);
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, line)) ?? [];
    assert.equal(hints.length, 1);
    assert.match(typeof hints[0].label === 'string' ? hints[0].label : '', /^— [A-Z][a-z]+$/);
    await waitFor('the status bar to count the whole draft', () => !copydesk.statusBarText()?.includes('checked in part') && copydesk.statusBarText());
    assert.ok(copydesk.notices.slice(before).includes(`Checked all of scratch/${name}: ${count} finding(s)`), copydesk.notices.slice(before).join(' | '));

    // A setting changed, not the text: the part is checked again at once, then all of it again.
    const beforeSetting = copydesk.notices.length;
    const section = vscode.workspace.getConfiguration('copydesk');
    await section.update('rules', { 'spelling/common-misspelling': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const again = await waitFor('all of it checked again', () => copydesk.notices.slice(beforeSetting).find((n) => n.startsWith(`Checked all of scratch/${name}: `)), LONG_WAIT_MS);
      const recount = Number(/: (\d+) finding/.exec(again)?.[1]);
      assert.ok(recount > inPart && recount < count, `${recount} findings with a rule off, ${count} before`);
      const now = await diagnosticsWhere(uri, 'the whole draft with the rule off', (d) => d.length === recount, LONG_WAIT_MS);
      assert.ok(!now.some((d) => codeOf(d) === CHECKED_PARTLY || codeOf(d) === 'spelling/common-misspelling'));
    } finally {
      await section.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('drops a whole check of text edited while it ran, and checks the new text when asked again', async () => {
    const copydesk = await api();
    const name = DRAFTS[1];
    const { uri, editor } = await openLong(name);
    const before = copydesk.notices.length;

    const checked = vscode.commands.executeCommand<number | undefined>('copydesk.checkCurrentDraft');
    await waitFor('the whole check to start', () => copydesk.notices.slice(before).some(startedNotice(name)), LONG_WAIT_MS);
    // A misspelling at the very end, past the budget's cut: only a check of the new text finds it.
    const typed = copydesk.nextLint(uri);
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((b) => b.insert(end, 'The council will recieve it.\n')));
    await typed;
    assert.equal(await checked, undefined, 'a whole check of older text gave a count');
    assert.ok(copydesk.notices.slice(before).includes(`Dropped the whole check of scratch/${name}: the draft changed while it ran`), copydesk.notices.slice(before).join(' | '));

    // The budgeted lint of the new text stands: its note, and nothing past it.
    const note = noteOf(uri);
    assert.ok(note, 'no checked-in-part note after the edit');
    const stoppedAt = editor.document.offsetAt(note.range.start);
    for (const d of copydeskDiagnostics(uri)) {
      if (codeOf(d) !== CHECKED_PARTLY) assert.ok(editor.document.offsetAt(d.range.end) <= stoppedAt, `${codeOf(d)} on line ${d.range.start.line + 1} is past where checking stopped`);
    }
    assert.ok(!copydesk.notices.slice(before).some((n) => n.startsWith(`Checked all of scratch/${name}`)));

    const count = await vscode.commands.executeCommand<number | undefined>('copydesk.checkCurrentDraft');
    assert.ok(typeof count === 'number');
    const all = await diagnosticsWhere(uri, 'the new text checked whole', (d) => d.length === count, LONG_WAIT_MS);
    const lastLine = editor.document.lineCount - 2;
    assert.ok(all.some((d) => codeOf(d) === 'spelling/common-misspelling' && d.range.start.line === lastLine), `no misspelling found on the last line (${lastLine + 1})`);

    // The review report is of all of it too: the model on the host stops at the budget's cut, so the worker writes it.
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('copydesk.exportReviewReport');
    assert.match(report.getText(), new RegExp(`\\*\\*Line ${lastLine + 1}\\*\\* · \`recieve\` — `));
  });
});
