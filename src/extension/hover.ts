import * as vscode from 'vscode';
import { docsUrl } from '../engine/rule';
import { rulesById } from '../rules';
import type { DraftLinter } from './linter';

/** What the rule behind a finding checks and why it matters to an editor, with its docs link. */
export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.linter.stateOf(document);
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const here = state.result.findings.filter((f) => f.start <= offset && offset <= f.end);
    if (here.length === 0) return undefined;
    const parts: vscode.MarkdownString[] = [];
    const seen = new Set<string>();
    for (const finding of here) {
      const meta = rulesById.get(finding.ruleId)?.meta;
      if (!meta || seen.has(meta.id)) continue;
      seen.add(meta.id);
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**Copydesk · ${meta.description}**\n\n`);
      md.appendText(meta.rationale);
      md.appendMarkdown(`\n\n[${meta.id}](${docsUrl(meta.id)})`);
      parts.push(md);
    }
    if (parts.length === 0) return undefined;
    const first = here[0];
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}
