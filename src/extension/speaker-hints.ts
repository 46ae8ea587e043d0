import * as vscode from 'vscode';
import { speakerHintsFrom } from '../core/quotation-views';
import type { DraftLinter } from './linter';

/** With `copydesk.showSpeakers` on, names each quotation's speaker after its closing mark. */
export class SpeakerInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly linter: DraftLinter) {
    this.subscriptions = [
      this.changed,
      linter.onDidLint(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('copydesk.showSpeakers')) this.changed.fire();
      }),
    ];
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!vscode.workspace.getConfiguration('copydesk', document.uri).get<boolean>('showSpeakers')) return [];
    const result = this.linter.resultFor(document);
    if (!result) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    return speakerHintsFrom({ model: result.result.model, views: result.quotations })
      .filter((h) => h.offset >= from && h.offset <= to)
      .map((h) => {
        const hint = new vscode.InlayHint(document.positionAt(h.offset), h.label);
        hint.paddingLeft = true;
        hint.tooltip = h.tooltip;
        return hint;
      });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
