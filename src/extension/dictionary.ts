import * as vscode from 'vscode';
import { addWordToList, ignoreWordInDraftEdits } from '../engine/user-words';
import type { DraftLinter } from './linter';
import { trustedOrExplain, UNTRUSTED, type Notify } from './trust';
import type { WorkspaceConfigCache } from './workspace-config';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function workspaceFolderFor(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

export interface DictionaryWrite {
  file: vscode.Uri;
  /** The words that were not in the file before. */
  added: string[];
}

/** Adds accepted spellings to the workspace's `.copydesk/words.txt`, creating it if needed. */
export async function addWordsToWorkspaceDictionary(words: readonly string[], near: vscode.Uri | undefined, workspaceConfig: WorkspaceConfigCache, notify: Notify): Promise<DictionaryWrite | undefined> {
  if (!trustedOrExplain(UNTRUSTED.dictionary, notify)) return undefined;
  const folder = workspaceFolderFor(near);
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder to keep a workspace dictionary (.copydesk/words.txt).');
    return undefined;
  }
  const file = vscode.Uri.joinPath(folder.uri, '.copydesk', 'words.txt');
  let content = '';
  try {
    content = decoder.decode(await vscode.workspace.fs.readFile(file));
  } catch {
    // A new dictionary.
  }
  let updated = content;
  const added: string[] = [];
  for (const word of words) {
    const next = addWordToList(updated, word);
    if (next !== updated) added.push(word);
    updated = next;
  }
  if (updated !== content) {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.copydesk'));
    await vscode.workspace.fs.writeFile(file, encoder.encode(updated));
  }
  workspaceConfig.invalidate();
  return { file, added };
}

/** Says what was written where, with a button that opens the file. */
export function confirmDictionaryWrite(word: string, { file, added }: DictionaryWrite, notify: Notify): string {
  const name = vscode.workspace.asRelativePath(file);
  const message = added.length ? `Added "${word}" to the workspace dictionary, ${name}.` : `"${word}" is already in the workspace dictionary, ${name}.`;
  notify(message);
  void vscode.window.showInformationMessage(message, 'Open Dictionary').then((choice) => {
    if (choice) void vscode.window.showTextDocument(file);
  });
  return message;
}

/** Marks a word as accepted in this draft only, through the draft's own settings. */
export async function ignoreWordInDraft(word: string, uri: vscode.Uri, linter: DraftLinter): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const result = linter.resultFor(document);
  if (!result) return false;
  const edits = ignoreWordInDraftEdits(document.getText(), result.result.model, word);
  if (edits.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}
