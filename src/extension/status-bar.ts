import * as vscode from 'vscode';
import { rulesById } from '../rules';
import type { DraftLinter } from './linter';

/** Counts of the active draft's findings by family; a click lists them (showDraftFindings). */
export class CopydeskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly linter: DraftLinter) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.showProblems';
  }

  update(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): void {
    const document = editor?.document;
    if (!document) {
      this.item.hide();
      return;
    }
    const skip = this.linter.skipReasonOf(document);
    if (skip === 'too-large') {
      this.item.text = '$(circle-slash) Copydesk: file too large';
      this.item.tooltip = 'This draft is larger than copydesk.maxFileSize, so Copydesk did not check it.';
      this.item.show();
      return;
    }
    const state = this.linter.publishedStateOf(document);
    if (!state) {
      this.item.hide();
      return;
    }
    const counts = { quote: 0, spelling: 0, date: 0, style: 0 };
    for (const f of state.result.findings) {
      const family = rulesById.get(f.ruleId)?.meta.family ?? (f.ruleId.split('/')[0] as keyof typeof counts);
      if (family in counts) counts[family as keyof typeof counts]++;
    }
    this.item.text = `$(quote) ${counts.quote}  $(book) ${counts.spelling}  $(calendar) ${counts.date}`;
    const tooltip = new vscode.MarkdownString(
      `**Copydesk** — ${counts.quote} quote, ${counts.spelling} spelling, ${counts.date} date${counts.style ? `, ${counts.style} style` : ''} finding(s) in this draft.\n\nClick to list them and go to each; the list ends with the Problems panel.`,
    );
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Copydesk: ${counts.quote} quote, ${counts.spelling} spelling and ${counts.date} date findings` };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
