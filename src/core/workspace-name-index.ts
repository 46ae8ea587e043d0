import { Worker } from 'node:worker_threads';
import type { CopydeskConfig } from '../engine/config';
import { languageIdFor, lintDocument } from '../engine/lint';
import { WorkspaceNames, type DraftNameList } from '../engine/workspace-names';
import { draftNamesOf } from '../engine/spelling/analysis';
import { ALWAYS_WHOLE_CHARS } from './lint-budget';

/** Enough for any desk's working folder; an archive beyond it is not read at all. */
export const MAX_WORKSPACE_DRAFTS = 5000;
/** Folders that never hold drafts. */
export const EXCLUDED_FOLDERS = ['node_modules', '.git', '.vscode-test'];
/** An editor's host serves other work too: read in slices this long, then yield. */
const SLICE_MS = 12;

/** How an adapter reads one draft: its bytes, or undefined when it cannot be read (gone, denied). */
export type ReadDraft = (draftId: string) => Promise<Uint8Array | undefined>;

/** One draft whose names to read: what the check worker needs for it. */
export interface DraftNamesRequest {
  kind: 'names';
  draftId: string;
  text: string;
  config: Partial<CopydeskConfig>;
}

/** The names of one draft, as the index keeps them. */
export function draftNamesIn({ draftId, text, config }: DraftNamesRequest): DraftNameList {
  const { model, config: merged } = lintDocument(text, { filePath: draftId, languageId: languageIdFor(draftId), config, rules: [] });
  return draftNamesOf(model, merged);
}

/** Reads the names of a draft longer than a news story elsewhere than on the editor's thread. */
export type ReadLongDraftNames = (request: DraftNamesRequest) => Promise<DraftNameList>;

/**
 * Reads them in a worker thread of `workerPath` (the bundle's dist/check-worker.js), one per
 * draft: reading a 600,000-character draft's names took 2.5 s of CPU (a whole model build), a
 * freeze of the editor after each save of it when done on its thread.
 */
export function namesInWorker(workerPath: string): ReadLongDraftNames {
  return (request) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerPath);
      worker.once('message', (names: DraftNameList) => {
        void worker.terminate();
        resolve(names);
      });
      worker.once('error', reject);
      worker.postMessage(request);
    });
}

/**
 * The names of a workspace's drafts on disk, fed by an editor adapter that finds and watches
 * the files, so that a name spelt one way across the desk's drafts settles a slip in the open
 * one. Drafts are identified by path (the id the lint's `filePath` uses).
 */
export class DraftNameIndex {
  readonly names = new WorkspaceNames();
  /** Drafts in the index, to forget them all when the index is switched off. */
  private readonly indexed = new Set<string>();
  /** Long drafts whose names are being read elsewhere: only the latest read of each is kept. */
  private readonly reading = new Map<string, object>();
  private stopped = false;

  constructor(
    private readonly configFor: (draftId: string) => Partial<CopydeskConfig>,
    private readonly maxFileSizeFor: (draftId: string) => number,
    /** Without it, long drafts are read here too (tests, the CLI's benchmarks). */
    private readonly readLong?: ReadLongDraftNames,
  ) {}

  get draftCount(): number {
    return this.indexed.size;
  }

  /** Reads drafts one by one, yielding to the event loop between slices. */
  async read(draftIds: Iterable<string>, readDraft: ReadDraft): Promise<void> {
    let sliceStart = performance.now();
    for (const id of draftIds) {
      if (this.stopped) return;
      await this.update(id, await readDraft(id));
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  /**
   * Indexes a draft's current bytes; undefined (unreadable) forgets it. Done when it returns,
   * but for a draft longer than a news story with `readLong`: done when the promise settles,
   * unless the draft was updated or removed meanwhile.
   */
  async update(draftId: string, bytes: Uint8Array | undefined): Promise<void> {
    this.reading.delete(draftId);
    if (!bytes) {
      this.remove(draftId);
      return;
    }
    // Binary files and archives far beyond a story are not drafts.
    if (bytes.length > this.maxFileSizeFor(draftId) || bytes.includes(0)) return;
    const request: DraftNamesRequest = { kind: 'names', draftId, text: Buffer.from(bytes).toString('utf8'), config: this.configFor(draftId) };
    if (!this.readLong || request.text.length <= ALWAYS_WHOLE_CHARS) return this.keep(draftId, draftNamesIn(request));
    const token = {};
    this.reading.set(draftId, token);
    let names: DraftNameList | undefined;
    try {
      names = await this.readLong(request);
    } catch {
      // The worker could not run: the draft's names stay as they were.
    }
    // Updated or removed meanwhile: the newer read, or none, decides.
    if (this.reading.get(draftId) !== token) return;
    this.reading.delete(draftId);
    if (names && !this.stopped) this.keep(draftId, names);
  }

  private keep(draftId: string, { names, people }: DraftNameList): void {
    this.names.setDraft(draftId, names, people);
    this.indexed.add(draftId);
  }

  remove(draftId: string): void {
    this.reading.delete(draftId);
    this.names.removeDraft(draftId);
    this.indexed.delete(draftId);
  }

  /** Forgets every draft (the feature was switched off). */
  clear(): void {
    this.reading.clear();
    for (const id of this.indexed) this.names.removeDraft(id);
    this.indexed.clear();
  }

  /** Stops any read in progress for good. */
  dispose(): void {
    this.stopped = true;
  }
}
