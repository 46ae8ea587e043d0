import type * as vscode from 'vscode';

// Placeholder until the editor adapter lands (issue 6).
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
