import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientCapabilities, CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { CLI, TestClient, uriOf } from './client';
import { applyLspEdits, DRAFT, DRAFT_FIXED_SAFELY, workspace } from './fixtures';

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`);

describe('language server: protocol', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('Build first: npm run build');
  });

  let client: TestClient;
  let folder: ReturnType<typeof workspace>;
  beforeEach(() => {
    folder = workspace({ 'draft.md': DRAFT });
  });
  afterEach(async () => {
    if (client) await client.stop();
    folder.remove();
  });

  /** Starts a server on the folder, opens draft.md in it and waits for its first diagnostics. */
  async function openDraft(capabilities: ClientCapabilities = {}): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    client = new TestClient();
    await client.initialize(folder.root, capabilities);
    const uri = uriOf(folder.path('draft.md'));
    await client.open(uri, DRAFT);
    return { uri, diagnostics: await client.diagnosticsOf(uri, 1) };
  }

  it('initializes with incremental sync, pull diagnostics, fix-all and its commands', async () => {
    client = new TestClient();
    const { capabilities, serverInfo } = await client.initialize(folder.root);
    assert.equal(serverInfo?.name, 'copydesk');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.copydesk'] });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['copydesk.checkAllDrafts', 'copydesk.namesToVerify', 'copydesk.reviewReport', 'copydesk.addWord', 'copydesk.checkDraft']);
  });

  it('pushes the CLI\'s findings with code, docs link, source, severity and related places', async () => {
    const { uri, diagnostics } = await openDraft();
    assert.deepEqual(diagnostics.map((d) => d.code), [
      'spelling/unknown-word',
      'spelling/name-variant',
      'spelling/common-misspelling',
      'spelling/common-misspelling',
      'spelling/repeated-word',
      'quote/anonymous-source',
    ]);
    const first = diagnostics[0];
    assert.deepEqual(first.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 18 } });
    assert.equal(first.source, 'copydesk');
    assert.equal(first.severity, 2);
    assert.match(first.codeDescription!.href, /docs\/rules\/spelling\/unknown-word\.md$/);
    // A finding that points elsewhere in the draft carries those places as related information.
    const names = uriOf(folder.path('names.md'));
    await client.open(names, 'Volodymyr Zelenskyy spoke on Monday. Later Zelenskyyy said more. Zelenskyy left.\n');
    const [variant] = await client.diagnosticsOf(names, 1);
    assert.equal(variant.code, 'spelling/name-variant');
    assert.deepEqual(variant.relatedInformation, [
      { message: '“Zelenskyy” is written here', location: { uri: names, range: { start: { line: 0, character: 10 }, end: { line: 0, character: 19 } } } },
      { message: '“Zelenskyy” is written here', location: { uri: names, range: { start: { line: 0, character: 65 }, end: { line: 0, character: 74 } } } },
    ]);
  });

  it('after incremental edits, publishes what a fresh lint of the final text finds', async () => {
    const { uri } = await openDraft();
    // Type a misspelt word into line 3, delete "the the " on line 5, and add a paragraph, as three changes of one notification and then one more.
    await client.change(uri, 2, [
      { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, text: 'goverment ' },
      { range: { start: { line: 4, character: 38 }, end: { line: 4, character: 46 } }, text: '' },
    ]);
    await client.change(uri, 3, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'The the council met.\n' }]);
    const edited = await client.diagnosticsOf(uri, 3);
    const finalText = DRAFT.replace('The minster', 'The goverment minster').replace('for the the upkeep', 'for upkeep') + 'The the council met.\n';
    // A second server opens the final text afresh, with the same file name and workspace.
    const fresh = new TestClient();
    try {
      await fresh.initialize(folder.root);
      await fresh.open(uri, finalText);
      assert.deepEqual(summary(edited), summary(await fresh.diagnosticsOf(uri, 1)));
    } finally {
      await fresh.stop();
    }
    assert.ok(edited.some((d) => d.message.includes('goverment')));
  });

  it('answers pull diagnostics (LSP 3.17), asks for a refresh when the workspace\'s names are read, and pushes nothing', async () => {
    client = new TestClient();
    await client.initialize(folder.root, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } });
    const uri = uriOf(folder.path('draft.md'));
    await client.open(uri, DRAFT);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    assert.equal(report.kind, 'full');
    assert.equal(report.items.length, 6);
    await client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
    const after = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    assert.deepEqual(after.items.map((d) => d.code), ['spelling/unknown-word', 'spelling/name-variant', 'quote/anonymous-source']);
    // Once the workspace's names are read, the server asks the client to pull again.
    await client.until('a diagnostic refresh', () => client.refreshes > 0);
    assert.equal(client.published.length, 0);
  });

  it('fix-all applies every safe fix and nothing else', async () => {
    const { uri, diagnostics } = await openDraft();
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.copydesk');
    const change = actions[0].edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: never[] };
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(applyLspEdits(DRAFT, change.edits), DRAFT_FIXED_SAFELY);
    // A quick-fix request on one finding offers its fixes (the safe one preferred), the word actions and a disable comment.
    const misspelt = diagnostics[2];
    const quickFixes = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } })) as CodeAction[];
    assert.deepEqual(quickFixes.map((a) => [a.title, a.isPreferred === true]), [
      ['Change to “receive”', true],
      ['Add "recieve" to the workspace dictionary', false],
      ['Ignore "recieve" in this draft', false],
      ['Disable spelling/common-misspelling for this line', false],
      ['Fix all safe Copydesk problems in this file', false],
    ]);
    const editOf = (title: string) => {
      const change = quickFixes.find((a) => a.title === title)!.edit!.documentChanges![0] as TextDocumentEdit;
      return applyLspEdits(DRAFT, change.edits);
    };
    assert.equal(editOf('Ignore "recieve" in this draft'), `---\ncopydesk:\n  words:\n    - recieve\n---\n${DRAFT}`);
    assert.equal(
      editOf('Disable spelling/common-misspelling for this line'),
      DRAFT.replace('for the the upkeep.', 'for the the upkeep. <!-- copydesk-disable-line spelling/common-misspelling -->'),
    );
  });

  it('picks up a changed .copydesk.json (didChangeWatchedFiles) and client settings (workspace/configuration)', async () => {
    const { diagnostics } = await openDraft({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } });
    assert.equal(diagnostics.length, 6);
    folder.write('.copydesk.json', JSON.stringify({ rules: { 'spelling/common-misspelling': 'off' } }));
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(folder.path('.copydesk.json')), type: 1 }] });
    await client.until('diagnostics after the settings file changed', () => client.published.length > before && client.published.at(-1)!.diagnostics.length === 4);
    assert.ok(!client.published.at(-1)!.diagnostics.some((d) => d.code === 'spelling/common-misspelling'));
    client.settings = { copydesk: { rules: { 'quote/anonymous-source': 'error' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const raised = await client.until('the client setting applied', () => client.published.at(-1)!.diagnostics.find((d) => d.code === 'quote/anonymous-source' && d.severity === 1));
    assert.ok(raised);
  });

  it('with copydesk.run "onSave", publishes on open and save, not while typing', async () => {
    client = new TestClient();
    // No workspace folder, so no index of its names re-checks the draft in between.
    await client.initialize(undefined, {}, { copydesk: { run: 'onSave' } });
    const uri = uriOf(folder.path('draft.md'));
    await client.open(uri, DRAFT);
    assert.equal((await client.diagnosticsOf(uri, 1)).length, 6);
    await client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.equal((await client.diagnosticsOf(uri, 2)).length, 3);
    // One more round trip, so that anything else the change set off has arrived.
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 2]);
  });

  it('checks a draft too long for copydesk.lintBudget in part, with a note where checking stopped', async () => {
    client = new TestClient();
    await client.initialize(undefined, {}, { copydesk: { lintBudget: 50 } });
    const uri = uriOf(folder.path('long.md'));
    // 300,000 characters: over the size always checked whole, and far over 50 ms at the first guess of a draft's speed.
    const paragraph = 'The minster sgined the bill on Tuesday, officials said. '.repeat(4) + '\n\n';
    const lines = Math.ceil(300_000 / paragraph.length);
    await client.open(uri, paragraph.repeat(lines));
    const diagnostics = await client.diagnosticsOf(uri, 1);
    const notes = diagnostics.filter((d) => d.code === 'copydesk/checked-partly');
    const note = notes.find((d) => d.message.startsWith('Copydesk checked only'));
    assert.ok(note, summary(diagnostics).join('\n'));
    assert.equal(note.severity, 3);
    assert.match(note.message, /within its time budget \(50 ms, the copydesk\.lintBudget setting\)\. Nothing from here on was checked\. Raise copydesk\.lintBudget/);
    const stopped = note.range.start.line;
    assert.ok(stopped > 0 && stopped < lines * 2, String(stopped));
    for (const d of diagnostics) if (d.code !== 'copydesk/checked-partly') assert.ok(d.range.end.line <= stopped, summary([d])[0]);
  });

  describe('copydesk.checkDraft on a draft too long for copydesk.lintBudget', () => {
    // 600,000 characters, then a misspelling in the last line, far past where a 50 ms budget cuts.
    const paragraph = 'The minster sgined the bill on Tuesday, officials said. '.repeat(4) + '\n\n';
    const lastLine = Math.ceil(600_000 / paragraph.length) * 2;
    const isNote = (d: Diagnostic) => d.code === 'copydesk/checked-partly';

    const wholeCheckStarted = () => client.progress.some((p) => (p as { value: { title?: string } }).value.title === 'Copydesk: checking all of long.md');

    async function openLong(): Promise<{ uri: string; stopped: number }> {
      client = new TestClient();
      await client.initialize(folder.root, { window: { workDoneProgress: true } }, { copydesk: { lintBudget: 50 } });
      const uri = uriOf(folder.path('long.md'));
      await client.open(uri, paragraph.repeat(lastLine / 2) + 'The council will recieve it.\n');
      const note = (await client.diagnosticsOf(uri, 1)).find(isNote);
      assert.ok(note);
      return { uri, stopped: note.range.start.line };
    }

    it('answers other requests while it checks, then pushes findings to the end and no note', async () => {
      const { uri, stopped } = await openLong();
      const events: string[] = [];
      const checked = client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.checkDraft', arguments: [uri] }).then((result) => {
        events.push('whole check done');
        return result as { status: string; findings?: number };
      });
      // The server reads requests in order: the hover is read after the command has started the worker.
      await client.until('the progress of the whole check', () => wholeCheckStarted());
      while (!events.includes('whole check done') && events.length < 5) {
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
        events.push('hover');
      }
      const result = await checked;
      assert.equal(events[0], 'hover', events.join(', '));
      assert.equal(result.status, 'checked');
      const last = client.published.filter((p) => p.uri === uri).at(-1)!;
      assert.equal(last.version, 1);
      assert.equal(last.diagnostics.length, result.findings);
      assert.ok(!last.diagnostics.some(isNote));
      const misspelling = last.diagnostics.find((d) => d.code === 'spelling/common-misspelling' && d.range.start.line === lastLine);
      assert.ok(misspelling && lastLine > stopped, summary(last.diagnostics).join('\n'));
      // Past where the budget cut, code actions come from the whole check too.
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: misspelling.range, context: { diagnostics: [misspelling] } })) as CodeAction[];
      assert.ok(actions.some((a) => a.title.includes('receive')), actions.map((a) => a.title).join(' | '));
      // The review report is of all of it too, from the worker: the server's own model stops at the cut.
      const report = (await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.reviewReport', arguments: [uri] })) as string;
      assert.match(report, new RegExp(`\\*\\*Line ${lastLine + 1}\\*\\* · \`recieve\` — `));
    });

    it('drops the findings of text edited while it checked', async () => {
      const { uri } = await openLong();
      const checked = client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.checkDraft', arguments: [uri] });
      await client.until('the progress of the whole check', () => wholeCheckStarted());
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Now ' }]);
      assert.deepEqual(await checked, { status: 'stale' });
      const edited = await client.diagnosticsOf(uri, 2);
      const note = edited.find(isNote);
      assert.ok(note, 'the budgeted lint of the new text has no note');
      for (const d of edited) if (!isNote(d)) assert.ok(d.range.end.line <= note.range.start.line, summary([d])[0]);
      assert.ok(!client.published.some((p) => p.uri === uri && p.version === 1 && !p.diagnostics.some(isNote)), 'findings of the old text were pushed');
    });
  });

  it('skips a 5 MB draft with a message saying so', async () => {
    client = new TestClient();
    await client.initialize(folder.root);
    const uri = uriOf(folder.path('huge.md'));
    const paragraph = 'The minster sgined the bill. '.repeat(40) + '\n\n';
    await client.open(uri, paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)));
    const message = await client.until('the skip message', () => client.messages.find((m) => m.message.includes('skipped')));
    assert.equal(message.message, 'Copydesk skipped huge.md: it is 5.0 MB, over the 1.0 MB limit (copydesk.maxFileSize).');
    assert.deepEqual(await client.diagnosticsOf(uri), []);
  });

  it('answers malformed requests with errors and keeps serving', async () => {
    const { uri } = await openDraft();
    await assert.rejects(client.connection.sendRequest('textDocument/hover', {}), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 42 } }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.nothing' }), (e: { code: number }) => e.code === -32601);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.reviewReport', arguments: [17] }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.connection.sendRequest('copydesk/unknown', {}), (e: { code: number }) => e.code === -32601);
    // Bytes that are not JSON at all.
    client.server.stdin!.write('Content-Length: 9\r\n\r\n{not json');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 14 } })) as Hover;
    assert.match(JSON.stringify(hover.contents), /sgined/);
  });

  it('shows the quotation\'s speaker on hover', async () => {
    const { uri } = await openDraft();
    const named = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 40 } })) as Hover;
    assert.equal((named.contents as { value: string }).value, '**Copydesk · Quote by Mayor Alma Brandt**\n\nSpeaker found: same sentence.');
    assert.deepEqual(named.range, { start: { line: 6, character: 35 }, end: { line: 6, character: 51 } });
    const anonymous = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 2 } })) as Hover;
    const parts = (anonymous.contents as { value: string }).value.split('\n\n');
    assert.deepEqual(parts.slice(0, 2), ['**Copydesk · Quote by a source** (anonymous source)', 'Speaker found: same sentence.']);
    assert.match(parts[2], /^Quotation “We will build it,” is attributed only to an unnamed source/);
    assert.equal(parts[3], '**Copydesk · A quotation attributed only to a vague or unnamed source.**');
    assert.equal(parts[5], '[quote/anonymous-source](https://github.com/copydesk/copydesk/blob/main/docs/rules/quote/anonymous-source.md)');
  });

  it('adds a word to the workspace dictionary through workspace/applyEdit, and the finding goes', async () => {
    const { uri } = await openDraft({ workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.addWord', arguments: ['sgined', uri] })) as { applied: boolean; file: string };
    assert.deepEqual(result, { applied: true, file: folder.path('.copydesk/words.txt') });
    const wordsUri = uriOf(folder.path('.copydesk/words.txt'));
    assert.deepEqual(client.appliedEdits[0], {
      documentChanges: [
        { kind: 'create', uri: wordsUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: wordsUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'sgined\n' }] },
      ],
    });
    await client.until('the word accepted', () => client.published.at(-1)!.diagnostics.length === 5 && !client.published.at(-1)!.diagnostics.some((d) => d.message.includes('sgined')));
  });

  it('checks all drafts with $/progress, and answers names to verify and the review report', async () => {
    folder.write('other.md', 'The council met on the plan. They recieve nothing.\n');
    const { uri } = await openDraft({ window: { workDoneProgress: true } });
    const summary = await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.checkAllDrafts', workDoneToken: 'check-all' });
    assert.deepEqual(summary, { files: 2, findings: 7, skipped: 0 });
    const other = await client.diagnosticsOf(uriOf(folder.path('other.md')));
    assert.deepEqual(other.map((d) => d.code), ['spelling/common-misspelling']);
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const names = (await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.namesToVerify', arguments: [uri] })) as { name: string }[];
    assert.deepEqual(names.map((n) => n.name), ['Ramnatein', 'Alma Brandt']);
    const report = (await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.reviewReport', arguments: [uri] })) as string;
    assert.match(report, /^# Copydesk review: draft\.md\n\n6 findings\./m);
  });

  it('shuts down and exits with code 0', async () => {
    client = new TestClient();
    await client.initialize(folder.root);
    assert.equal(await client.connection.sendRequest('shutdown'), null);
    await client.connection.sendNotification('exit');
    assert.equal(await client.exited, 0);
  });
});

describe('language server: the workspace\'s names', function () {
  let client: TestClient;
  let folder: ReturnType<typeof workspace>;
  afterEach(async () => {
    await client.stop();
    folder.remove();
  });

  it('reads the other drafts after the first check, then follows a saved draft', async () => {
    folder = workspace({
      'a.md': 'Councillor Ilse Vantongeren opened the market.\n',
      'b.md': 'The market, run by Ilse Vantongeren, closed.\n',
      'c.md': 'Ilse Vantongren spoke to traders on the quay.\n',
    });
    client = new TestClient();
    await client.initialize(folder.root);
    const uri = uriOf(folder.path('c.md'));
    await client.open(uri, 'Ilse Vantongren spoke to traders on the quay.\n');
    // The first check has nothing to compare with; once the folder is read, the slip shows.
    assert.deepEqual(await client.diagnosticsOf(uri, 1).then(() => client.published[0].diagnostics), []);
    const slip = await client.until('the slip found with the workspace\'s names', () => client.published.at(-1)!.diagnostics.find((d) => d.code === 'spelling/name-variant'));
    assert.equal(slip.message, '“Vantongren” looks like a misspelling of “Vantongeren”, which appears in 2 of the workspace’s other drafts.');
    assert.match(client.logs.join('\n'), /names of 3 drafts in the workspace indexed/);
    // b.md is rewritten and saved in the editor: one other draft is no longer enough.
    const b = uriOf(folder.path('b.md'));
    folder.write('b.md', 'The market closed.\n');
    await client.open(b, 'The market closed.\n');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: b } });
    await client.until('the slip gone', () => !client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.some((d) => d.code === 'spelling/name-variant'));
  });
});

describe('language server: safety', function () {
  let folder: ReturnType<typeof workspace>;
  afterEach(() => folder.remove());

  it('reads settings files as data, runs no workspace code, and reaches no network nor other program', async () => {
    folder = workspace({
      'draft.md': DRAFT,
      'other.md': 'The council met on the plan.\n',
      // A settings file that is a script: it must be reported, never run.
      'settings.js': `require('node:fs').writeFileSync(${JSON.stringify(join(tmpdir(), 'copydesk-ran-workspace-code'))}, 'ran');\nmodule.exports = { dialect: 'en-GB' };\n`,
    });
    const forbiddenLog = folder.path('forbidden.log');
    const marker = join(tmpdir(), 'copydesk-ran-workspace-code');
    rmSync(marker, { force: true });
    const client = new TestClient(CLI, { nodeArgs: ['--require', join(__dirname, 'no-network.cjs')], env: { COPYDESK_FORBIDDEN_LOG: forbiddenLog } });
    try {
      await client.initialize(folder.root, { window: { workDoneProgress: true }, workspace: { applyEdit: true } }, { copydesk: { configFile: 'settings.js' } });
      const uri = uriOf(folder.path('draft.md'));
      await client.open(uri, DRAFT);
      assert.equal((await client.diagnosticsOf(uri, 1)).length, 6);
      const problem = await client.until('the settings file reported', () => client.messages.find((m) => m.message.includes('settings.js')));
      assert.equal(problem.type, 2);
      await client.until('the workspace index', () => client.logs.find((log) => log.includes('names of')));
      await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.checkAllDrafts' });
      await client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.addWord', arguments: ['sgined', uri] });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 2 } });
    } finally {
      assert.equal(await client.stop(), 0);
    }
    assert.equal(existsSync(marker), false, 'the script in settings.js ran');
    assert.equal(existsSync(forbiddenLog) ? readFileSync(forbiddenLog, 'utf8') : '', '');
  });
});
