import type { CopydeskConfig } from '../engine/config';
import { languageIdFor, lintDocument } from '../engine/lint';
import { WorkspaceNames } from '../engine/workspace-names';
import { draftNamesOf } from '../engine/spelling/analysis';

/** Enough for any desk's working folder; an archive beyond it is not read at all. */
export const MAX_WORKSPACE_DRAFTS = 5000;
/** Folders that never hold drafts. */
export const EXCLUDED_FOLDERS = ['node_modules', '.git', '.vscode-test'];
/** An editor's host serves other work too: read in slices this long, then yield. */
const SLICE_MS = 12;

/** How an adapter reads one draft: its bytes, or undefined when it cannot be read (gone, denied). */
export type ReadDraft = (draftId: string) => Promise<Uint8Array | undefined>;

/**
 * The names of a workspace's drafts on disk, fed by an editor adapter that finds and watches
 * the files, so that a name spelt one way across the desk's drafts settles a slip in the open
 * one. Drafts are identified by path (the id the lint's `filePath` uses).
 */
export class DraftNameIndex {
  readonly names = new WorkspaceNames();
  /** Drafts in the index, to forget them all when the index is switched off. */
  private readonly indexed = new Set<string>();
  private stopped = false;

  constructor(
    private readonly configFor: (draftId: string) => Partial<CopydeskConfig>,
    private readonly maxFileSizeFor: (draftId: string) => number,
  ) {}

  get draftCount(): number {
    return this.indexed.size;
  }

  /** Reads drafts one by one, yielding to the event loop between slices. */
  async read(draftIds: Iterable<string>, readDraft: ReadDraft): Promise<void> {
    let sliceStart = performance.now();
    for (const id of draftIds) {
      if (this.stopped) return;
      this.update(id, await readDraft(id));
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  /** Indexes a draft's current bytes; undefined (unreadable) forgets it. */
  update(draftId: string, bytes: Uint8Array | undefined): void {
    if (!bytes) {
      this.remove(draftId);
      return;
    }
    // Binary files and archives far beyond a story are not drafts.
    if (bytes.length > this.maxFileSizeFor(draftId) || bytes.includes(0)) return;
    const text = Buffer.from(bytes).toString('utf8');
    const { model, config } = lintDocument(text, { filePath: draftId, languageId: languageIdFor(draftId), config: this.configFor(draftId), rules: [] });
    const { names, people } = draftNamesOf(model, config);
    this.names.setDraft(draftId, names, people);
    this.indexed.add(draftId);
  }

  remove(draftId: string): void {
    this.names.removeDraft(draftId);
    this.indexed.delete(draftId);
  }

  /** Forgets every draft (the feature was switched off). */
  clear(): void {
    for (const id of this.indexed) this.names.removeDraft(id);
    this.indexed.clear();
  }

  /** Stops any read in progress for good. */
  dispose(): void {
    this.stopped = true;
  }
}
