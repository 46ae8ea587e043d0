import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DraftLinter } from './linter';
import { readSettings } from './settings';

/** VS Code's own Markdown support, which starts in the same extension host at the first Markdown file. */
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

/** The workspace folder that is a desk's (it holds Copydesk settings), if any. */
export function deskFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file' && ['.copydesk.json', '.copydesk'].some((name) => existsSync(join(f.uri.fsPath, name))));
}

/**
 * Readies a desk's window for its first draft while the user has yet to open one. Opening the
 * first Markdown file starts VS Code's Markdown extension, whose start-up holds the shared
 * extension host for 0.3–0.7 s on a 2-core machine: the first draft's findings, though ready
 * in 0.1 s, reach the editor only after it. In a desk folder, where the drafts are Markdown,
 * it is started now instead (Copydesk never waits for it), and Copydesk checks a short sample
 * so that the first draft finds the dictionaries read and the checks compiled.
 */
export function readyDeskForFirstDraft(folder: vscode.WorkspaceFolder, linter: DraftLinter, firstDraftChecked: () => boolean): vscode.Disposable {
  const timer = setTimeout(() => {
    if (firstDraftChecked()) return;
    const settings = readSettings(folder.uri);
    const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION);
    if (settings.enable && settings.languages.includes('markdown') && markdown && !markdown.isActive) {
      void Promise.resolve(markdown.activate()).catch(() => undefined);
    }
    linter.warmUp(folder.uri);
  }, 0);
  return { dispose: () => clearTimeout(timer) };
}
