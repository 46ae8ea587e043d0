import * as vscode from 'vscode';
import { countsByFamily, findingsInWords, statusText } from '../core/status-text';
import type { DraftLinter } from './linter';

/** Counts of the active draft's findings by family; a click lists them (showDraftFindings). */
export class CopydeskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private shown = false;

  constructor(private readonly linter: DraftLinter) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.showProblems';
  }

  update(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): void {
    const document = editor?.document;
    if (!document) {
      this.hide();
      return;
    }
    const skip = this.linter.skipReasonOf(document);
    if (skip === 'too-large') {
      this.item.text = '$(circle-slash) Copydesk: file too large';
      this.item.tooltip = 'This draft is larger than copydesk.maxFileSize, so Copydesk did not check it.';
      this.show();
      return;
    }
    const state = this.linter.publishedStateOf(document);
    if (!state) {
      this.hide();
      return;
    }
    const counts = countsByFamily(state.findings);
    const style = vscode.workspace.getConfiguration('copydesk', document.uri).get<string>('statusBar') === 'compact' ? 'compact' : 'full';
    // A draft too long for the time budget: the counts are of the part checked (see lint-budget.ts).
    const partly = state.partial ? (style === 'full' ? ' (checked in part)' : ' $(watch)') : '';
    this.item.text = statusText(counts, style) + partly;
    const inWords = findingsInWords(counts);
    const why = state.partial ? `\n\nOnly the first ${state.partial.words.toLocaleString('en-US')} words were checked, within the time budget (copydesk.lintBudget); Copydesk: Check Current Draft checks all of it.` : '';
    this.item.tooltip = new vscode.MarkdownString(`**Copydesk** — ${inWords} in this draft.${why}\n\nClick to list them and go to each; the list ends with the Problems panel.`);
    this.item.accessibilityInformation = { label: `Copydesk: ${inWords}${state.partial ? ', checked in part' : ''}` };
    this.show();
  }

  /** What the item shows now (for the integration tests and screenshots). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private show(): void {
    this.shown = true;
    this.item.show();
  }

  private hide(): void {
    this.shown = false;
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
