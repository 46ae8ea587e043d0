import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../engine/types';
import { findingActions, fixAllAction, type DraftAction } from '../core/code-actions';
import { ruleIdOf } from './convert';
import type { DraftLinter } from './linter';
import { untrustedDictionaryTitle } from './trust';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return edit;
}

export { safeFixEdits } from '../core/code-actions';

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
      for (const action of findingActions(text, finding, {
        canAddWord: vscode.workspace.getWorkspaceFolder(document.uri) !== undefined,
        // Untrusted, the entry stays (the lightbulb hides disabled actions) but says what it needs;
        // choosing it explains and offers the trust dialog.
        addWordTitle: (word) => (vscode.workspace.isTrusted ? `Add "${word}" to the workspace dictionary` : untrustedDictionaryTitle(word)),
        seenWords,
      })) {
        actions.push(this.toCodeAction(document, action, vscode.CodeActionKind.QuickFix, diagnostic));
      }
    }
    if (diagnostics.length > 0) {
      const fixAll = this.fixAll(document, text, state.findings, vscode.CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private toCodeAction(document: vscode.TextDocument, action: DraftAction, kind: vscode.CodeActionKind, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
    const codeAction = new vscode.CodeAction(action.title, kind);
    if (action.edits) codeAction.edit = toWorkspaceEdit(document, action.edits);
    if (action.command) {
      const command = action.command.kind === 'addWord' ? 'copydesk.addWordToDictionary' : 'copydesk.ignoreWordInDraft';
      codeAction.command = { title: action.title, command, arguments: [action.command.word, document.uri] };
    }
    if (diagnostic) codeAction.diagnostics = [diagnostic];
    if (action.preferred) codeAction.isPreferred = true;
    return codeAction;
  }

  private fixAll(document: vscode.TextDocument, text: string, findings: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const action = fixAllAction(text, findings);
    return action && this.toCodeAction(document, action, kind);
  }

  private findingFor(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
    const ruleId = ruleIdOf(diagnostic);
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    return findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  }
}
