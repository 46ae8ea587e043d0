import * as vscode from 'vscode';
import { docsUrl } from '../engine/rule';
import { findingsAt } from '../core/hover';
import { quotationHoverAt } from '../core/quotation-views';
import { escapeMarkdown } from '../core/quote-sheet';
import type { DraftLinter } from './linter';

/**
 * What the rule behind a finding checks and why it matters to an editor, with its docs link; on a
 * quotation, whom Copydesk credits it to and how it found them.
 */
export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Computed without publishing when stale (copydesk.run "onSave" with unsaved edits).
    const result = this.linter.resultFor(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const { findings: here, rules } = findingsAt(result.findings, offset);
    const parts = rules.map((meta) => {
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**Copydesk · ${meta.description}**\n\n`);
      md.appendMarkdown(escapeMarkdown(meta.rationale));
      md.appendMarkdown(`\n\n[${meta.id}](${docsUrl(meta.id)})`);
      return md;
    });
    // After a whole check, its quotations: the last lint's model here covers only the part the budget allowed.
    const quotation = quotationHoverAt({ model: result.result.model, views: result.quotations }, offset);
    if (quotation) parts.unshift(new vscode.MarkdownString(quotation.hover));
    if (parts.length === 0) return undefined;
    const span = here[0] ?? quotation!;
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}
