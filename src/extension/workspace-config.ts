import * as vscode from 'vscode';
import { CONFIG_FILE_GLOBS, ConfigFilesCache, isConfigFilePath, NO_CONFIG_FILES, type DraftConfigFiles } from '../core/config-files';

/**
 * Workspace settings files, read once per folder (src/core/config-files.ts) and kept until a
 * watcher says one of them changed.
 */
export class WorkspaceConfigCache implements vscode.Disposable {
  private readonly cache = new ConfigFilesCache();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    for (const pattern of CONFIG_FILE_GLOBS) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const reload = () => this.invalidate();
      this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    // Saves inside the editor reach us before the watcher's (debounced) event does.
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isConfigFilePath(doc.uri.fsPath)) this.invalidate();
      }),
    );
  }

  invalidate(): void {
    this.cache.invalidate();
    this.changed.fire();
  }

  /** Settings files that apply to a draft on disk; none for unsaved or virtual documents. */
  forDocument(uri: vscode.Uri, configFile: string | undefined): DraftConfigFiles {
    if (uri.scheme !== 'file') return NO_CONFIG_FILES;
    // A custom path is followed only in a trusted workspace (restrictedConfigurations).
    return this.cache.forFile(uri.fsPath, {
      workspaceFolder: vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath,
      configFile,
      trusted: vscode.workspace.isTrusted,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
