import * as vscode from 'vscode';

/**
 * What Copydesk holds back in a workspace the user has not trusted (package.json declares
 * `untrustedWorkspaces: limited`): a stranger's folder may be checked, never written to or
 * crawled. Each refusal says why and how to lift it.
 */
export const UNTRUSTED = {
  dictionary: 'Copydesk does not write .copydesk/words.txt in a workspace you have not trusted. Trust the workspace to keep a dictionary, or use "Ignore in this draft".',
  checkAll: 'Copydesk checks the whole workspace only once you trust it. Drafts you open are still checked.',
} as const;

/** The lightbulb's dictionary entry in an untrusted workspace. */
export function untrustedDictionaryTitle(word: string): string {
  return `Add "${word}" to the workspace dictionary (needs a trusted workspace)`;
}

export type Notify = (message: string) => void;

const MANAGE_TRUST = 'Manage Workspace Trust';

/** True when the workspace is trusted; otherwise tells the user why `message` and returns false. */
export function trustedOrExplain(message: string, notify: Notify): boolean {
  if (vscode.workspace.isTrusted) return true;
  notify(message);
  void vscode.window.showWarningMessage(message, MANAGE_TRUST).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}
