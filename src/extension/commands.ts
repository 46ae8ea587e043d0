import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { docsUrl } from '../engine/rule';
import { allRules } from '../rules';
import { checkAllDrafts } from './check-all';
import { addWordsToWorkspaceDictionary, confirmDictionaryWrite, ignoreWordInDraft } from './dictionary';
import { showDraftFindings } from './draft-findings';
import { modelCoversAll, type DraftLinter, type WholeCheckStarted } from './linter';
import type { WholeDraftExtras } from '../core/whole-draft';
import type { WholeDraftOutcome } from '../core/whole-draft-checks';

type CheckedWhole = Extract<WholeDraftOutcome, { status: 'checked' }>;
import { namesToVerifyIn, reviewReportOf } from '../core/draft-review';
import { trustedOrExplain, UNTRUSTED } from './trust';
import type { WorkspaceConfigCache } from './workspace-config';

interface Services {
  context: vscode.ExtensionContext;
  linter: DraftLinter;
  workspaceConfig: WorkspaceConfigCache;
  output: vscode.OutputChannel;
}

function activeDraft(linter: DraftLinter): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !linter.handles(document)) {
    void vscode.window.showInformationMessage('Open a draft (Markdown, plain text or News draft) first.');
    return undefined;
  }
  return document;
}

export function registerCommands({ context, linter, workspaceConfig, output }: Services): vscode.Disposable[] {
  const register = (id: string, run: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, run);
  const notify = (message: string) => linter.notify(message);
  return [
    register('copydesk.checkCurrentDraft', () => checkCurrentDraft(linter)),
    register('copydesk.checkAllDrafts', (folder?: vscode.Uri) => checkAllDrafts(context.extensionPath, linter, workspaceConfig, output, folder instanceof vscode.Uri ? folder : undefined)),
    register('copydesk.showNamesToVerify', () => showNamesToVerify(linter, workspaceConfig)),
    register('copydesk.addWordToDictionary', async (word?: string, uri?: vscode.Uri) => {
      // Refuse before asking for a word that could not be saved.
      if (!trustedOrExplain(UNTRUSTED.dictionary, notify)) return undefined;
      const editor = vscode.window.activeTextEditor;
      if (typeof word !== 'string') {
        const selection = editor && (editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection);
        word = await vscode.window.showInputBox({
          title: 'Copydesk: Add Word to Dictionary',
          prompt: 'Spelling to accept in this workspace (saved in .copydesk/words.txt)',
          value: selection ? editor!.document.getText(selection) : '',
          validateInput: (value) => (/\s{2,}|^\s|\s$|\n/.test(value) || value === '' ? 'Enter one word or name.' : undefined),
        });
        if (!word) return undefined;
      }
      const written = await addWordsToWorkspaceDictionary([word], uri ?? editor?.document.uri, workspaceConfig, notify);
      if (!written) return undefined;
      linter.relintOpenDocuments();
      confirmDictionaryWrite(word, written, notify);
      return written.file;
    }),
    register('copydesk.ignoreWordInDraft', async (word: string, uri: vscode.Uri) => ignoreWordInDraft(word, uri, linter)),
    register('copydesk.openRuleDocumentation', async (ruleId?: string) => {
      if (typeof ruleId !== 'string') ruleId = await pickRule(linter);
      if (!ruleId) return;
      const local = join(context.extensionPath, 'docs', 'rules', `${ruleId}.md`);
      if (existsSync(local)) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(local));
      else await vscode.env.openExternal(vscode.Uri.parse(docsUrl(ruleId)));
    }),
    register('copydesk.exportReviewReport', async () => {
      const document = activeDraft(linter);
      if (!document) return undefined;
      // The report's findings need not reach the Problems panel (copydesk.run "onSave" holds).
      const state = linter.resultFor(document);
      if (!state) {
        void vscode.window.showInformationMessage('Copydesk did not check this draft (see the status bar), so there is nothing to report.');
        return undefined;
      }
      const name = vscode.workspace.asRelativePath(document.uri);
      const content = modelCoversAll(state)
        ? reviewReportOf(name, state.result)
        : (await fromWholeDraft(linter, document, { reportName: name }, 'its review report', 'copydesk.exportReviewReport'))?.report;
      if (content === undefined) return undefined;
      // An untitled tab named after the draft; the .md ending makes it Markdown. Exported again,
      // the same tab is rewritten rather than a second one opened.
      const uri = vscode.Uri.from({ scheme: 'untitled', path: `Review — ${basename(document.uri.path)}` });
      linter.ignoreOwnDocument(uri);
      let report = await vscode.workspace.openTextDocument(uri);
      if (report.languageId !== 'markdown') report = await vscode.languages.setTextDocumentLanguage(report, 'markdown');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, report.lineCount, 0), content);
      await vscode.workspace.applyEdit(edit);
      // Shown where its tab already is, if it is open.
      const shownIn = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
      await vscode.window.showTextDocument(report, { viewColumn: shownIn?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
      return report;
    }),
    register('copydesk.toggleWorkspace', async () => {
      const section = vscode.workspace.getConfiguration('copydesk');
      const enabled = section.get<boolean>('enable') !== false;
      await section.update('enable', !enabled, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
      vscode.window.setStatusBarMessage(`Copydesk ${enabled ? 'turned off' : 'turned on'} for this workspace`, 4000);
      return !enabled;
    }),
    register('copydesk.showOutput', () => output.show(true)),
    register('copydesk.showProblems', () => showDraftFindings(linter)),
  ];
}

/**
 * "Check Current Draft": the whole draft, its findings' count once they show. A draft too long
 * for the time budget is checked off the editor's thread behind a cancellable notification;
 * edited meanwhile, its check is dropped (its findings would be of text no longer there) and
 * the user is told so, with a button to check again.
 */
async function checkCurrentDraft(linter: DraftLinter): Promise<number | undefined> {
  const document = activeDraft(linter);
  if (!document) return undefined;
  const name = basename(document.fileName);
  const outcome = await linter.checkWhole(document, showProgress(`Copydesk: checking all of ${name}…`));
  if (outcome?.status === 'checked') {
    vscode.window.setStatusBarMessage(`Copydesk: ${outcome.findings.length} finding(s) in ${name}`, 4000);
    return outcome.findings.length;
  }
  explainNothingShown(outcome, `its check of all of ${name}`, 'copydesk.checkCurrentDraft');
  return undefined;
}

/** A notification with a Cancel button while the worker checks all of a draft. */
function showProgress(title: string): WholeCheckStarted {
  return (running, cancel) => {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const subscription = token.onCancellationRequested(cancel);
      return running.finally(() => subscription.dispose());
    });
  };
}

/** Why a check of all of a draft gave nothing to show: the draft was edited meanwhile (a button asks again), or the worker failed. */
function explainNothingShown(outcome: WholeDraftOutcome | undefined, what: string, command: string): void {
  if (outcome?.status === 'stale') {
    void vscode.window.showInformationMessage(`Copydesk did not show ${what}: the draft changed while it was being checked.`, 'Check Again').then((choice) => {
      if (choice) void vscode.commands.executeCommand(command);
    });
  } else if (outcome?.status === 'failed') {
    void vscode.window.showErrorMessage(`Copydesk could not check all of the draft for ${what}.`, 'Show Output').then((choice) => {
      if (choice) void vscode.commands.executeCommand('copydesk.showOutput');
    });
  }
}

/**
 * What a command needs of all of a draft whose model on the editor's thread covers only part of
 * it (the budget cut its lint, or a whole check's model stayed in the worker): from the check
 * worker, behind a notification. Undefined when that check was dropped, canceled or failed
 * (the user is told why).
 */
async function fromWholeDraft(linter: DraftLinter, document: vscode.TextDocument, extras: WholeDraftExtras, what: string, command: string): Promise<CheckedWhole | undefined> {
  const name = basename(document.fileName);
  const outcome = await linter.wholeDraftExtras(document, extras, showProgress(`Copydesk: checking all of ${name} for ${what}…`));
  if (outcome.status === 'checked') return outcome;
  explainNothingShown(outcome, `${what} of ${name}`, command);
  return undefined;
}

async function pickRule(linter: DraftLinter): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const state = editor && linter.stateOf(editor.document);
  if (editor && state) {
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = state.findings.find((f) => f.start <= offset && offset <= f.end);
    if (here) return here.ruleId;
  }
  const picked = await vscode.window.showQuickPick(
    allRules.map((r) => ({ label: r.meta.id, description: r.meta.description })),
    { title: 'Copydesk: Open Rule Documentation', matchOnDescription: true },
  );
  return picked?.label;
}

async function showNamesToVerify(linter: DraftLinter, workspaceConfig: WorkspaceConfigCache): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = activeDraft(linter);
  if (!editor || !document) return;
  const state = linter.resultFor(document);
  if (!state) return;
  const names = modelCoversAll(state)
    ? namesToVerifyIn(state.result)
    : (await fromWholeDraft(linter, document, { namesToVerify: true }, 'the names to verify', 'copydesk.showNamesToVerify'))?.namesToVerify;
  if (!names) return;
  if (names.length === 0) {
    void vscode.window.showInformationMessage('Copydesk found no proper names in this draft.');
    return;
  }
  const verify: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('check'), tooltip: 'Mark as verified (add to the workspace dictionary)' };
  type Item = vscode.QuickPickItem & { spans: { start: number; end: number }[]; name: string };
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = 'Copydesk: Names to Verify';
  pick.placeholder = 'Choose a name to jump to it; the check button marks it verified';
  pick.matchOnDetail = true;
  pick.items = names.map((n) => {
    const first = document.positionAt(n.spans[0].start);
    return {
      label: n.name,
      description: `${n.count}×`,
      detail: `Line ${first.line + 1}: ${document.lineAt(first.line).text.trim().slice(0, 120)}`,
      buttons: [verify],
      spans: n.spans,
      name: n.name,
    };
  });
  pick.onDidAccept(() => {
    const item = pick.selectedItems[0];
    pick.hide();
    if (!item) return;
    const range = new vscode.Range(document.positionAt(item.spans[0].start), document.positionAt(item.spans[0].end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  pick.onDidTriggerItemButton(async ({ item }) => {
    const words = item.name.split(/[\s\u00a0]+/).filter(Boolean);
    const written = await addWordsToWorkspaceDictionary(words, document.uri, workspaceConfig, (message) => linter.notify(message));
    if (written) {
      pick.items = pick.items.filter((i) => i !== item);
      vscode.window.setStatusBarMessage(`Copydesk: ${item.name} marked verified (added to ${vscode.workspace.asRelativePath(written.file)})`, 4000);
      linter.relintOpenDocuments();
    }
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
