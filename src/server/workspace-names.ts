import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { CopydeskConfig } from '../engine/config';
import { DraftNameIndex, MAX_WORKSPACE_DRAFTS, namesInWorker } from '../core/workspace-name-index';
import { CHECK_WORKER } from './documents';
import { findDrafts } from './draft-files';

async function readDraft(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * The names of the drafts on disk in the workspace folders: read once, after the first lint,
 * then followed through the client's file events (workspace/didChangeWatchedFiles).
 */
export class ServerNameIndex {
  private readonly index: DraftNameIndex;
  private readonly isDraft: (relativePath: string) => boolean;
  private started: Promise<void> | undefined;

  constructor(
    private readonly folders: readonly string[],
    private readonly glob: string,
    configFor: (path: string) => Partial<CopydeskConfig>,
    maxFileSize: number,
  ) {
    // A long draft's names are read in the check worker, so requests keep their answers meanwhile.
    this.index = new DraftNameIndex(configFor, () => maxFileSize, namesInWorker(CHECK_WORKER));
    this.isDraft = picomatch(glob, { dot: true });
  }

  get names() {
    return this.index.names;
  }

  get draftCount(): number {
    return this.index.draftCount;
  }

  /** Reads every draft once; later calls return the same promise. */
  start(): Promise<void> {
    this.started ??= findDrafts(this.folders, this.glob, MAX_WORKSPACE_DRAFTS).then((paths) => this.index.read(paths, readDraft));
    return this.started;
  }

  /** Whether a changed file is a draft of the workspace folders. */
  covers(path: string): boolean {
    return this.folders.some((folder) => path.startsWith(folder + sep) && this.isDraft(relative(folder, path).split(sep).join('/')));
  }

  async changed(path: string, deleted: boolean): Promise<void> {
    if (!this.started) return;
    if (deleted) this.index.remove(path);
    else await this.index.update(path, await readDraft(path));
  }

  stop(): void {
    this.index.dispose();
    this.index.clear();
  }
}
