import * as vscode from 'vscode';
import { docsUrl } from '../engine/rule';
import { findingsAt } from '../core/hover';
import type { DraftLinter } from './linter';

/** What the rule behind a finding checks and why it matters to an editor, with its docs link. */
export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.linter.stateOf(document);
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const { findings: here, rules } = findingsAt(state.result.findings, offset);
    const parts = rules.map((meta) => {
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**Copydesk · ${meta.description}**\n\n`);
      md.appendText(meta.rationale);
      md.appendMarkdown(`\n\n[${meta.id}](${docsUrl(meta.id)})`);
      return md;
    });
    if (parts.length === 0) return undefined;
    const first = here[0];
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}
