import * as vscode from 'vscode';
import type { Finding } from '../engine/types';
import { rulesById } from '../rules';
import type { DraftLinter } from './linter';

const FAMILY_ICONS: Record<string, string> = { quote: 'quote', spelling: 'book', date: 'calendar', style: 'symbol-text' };

/** What the user chose: a finding (by rule and line), the Problems panel, or nothing. */
export type FindingsChoice = { ruleId: string; line: number; text: string } | 'problems-panel' | undefined;

type FindingItem = vscode.QuickPickItem & { finding?: Finding; panel?: true };

async function openProblemsPanel(): Promise<'problems-panel'> {
  await vscode.commands.executeCommand('workbench.action.problems.focus');
  // The filter box takes text only from the keyboard (no command or API sets it in VS Code 1.100),
  // so the best help is the cursor already in it.
  await vscode.commands.executeCommand('problems.action.focusFilter');
  return 'problems-panel';
}

function familyOf(ruleId: string): string {
  return rulesById.get(ruleId)?.meta.family ?? ruleId.split('/')[0];
}

/**
 * The status bar's click: the active draft's Copydesk findings in reading order, the Problems
 * panel filtered to Copydesk and this draft as a list. Moving through it previews each finding in
 * the editor (as Go to Symbol does), choosing one selects its words, Escape puts the cursor back,
 * and the last entry opens the Problems panel itself with its filter box focused.
 */
export async function showDraftFindings(linter: DraftLinter): Promise<FindingsChoice> {
  const editor = vscode.window.activeTextEditor;
  // Skipped drafts (too large, another language) have no list: the panel is all there is.
  const result = editor && linter.resultFor(editor.document);
  if (!editor || !result) return openProblemsPanel();
  const { document } = editor;
  const findings = [...result.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const rangeOf = (f: Finding) => new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
  const items: FindingItem[] = findings.map((finding) => ({
    label: `$(${FAMILY_ICONS[familyOf(finding.ruleId)] ?? 'warning'}) ${finding.message}`,
    description: `line ${document.positionAt(finding.start).line + 1} · ${finding.ruleId}`,
    finding,
  }));
  const panel: FindingItem = {
    label: '$(filter) Open the Problems panel',
    detail: 'Type "copydesk" in its filter box to list only Copydesk findings.',
    panel: true,
  };
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, panel);

  const pick = vscode.window.createQuickPick<FindingItem>();
  pick.title = `Copydesk: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(document.uri)}`;
  pick.placeholder = findings.length ? 'Choose a finding to go to it (type a rule id such as "date/" to narrow)' : 'No Copydesk findings in this draft';
  pick.matchOnDescription = true;
  pick.items = items;
  const cursor = document.offsetAt(editor.selection.active);
  const next = items.find((item) => item.finding && item.finding.end >= cursor) ?? items.find((item) => item.finding) ?? panel;
  pick.activeItems = [next];

  const originalSelection = editor.selection;
  const originalView = editor.visibleRanges[0];
  const show = (finding: Finding) => {
    const range = rangeOf(finding);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return new Promise<FindingsChoice>((resolve) => {
    let choice: FindingsChoice;
    pick.onDidChangeActive(([item]) => {
      if (item?.finding) show(item.finding);
    });
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      if (item?.finding) {
        show(item.finding);
        choice = { ruleId: item.finding.ruleId, line: document.positionAt(item.finding.start).line, text: document.getText(rangeOf(item.finding)) };
      } else if (item?.panel) choice = 'problems-panel';
      pick.hide();
    });
    pick.onDidHide(async () => {
      pick.dispose();
      if (choice === 'problems-panel') await openProblemsPanel();
      else if (choice) await vscode.window.showTextDocument(document, editor.viewColumn);
      else {
        editor.selection = originalSelection;
        if (originalView) editor.revealRange(originalView, vscode.TextEditorRevealType.AtTop);
      }
      resolve(choice);
    });
    pick.show();
    // Setting activeItems before show() fires no change event.
    if (next.finding) show(next.finding);
  });
}
