import * as vscode from 'vscode';
import { applyFixes } from '../engine/fixes';
import type { Finding, Fix, TextEdit } from '../engine/types';
import { ruleIdOf } from './convert';
import { disableLineEdit } from '../core/directive-edit';
import type { DraftLinter } from './linter';
import { untrustedDictionaryTitle } from './trust';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return edit;
}

/** The safe fixes of every finding, minus those that overlap an earlier one, as one edit list. */
export function safeFixEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const safe: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (fix) safe.push(fix);
  }
  return applyFixes(text, safe).applied.flatMap((fix) => fix.edits);
}

/**
 * The lightbulb: each finding's own fixes, dictionary and ignore actions for words, a
 * disable comment for the line, and "fix all safe problems", which is also the
 * `source.fixAll.copydesk` action that `editor.codeActionsOnSave` runs.
 */
export class CopydeskCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DraftLinter) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const only = context.only;
    const wantsFixAll = only ? FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND) : false;
    const wantsQuickFix = !only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only);
    const state = this.linter.resultFor(document);
    if (!state) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    if (wantsFixAll) {
      const fixAll = this.fixAll(document, text, state.findings, FIX_ALL_KIND);
      if (fixAll) actions.push(fixAll);
      return actions;
    }
    if (!wantsQuickFix) return actions;
    const diagnostics = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    const seenWords = new Set<string>();
    for (const diagnostic of diagnostics) {
      const finding = this.findingFor(document, state.findings, diagnostic);
      if (!finding) continue;
      finding.fixes.forEach((fix, index) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0 && fix.safe === true;
        actions.push(action);
      });
      if (finding.word && !seenWords.has(finding.word)) {
        seenWords.add(finding.word);
        actions.push(...this.wordActions(document, finding.word, diagnostic));
      }
      const disable = disableLineEdit(text, finding.start, finding.ruleId);
      if (disable) {
        const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, [disable]);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    if (diagnostics.length > 0) {
      const fixAll = this.fixAll(document, text, state.findings, vscode.CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private wordActions(document: vscode.TextDocument, word: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (vscode.workspace.getWorkspaceFolder(document.uri)) {
      // Untrusted, the entry stays (the lightbulb hides disabled actions) but says what it needs;
      // choosing it explains and offers the trust dialog.
      const title = vscode.workspace.isTrusted ? `Add "${word}" to the workspace dictionary` : untrustedDictionaryTitle(word);
      const add = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      add.command = { title: add.title, command: 'copydesk.addWordToDictionary', arguments: [word, document.uri] };
      add.diagnostics = [diagnostic];
      actions.push(add);
    }
    const ignore = new vscode.CodeAction(`Ignore "${word}" in this draft`, vscode.CodeActionKind.QuickFix);
    ignore.command = { title: ignore.title, command: 'copydesk.ignoreWordInDraft', arguments: [word, document.uri] };
    ignore.diagnostics = [diagnostic];
    actions.push(ignore);
    return actions;
  }

  private fixAll(document: vscode.TextDocument, text: string, findings: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const edits = safeFixEdits(text, findings);
    if (edits.length === 0) return undefined;
    const action = new vscode.CodeAction('Fix all safe Copydesk problems in this file', kind);
    action.edit = toWorkspaceEdit(document, edits);
    return action;
  }

  private findingFor(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
    const ruleId = ruleIdOf(diagnostic);
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    return findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  }
}
