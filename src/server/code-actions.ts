import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ignoreWordInDraftEdits } from '../engine/user-words';
import type { Finding } from '../engine/types';
import { findingActions, fixAllAction } from '../core/code-actions';
import type { DraftState } from './documents';
import { FIX_ALL_KIND, SOURCE, toCodeAction } from './convert';

/** Whether the client asked for kinds that include `kind` (`source` includes `source.fixAll.copydesk`). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function findingFor(document: TextDocument, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.ruleId === diagnostic.code && f.start === start && f.end === end);
}

/**
 * The code actions of a request: each Copydesk diagnostic's fixes and word and disable actions
 * (built by the editor core), and fix-all, as a quick fix beside them and as
 * `source.fixAll.copydesk` when asked for by kind.
 */
export function codeActionsFor(document: TextDocument, state: DraftState, params: CodeActionParams, canAddWord: boolean): CodeAction[] {
  const only = params.context.only;
  const text = document.getText();
  const { findings } = state;
  const actions: CodeAction[] = [];
  const ignoreWordEdits = (word: string) => ignoreWordInDraftEdits(text, state.result.model, word);
  if (only && wants(only, FIX_ALL_KIND) && !wants(only, CodeActionKind.QuickFix)) {
    const fixAll = fixAllAction(text, findings);
    const action = fixAll && toCodeAction(document, fixAll, FIX_ALL_KIND);
    return action ? [action] : [];
  }
  if (!wants(only, CodeActionKind.QuickFix)) return actions;
  const seenWords = new Set<string>();
  let any = false;
  for (const diagnostic of params.context.diagnostics) {
    const finding = findingFor(document, findings, diagnostic);
    if (!finding) continue;
    any = true;
    for (const action of findingActions(text, finding, { canAddWord, seenWords })) {
      const codeAction = toCodeAction(document, action, CodeActionKind.QuickFix, diagnostic, ignoreWordEdits);
      if (codeAction) actions.push(codeAction);
    }
  }
  const fixAll = any ? fixAllAction(text, findings) : undefined;
  if (fixAll) actions.push(toCodeAction(document, fixAll, CodeActionKind.QuickFix)!);
  return actions;
}
