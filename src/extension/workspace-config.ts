import { dirname, isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import type { ConfigProblem, CopydeskConfig } from '../engine/config';
import { loadConfigForFile } from '../engine/config-files';
import { ruleIds } from '../rules';

interface CachedConfig {
  config: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
  files: string[];
}

/**
 * Workspace settings files (.copydesk.json, .copydesk/words.txt, the facts sheet), read once per
 * folder and kept until a watcher says one of them changed. Files hold data only: JSON, YAML
 * and word lists are parsed, never run.
 */
export class WorkspaceConfigCache implements vscode.Disposable {
  private readonly byFolder = new Map<string, CachedConfig>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    for (const pattern of ['**/.copydesk.json', '**/.copydesk/words.txt', '**/.copydesk/facts.{yaml,yml,json}']) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const reload = () => this.invalidate();
      this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    // Saves inside the editor reach us before the watcher's (debounced) event does.
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (/(^|[\\/])\.copydesk(\.json|[\\/](words\.txt|facts\.(ya?ml|json)))$/.test(doc.uri.fsPath)) this.invalidate();
      }),
    );
  }

  invalidate(): void {
    this.byFolder.clear();
    this.changed.fire();
  }

  /** Settings files that apply to a draft on disk; none for unsaved or virtual documents. */
  forDocument(uri: vscode.Uri, configFile: string | undefined): CachedConfig {
    if (uri.scheme !== 'file') return { config: {}, problems: [], files: [] };
    const folder = dirname(uri.fsPath);
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    // A custom path is followed only in a trusted workspace (restrictedConfigurations).
    const customFile = configFile && vscode.workspace.isTrusted ? (isAbsolute(configFile) ? configFile : join(workspaceFolder ?? folder, configFile)) : undefined;
    const key = `${folder}\u0000${customFile ?? ''}`;
    let cached = this.byFolder.get(key);
    if (!cached) {
      cached = loadConfigForFile(uri.fsPath, { configFile: customFile, knownRuleIds: ruleIds });
      this.byFolder.set(key, cached);
    }
    return cached;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
