import * as vscode from 'vscode';
import type { CopydeskConfig } from '../engine/config';
import { join } from 'node:path';
import { DraftNameIndex, EXCLUDED_FOLDERS, MAX_WORKSPACE_DRAFTS, namesInWorker } from '../core/workspace-name-index';
import { readSettings } from './settings';

const EXCLUDE = `**/{${EXCLUDED_FOLDERS.join(',')}}/**`;

export const draftIdOf = (uri: vscode.Uri): string => (uri.scheme === 'file' ? uri.fsPath : uri.path);

/**
 * Keeps the names of the workspace's drafts on disk indexed, so that a name
 * spelt one way across the desk's drafts settles a slip in the open one.
 * Reads only: in a workspace the user has not trusted it does nothing, like
 * every other crawl of the workspace.
 */
export class WorkspaceNameIndex implements vscode.Disposable {
  private readonly index: DraftNameIndex;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after the index changed, so open drafts are checked again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  /** The adapter's URI of each draft id being read. */
  private readonly uris = new Map<string, vscode.Uri>();

  constructor(configFor: (uri: vscode.Uri) => Partial<CopydeskConfig>, extensionPath: string) {
    const uriOf = (id: string) => this.uris.get(id) ?? vscode.Uri.file(id);
    // A long draft's names are read in the check worker: its model would hold the host for seconds.
    this.index = new DraftNameIndex((id) => configFor(uriOf(id)), (id) => readSettings(uriOf(id)).maxFileSize, namesInWorker(join(extensionPath, 'dist', 'check-worker.js')));
  }

  get names() {
    return this.index.names;
  }

  /** Whether the workspace's names are in use (trusted workspace, setting on). */
  get enabled(): boolean {
    return vscode.workspace.isTrusted && readSettings().workspaceNames;
  }

  /** Indexes every draft once, then follows changes on disk. Resolves when the first pass is done. */
  start(): Promise<void> {
    if (!this.enabled || this.scanning) return this.scanning ?? Promise.resolve();
    const glob = readSettings().drafts;
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => this.queue(uri)),
      watcher.onDidChange((uri) => this.queue(uri)),
      watcher.onDidDelete((uri) => {
        this.index.remove(draftIdOf(uri));
        this.announce();
      }),
    );
    this.scanning = (async () => {
      const uris = await vscode.workspace.findFiles(glob, EXCLUDE, MAX_WORKSPACE_DRAFTS);
      await this.read(uris);
      this.changed.fire();
    })();
    return this.scanning;
  }

  /** The setting was switched off, or trust withdrawn: forget everything. */
  stop(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.index.clear();
    this.scanning = undefined;
    this.changed.fire();
  }


  private queue(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const uris = [...this.pending].map((u) => vscode.Uri.parse(u));
      this.pending.clear();
      void this.read(uris).then(() => this.changed.fire());
    }, 500);
  }

  private announce(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 500);
  }

  private async read(uris: readonly vscode.Uri[]): Promise<void> {
    for (const uri of uris) this.uris.set(draftIdOf(uri), uri);
    try {
      await this.index.read(uris.map(draftIdOf), async (id) => {
        try {
          return await vscode.workspace.fs.readFile(this.uris.get(id) ?? vscode.Uri.file(id));
        } catch {
          return undefined;
        }
      });
    } finally {
      for (const uri of uris) this.uris.delete(draftIdOf(uri));
    }
  }

  dispose(): void {
    this.index.dispose();
    clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.changed.dispose();
  }
}
