import { letterMask, popcount } from './dictionary/edit-distance';

/**
 * Names the other drafts of a workspace use, and in how many drafts each
 * appears. A desk spells a name the same way story after story, so a name
 * several drafts agree on is evidence twice over: for a near spelling that
 * no other draft uses (a likely slip), and against reporting a spelling that
 * other drafts share (a real name, however close it is to another).
 *
 * Only names no dictionary or gazetteer knows are kept: those are the ones a
 * spell checker cannot judge alone. The index is fed one draft at a time and
 * kept current as drafts change, so lookups never scan the workspace.
 */
export class WorkspaceNames {
  private readonly namesByDraft = new Map<string, ReadonlySet<string>>();
  private readonly draftCounts = new Map<string, number>();
  private readonly peopleByDraft = new Map<string, readonly string[]>();
  /**
   * Names a draft writes in people's full names (`Saleh` in `Rachmat Saleh`): by name, the
   * drafts that do and those full names. A name another person bears is no evidence of how
   * this person's name is spelt (`Ismail Salleh` is no slip for `Rachmat Saleh`).
   */
  private readonly fullNamesByName = new Map<string, Map<string, string[]>>();
  /**
   * Drafts whose people are read only when a question needs them (`draftsUsingFor` on a name
   * the draft uses), with the reading. Why: reading every draft's full names cost a CLI check
   * of bbc-news about 100 ms of its 1,800 (main-thread profile), though a second check asks
   * about the people of a handful of drafts.
   */
  private readonly peopleLater = new Map<string, () => readonly string[]>();
  /**
   * Names at least `attested` drafts use, by first letter and length (a slip
   * changes the length by at most one): only those are ever near-match targets,
   * so lookups skip the long tail of names one draft uses.
   */
  private readonly buckets = new Map<number, Map<string, number>>();
  private changes = 0;

  constructor(readonly attested = 2) {}

  /** Changes whenever a draft's names change, so cached verdicts can tell they are stale. */
  get version(): number {
    return this.changes;
  }

  get draftCount(): number {
    return this.namesByDraft.size;
  }

  /**
   * Replaces what the index knows of one draft (identified by its path) with its current
   * names, and the full names of the people it names with them (`Rachmat Saleh`): given, or
   * a function that reads them, called at most once and only if a question needs them.
   */
  setDraft(draftId: string, names: Iterable<string>, people: DraftPeople = []): void {
    const distinct = new Set(names);
    const previous = this.namesByDraft.get(draftId);
    const previousPeople = this.peopleByDraft.get(draftId) ?? [];
    if (previous && typeof people !== 'function' && !this.peopleLater.has(draftId) && previous.size === distinct.size && [...distinct].every((name) => previous.has(name)) && sameList(previousPeople, people)) return;
    if (previous) this.forget(draftId, previous);
    this.namesByDraft.set(draftId, distinct);
    for (const name of distinct) {
      const count = (this.draftCounts.get(name) ?? 0) + 1;
      this.draftCounts.set(name, count);
      if (count === this.attested) this.bucketOf(name, true)!.set(name, letterMask(name));
    }
    if (typeof people === 'function') this.peopleLater.set(draftId, people);
    else this.addPeople(draftId, distinct, people);
    this.changes++;
  }

  private addPeople(draftId: string, names: ReadonlySet<string>, people: readonly string[]): void {
    if (people.length > 0) this.peopleByDraft.set(draftId, people);
    for (const fullName of people) {
      for (const part of new Set(fullName.split(' '))) {
        if (!names.has(part)) continue;
        let byDraft = this.fullNamesByName.get(part);
        if (!byDraft) this.fullNamesByName.set(part, (byDraft = new Map()));
        const list = byDraft.get(draftId);
        if (list) list.push(fullName);
        else byDraft.set(draftId, [fullName]);
      }
    }
  }

  /** Reads the people of the drafts not yet read that use `name` (all of them, without one): a question about it needs them. */
  private readPeople(name?: string): void {
    for (const [draftId, read] of this.peopleLater) {
      const names = this.namesByDraft.get(draftId)!;
      if (name !== undefined && !names.has(name)) continue;
      this.peopleLater.delete(draftId);
      this.addPeople(draftId, names, read());
    }
  }

  removeDraft(draftId: string): void {
    const previous = this.namesByDraft.get(draftId);
    if (!previous) return;
    this.forget(draftId, previous);
    this.namesByDraft.delete(draftId);
    this.changes++;
  }

  /** Every draft's names and people, to rebuild the index in another thread (`WorkspaceNames.from`). */
  snapshot(): WorkspaceSnapshot {
    this.readPeople();
    return [...this.namesByDraft].map(([draftId, names]) => [draftId, [...names], this.peopleByDraft.get(draftId) ?? []]);
  }

  static from(snapshot: WorkspaceSnapshot, attested?: number): WorkspaceNames {
    const index = new WorkspaceNames(attested);
    for (const [draftId, names, people] of snapshot) index.setDraft(draftId, names, people);
    return index;
  }

  /** How many drafts other than `exceptDraft` use the name. */
  draftsUsing(name: string, exceptDraft?: string): number {
    const count = this.draftCounts.get(name) ?? 0;
    if (count === 0 || exceptDraft === undefined) return count;
    return this.namesByDraft.get(exceptDraft)?.has(name) ? count - 1 : count;
  }

  /**
   * How many drafts other than `exceptDraft` use the name where it may name the person
   * `samePerson` is asked about: a draft that writes it only in the full names of other
   * people (`samePerson(fullName)` false for each) does not count. Drafts that never give
   * the name in a full name count, as `draftsUsing` counts them.
   */
  draftsUsingFor(name: string, samePerson: (fullName: string) => boolean, exceptDraft?: string): number {
    let count = this.draftsUsing(name, exceptDraft);
    if (this.peopleLater.size > 0) this.readPeople(name);
    const byDraft = this.fullNamesByName.get(name);
    if (!byDraft) return count;
    for (const [draftId, fullNames] of byDraft) if (draftId !== exceptDraft && !fullNames.some(samePerson)) count--;
    return count;
  }

  /**
   * Names with the same first letter and a length within one of `name`, that
   * at least `attested` drafts other than `exceptDraft` use, and whose letters
   * could be one edit away (an edit changes at most two of the letters a word
   * uses). The caller decides which are near enough.
   */
  *near(name: string, exceptDraft?: string): Generator<{ name: string; drafts: number }> {
    const mask = letterMask(name);
    for (let length = name.length - 1; length <= name.length + 1; length++) {
      const bucket = this.buckets.get(nameBucket(name[0], length));
      if (!bucket) continue;
      for (const [other, otherMask] of bucket) {
        if (other === name || popcount(mask ^ otherMask) > 2) continue;
        const drafts = this.draftsUsing(other, exceptDraft);
        if (drafts >= this.attested) yield { name: other, drafts };
      }
    }
  }

  private forget(draftId: string, names: Iterable<string>): void {
    this.peopleByDraft.delete(draftId);
    this.peopleLater.delete(draftId);
    for (const name of names) {
      const byDraft = this.fullNamesByName.get(name);
      if (byDraft?.delete(draftId) && byDraft.size === 0) this.fullNamesByName.delete(name);
      const count = (this.draftCounts.get(name) ?? 1) - 1;
      if (count > 0) this.draftCounts.set(name, count);
      else this.draftCounts.delete(name);
      if (count !== this.attested - 1) continue;
      const bucket = this.bucketOf(name, false);
      bucket?.delete(name);
      if (bucket?.size === 0) this.buckets.delete(nameBucket(name[0], name.length));
    }
  }

  private bucketOf(name: string, create: boolean): Map<string, number> | undefined {
    const key = nameBucket(name[0], name.length);
    let bucket = this.buckets.get(key);
    if (!bucket && create) this.buckets.set(key, (bucket = new Map()));
    return bucket;
  }
}

/** The index's contents as plain data: each draft's id, names and people's full names. */
export type WorkspaceSnapshot = [draftId: string, names: readonly string[], people: readonly string[]][];

/** The full names of the people of a draft (DraftNameList's `people`), or a function that reads them when first needed. */
export type DraftPeople = readonly string[] | (() => readonly string[]);

/** What the index keeps of one draft (`draftNamesOf`). */
export interface DraftNameList {
  /** Names no dictionary or gazetteer knows, bare, and unknown lower-case words. */
  names: string[];
  /** Full names of the people the draft names with any of those (`Rachmat Saleh`), as first written in full. */
  people: string[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The bucket of names by first letter and length, as a number: a Map hashes a small
 * integer at once, where a string key is made and hashed anew for every look-up.
 */
export const nameBucket = (initial: string, length: number): number => (initial.charCodeAt(0) << 8) | Math.min(Math.max(length, 0), 255);
