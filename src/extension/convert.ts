import * as vscode from 'vscode';
import { docsUrl } from '../engine/rule';
import type { Finding, Level, RelatedLocation } from '../engine/types';

export const SOURCE = 'copydesk';

const SEVERITY: Record<Level, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Something that turns offsets into positions: a TextDocument, or a line table for unopened files. */
export interface Positions {
  positionAt(offset: number): vscode.Position;
}

function relatedLocation(uri: vscode.Uri, positions: Positions, related: RelatedLocation): vscode.Location {
  if (related.filePath) {
    const at = new vscode.Position(related.line ?? 0, related.character ?? 0);
    return new vscode.Location(vscode.Uri.file(related.filePath), at);
  }
  return new vscode.Location(uri, new vscode.Range(positions.positionAt(related.start), positions.positionAt(related.end)));
}

export function toDiagnostic(uri: vscode.Uri, positions: Positions, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(positions.positionAt(finding.start), positions.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.level]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(docsUrl(finding.ruleId)) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(relatedLocation(uri, positions, r), r.message));
  }
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
