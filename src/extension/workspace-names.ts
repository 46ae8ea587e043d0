import * as vscode from 'vscode';
import { lintDocument, languageIdFor } from '../engine/lint';
import { WorkspaceNames } from '../engine/workspace-names';
import { draftNamesOf } from '../engine/spelling/analysis';
import type { CopydeskConfig } from '../engine/config';
import { readSettings } from './settings';

/** Enough for any desk's working folder; an archive beyond it is not read at all. */
const MAX_DRAFTS = 5000;
/** The extension host serves other extensions too: read in slices this long, then yield. */
const SLICE_MS = 12;
const EXCLUDE = '**/{node_modules,.git,.vscode-test}/**';

export const draftIdOf = (uri: vscode.Uri): string => (uri.scheme === 'file' ? uri.fsPath : uri.path);

/**
 * Keeps the names of the workspace's drafts on disk indexed, so that a name
 * spelt one way across the desk's drafts settles a slip in the open one.
 * Reads only: in a workspace the user has not trusted it does nothing, like
 * every other crawl of the workspace.
 */
export class WorkspaceNameIndex implements vscode.Disposable {
  readonly names = new WorkspaceNames();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after the index changed, so open drafts are checked again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private disposed = false;
  /** Drafts in the index, to forget them all when the index is switched off. */
  private readonly indexed = new Set<string>();

  constructor(private readonly configFor: (uri: vscode.Uri) => Partial<CopydeskConfig>) {}

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
        this.names.removeDraft(draftIdOf(uri));
        this.indexed.delete(draftIdOf(uri));
        this.announce();
      }),
    );
    this.scanning = (async () => {
      const uris = await vscode.workspace.findFiles(glob, EXCLUDE, MAX_DRAFTS);
      await this.read(uris);
      this.changed.fire();
    })();
    return this.scanning;
  }

  /** The setting was switched off, or trust withdrawn: forget everything. */
  stop(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    for (const id of this.indexed) this.names.removeDraft(id);
    this.indexed.clear();
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
    let sliceStart = performance.now();
    for (const uri of uris) {
      if (this.disposed) return;
      await this.readOne(uri);
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  private async readOne(uri: vscode.Uri): Promise<void> {
    const id = draftIdOf(uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.names.removeDraft(id);
      this.indexed.delete(id);
      return;
    }
    // Binary files and archives far beyond a story are not drafts.
    if (bytes.length > readSettings(uri).maxFileSize || bytes.includes(0)) return;
    const text = Buffer.from(bytes).toString('utf8');
    const { model, config } = lintDocument(text, { filePath: id, languageId: languageIdFor(id), config: this.configFor(uri), rules: [] });
    this.names.setDraft(id, draftNamesOf(model, config));
    this.indexed.add(id);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.changed.dispose();
  }
}
