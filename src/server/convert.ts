import { pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Position, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../engine/rule';
import type { Finding, Level, TextEdit } from '../engine/types';
import type { DraftAction } from '../core/code-actions';

export const SOURCE = 'copydesk';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;
export const ADD_WORD_COMMAND = 'copydesk.addWord';

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What turns offsets into positions: an open document, or a line table for a file on disk. */
export interface Positions {
  uri: string;
  positionAt(offset: number): Position;
}

export function toDiagnostic(document: Positions, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    message: finding.message,
    severity: SEVERITY[finding.level],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      message: related.message,
      location: related.filePath
        ? { uri: pathToFileURL(related.filePath).href, range: { start: { line: related.line ?? 0, character: related.character ?? 0 }, end: { line: related.line ?? 0, character: related.character ?? 0 } } }
        : { uri: document.uri, range: { start: document.positionAt(related.start), end: document.positionAt(related.end) } },
    }));
  }
  return diagnostic;
}

export function toTextEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
}

function workspaceEdit(document: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  // The version lets the client refuse an edit computed for text it no longer has.
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: toTextEdits(document, edits) }] };
}

/** A core action as an LSP code action; word commands become edits or server commands. */
export function toCodeAction(document: TextDocument, action: DraftAction, kind: string, diagnostic?: Diagnostic, ignoreWordEdits?: (word: string) => TextEdit[]): CodeAction | undefined {
  const codeAction: CodeAction = { title: action.title, kind };
  if (diagnostic) codeAction.diagnostics = [diagnostic];
  if (action.preferred) codeAction.isPreferred = true;
  if (action.edits) codeAction.edit = workspaceEdit(document, action.edits);
  else if (action.command?.kind === 'ignoreWord') {
    const edits = ignoreWordEdits?.(action.command.word) ?? [];
    if (edits.length === 0) return undefined;
    codeAction.edit = workspaceEdit(document, edits);
  } else if (action.command?.kind === 'addWord') {
    codeAction.command = { title: action.title, command: ADD_WORD_COMMAND, arguments: [action.command.word, document.uri] };
  }
  return codeAction;
}
