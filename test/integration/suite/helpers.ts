import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'copydesk.copydesk';

export type { CopydeskApi };

export async function api(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixtures workspace open');
  return folder.uri;
}

export function fileIn(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...parts);
}

/** Polls until `probe` returns a value other than undefined/false; diagnostics arrive asynchronously. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export async function openDraft(...parts: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileIn(...parts));
  return vscode.window.showTextDocument(document);
}

/** Waits until the draft has Copydesk diagnostics matching `predicate`. */
export async function diagnosticsWhere(uri: vscode.Uri, what: string, predicate: (all: vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(what, () => {
      const all = copydeskDiagnostics(uri);
      return predicate(all) ? all : undefined;
    }, timeoutMs);
  } catch (error) {
    const present = copydeskDiagnostics(uri).map((d) => `${codeOf(d)} (line ${d.range.start.line + 1})`);
    throw new Error(`${(error as Error).message}; ${uri.path.split('/').pop()} has ${present.length ? present.join(', ') : 'no Copydesk diagnostics'}`);
  }
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Scratch copies made by copyDraft since the last closeAllEditors. */
const copies = new Set<string>();

/**
 * Reverts unsaved test edits (a dirty editor would make "close all" ask to save), closes
 * everything, and deletes the scratch copies of fixture drafts: left on disk, a dozen copies of
 * one story would teach the workspace's name index (copydesk.workspaceNames) that its slips are
 * names, and later tests would see a different workspace from the one they were written for.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const copy of copies) await vscode.workspace.fs.delete(vscode.Uri.parse(copy)).then(undefined, () => undefined);
  copies.clear();
}

/** A fresh copy of a fixture draft under scratch/, so each test edits its own file. */
export async function copyDraft(from: string, name: string): Promise<vscode.Uri> {
  const target = fileIn('scratch', name);
  await writeFile(target, await readFile(fileIn(...from.split('/'))));
  copies.add(target.toString());
  return target;
}

/** The Copydesk diagnostic for `ruleId`, once it has arrived. */
export async function diagnosticFor(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic> {
  const all = await diagnosticsWhere(uri, `a ${ruleId} diagnostic`, (list) => list.some((d) => codeOf(d) === ruleId));
  return all.find((d) => codeOf(d) === ruleId)!;
}

export async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor(`quick fixes for ${codeOf(diagnostic)}`, async () => {
    const actions = await codeActionsAt(uri, diagnostic.range, 'quickfix');
    return actions.length > 0 ? actions : undefined;
  });
}

export function actionTitled(actions: vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

/**
 * Runs a Copydesk command that shows a quick pick or input box, and returns its pending result
 * (wrapped: an async function returning the thenable itself would wait for the user's choice).
 * No wait is needed before driving the list: the command shows it before its first await, and
 * the extension host sends the show to the workbench at once (a quick input's change of
 * visibility is not batched), so the workbench shows it before it runs any command this test
 * sends afterwards (quickOpenSelectNext, acceptSelectedQuickOpenItem): one channel, in order.
 */
export function runQuickInputCommand<T>(command: string, ...args: unknown[]): { result: Thenable<T> } {
  return { result: vscode.commands.executeCommand<T>(command, ...args) };
}

/** Writes a draft into scratch/, opens it and waits for its first check. */
export async function openChecked(name: string, text: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = fileIn('scratch', name);
  await writeFile(uri, text);
  const checked = (await api()).nextLint(uri);
  const editor = await openDraft('scratch', name);
  await checked;
  return { uri, editor };
}

/** Writes a workspace file through VS Code, so watchers see it as a user's save would. */
export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** A pasted transcript of quotes with words no dictionary knows: the slowest kind of draft to check per character. */
export function hostileDraft(chars: number): string {
  let seed = 18;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = (length: number) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
  const lines: string[] = [];
  for (let length = 0; length < chars; ) {
    const line = `"${word(5)} ${word(7)} ${word(4)} '${word(6)}," said ${word(1).toUpperCase()}${word(6)}. ${word(8)} ${word(5)}\n\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}
