import type { Dialect } from '../config';
import { editDistance, letterMask, MAX_SUGGESTION_LENGTH, popcount, searchSorted } from './edit-distance';
import { FILTERED_FILES, filterFileOf, HASHED_FILES, affixFilesOf, readDataAsync, readDataInto, readDataLines, readDataText, tableFileOf, unitsFileOf, type DataFile } from './files';
import { buildTable, FNV_OFFSET, HashedWords, hashStep } from './hash-table';
import { detached } from './word-memo';
import { dialectFormOf } from './dialect-forms';

/**
 * A dictionary as loaded: a prebuilt hash table for O(1) look-ups, and the
 * words sorted by their lower-case form, split into an array and walked as a
 * trie only when a suggestion needs more than one edit.
 */
export class WordList {
  private folded?: string[];
  private list?: string[];

  constructor(private readonly hashed: HashedWords) {}

  static fromWords(words: readonly string[]): WordList {
    return new WordList(new HashedWords(words.map((w) => `${w}\n`).join(''), buildTable(words)));
  }

  has(word: string): boolean {
    return this.hashed.has(word);
  }

  get words(): readonly string[] {
    if (!this.list) {
      this.list = this.hashed.text.split('\n');
      this.list.pop();
    }
    return this.list;
  }

  /** Words within `maxDistance` edits of `lower` (compared in lower case), with their distance. */
  near(lower: string, maxDistance: number): { word: string; distance: number }[] {
    if (lower.length > MAX_SUGGESTION_LENGTH) return [];
    if (maxDistance === 1) return this.oneEditFrom(lower);
    // Wider searches keep the first letter, which slips rarely touch: a 26th of the walk.
    const folded = this.foldedWords();
    const from = lowerBound(folded, lower[0]);
    const to = lowerBound(folded, String.fromCharCode(lower.charCodeAt(0) + 1));
    return searchSorted(folded, lower, maxDistance, from, to).map(({ index, distance }) => ({ word: this.words[index], distance }));
  }

  private foldedWords(): string[] {
    return (this.folded ??= this.words.map((w) => w.toLowerCase()));
  }

  /**
   * One edit away: generating the few hundred variants of a word and hashing
   * each is far quicker than any walk. Each variant is built in one scratch
   * buffer and probed in place; only the ones found become strings.
   * An edit at position i can make a word only where lower[0, i) starts a
   * dictionary word and the letters after the edit end one, which the affix
   * filters tell in a probe or two: a string of random letters is tried at
   * almost no position. Variants are visited in the same order as without
   * the filters, so suggestions tie the same way.
   */
  private oneEditFrom(lower: string): { word: string; distance: number }[] {
    const found: { word: string; distance: number }[] = [];
    const reported = new Set<string>();
    const n = lower.length;
    if (scratch.length < n + 2) scratch = new Uint16Array(2 * n + 2);
    const buffer = scratch;
    const hashed = this.hashed;
    /**
     * False when buffer[from, length), after a start of prefix hash `hash`,
     * takes the variant off every dictionary word's start. The filter knows
     * ASCII only: past any other unit, anything may follow.
     */
    const mayBeWord = (length: number, from: number, hash: number): boolean => {
      for (let k = from; k < length; k++) {
        const unit = buffer[k];
        if (unit >= 128) return true;
        hash = hashStep(hash, unit);
        if (!hashed.mayStartWith(hash)) return false;
      }
      return true;
    };
    /** Probes the variant in buffer[0, length), whose units before `from` are known to start a word with prefix hash `hash`. */
    const visit = (length: number, from: number, hash: number) => {
      if (hash !== UNPRUNED && !mayBeWord(length, from, hash)) return;
      const first = length > 0 ? buffer[0] : 0;
      const asWritten = hashed.hasUnits(buffer, length, false);
      let candidate: string | undefined;
      let title: string | undefined;
      if (first >= 97 && first <= 122) {
        if (hashed.hasUnits(buffer, length, true)) title = '';
      } else if (first > 127) {
        // Letters beyond ASCII capitalise by the full Unicode rules, sometimes into two letters.
        candidate = String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
        const capitalised = candidate.charAt(0).toUpperCase() + candidate.slice(1);
        if (capitalised !== candidate && hashed.has(capitalised)) title = capitalised;
      }
      if (!asWritten && title === undefined) return;
      candidate ??= String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
      if (candidate === lower || reported.has(candidate)) return;
      reported.add(candidate);
      if (asWritten) found.push({ word: candidate, distance: 1 });
      if (title !== undefined) found.push({ word: title || String.fromCharCode(first - 32) + candidate.slice(1), distance: 1 });
    };
    // lower[j, n) may end a dictionary word for every j >= endsFrom (the longer the end, the rarer);
    // endHashes[j] is its hash read backwards, or UNPRUNED past a unit the filter does not know.
    if (endHashes.length < n + 1) endHashes = new Float64Array(2 * n + 2);
    endHashes[n] = FNV_OFFSET;
    let endsFrom = n;
    while (endsFrom > 0) {
      const unit = lower.charCodeAt(endsFrom - 1);
      const after = endHashes[endsFrom];
      const hash = after === UNPRUNED || unit >= 128 ? UNPRUNED : hashStep(after, unit);
      if (hash !== UNPRUNED && !hashed.mayEndWith(hash)) break;
      endHashes[--endsFrom] = hash;
    }
    /** False when unit + lower[j, n) ends no dictionary word. */
    const mayEndAfter = (unit: number, j: number): boolean => {
      const after = endHashes[j];
      return after === UNPRUNED || unit >= 128 || hashed.mayEndWith(hashStep(after, unit));
    };
    // The word's own letters beyond a-z and ' are tried too, as whole code points.
    let letters = ALPHABET_LETTERS;
    for (let i = 0; i < n && letters === ALPHABET_LETTERS; i++) {
      const unit = lower.charCodeAt(i);
      if ((unit < 97 || unit > 122) && unit !== 39) {
        let alphabet = ALPHABET;
        for (const c of lower) if (!alphabet.includes(c)) alphabet += c;
        letters = [...alphabet];
      }
    }
    for (let i = 0; i < n; i++) buffer[i] = lower.charCodeAt(i);
    // The prefix hash of head = lower[0, i), or UNPRUNED once head holds a unit the filter does not know.
    let head = FNV_OFFSET;
    for (let i = 0; i <= n; i++) {
      if (i > 0 && head !== UNPRUNED) {
        const unit = lower.charCodeAt(i - 1);
        if (unit >= 128) head = UNPRUNED;
        else {
          head = hashStep(head, unit);
          // Every variant from here on keeps this head, and no dictionary word starts with it.
          if (!hashed.mayStartWith(head)) break;
        }
      }
      // The tail after an edit here: lower[i + 1, n) after a deletion or substitution, lower[i + 2, n) after a swap, lower[i, n) after an insertion.
      if (i < endsFrom - 2) {
        buffer[i] = lower.charCodeAt(i);
        continue;
      }
      // buffer holds head = lower[0, i) throughout; each variant writes its tail after it.
      const tail = n - i;
      if (tail > 0 && i + 1 >= endsFrom) {
        for (let j = i + 1; j < n; j++) buffer[j - 1] = lower.charCodeAt(j);
        visit(n - 1, i, head);
      }
      if (tail > 1) {
        buffer[i] = lower.charCodeAt(i + 1);
        buffer[i + 1] = lower.charCodeAt(i);
        for (let j = i + 2; j < n; j++) buffer[j] = lower.charCodeAt(j);
        visit(n, i, head);
      }
      if (i + 1 >= endsFrom) {
        for (const c of letters) {
          const width = c.length;
          const last = c.charCodeAt(width - 1);
          // The insertion of c keeps lower[i, n) after it, the substitution lower[i + 1, n): each must end a word.
          const insert = i >= endsFrom && mayEndAfter(last, i);
          const substitute = tail > 0 && !(width === 1 && last === lower.charCodeAt(i)) && mayEndAfter(last, i + 1);
          if (!insert && !substitute) continue;
          for (let k = 0; k < width; k++) buffer[i + k] = c.charCodeAt(k);
          // Neither can be a word when head + c starts none.
          if (head !== UNPRUNED && !mayBeWord(i + width, i, head)) continue;
          if (insert) {
            for (let j = i; j < n; j++) buffer[j + width] = lower.charCodeAt(j);
            visit(n + width, i, head);
          }
          if (substitute) {
            for (let j = i + 1; j < n; j++) buffer[j - 1 + width] = lower.charCodeAt(j);
            visit(n - 1 + width, i, head);
          }
        }
      }
      // Not past the word's end: reading a string out of bounds makes V8 throw away the optimised search and compile it again (100 ms of a compiler thread's CPU).
      if (i < n) buffer[i] = lower.charCodeAt(i);
    }
    return found;
  }
}

/** A prefix hash that says "do not prune": FNV-1a never yields it before `>>> 0`, being a float. */
const UNPRUNED = 0.5;

/** Where one-edit variants are built; grows to the longest word suggested for. */
let scratch = new Uint16Array(64);
/** The hashes of the word's ends, read backwards, for the one-edit search (floats: UNPRUNED is one). */
let endHashes = new Float64Array(64);

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz'";
const ALPHABET_LETTERS = [...ALPHABET];

const lists = new Map<DataFile, WordList>();

const hashedFiles = new Map<DataFile, HashedWords>();

/** The files a hashed list is loaded from: its words' units, its table, and for FILTERED_FILES its filters. */
function partsOf(file: DataFile): string[] {
  const parts = [unitsFileOf(file), tableFileOf(file)];
  if (FILTERED_FILES.includes(file)) parts.push(filterFileOf(file), affixFilesOf(file).starts, affixFilesOf(file).ends);
  return parts;
}

function hashedWordsOf([units, table, filter, starts, ends]: (ArrayBuffer | SharedArrayBuffer)[]): HashedWords {
  return new HashedWords(new Uint16Array(units), new Int32Array(table), filter && new Int32Array(filter), starts && ends ? { starts: new Int32Array(starts), ends: new Int32Array(ends) } : undefined);
}

function loadHashedFile(file: DataFile, shared: boolean): HashedWords {
  return hashedWordsOf(partsOf(file).map((part) => readDataInto(part, shared)));
}

/**
 * Reads the dictionaries of `dialects` on libuv's threads while the caller goes on (the CLI lists
 * the files to check meanwhile), into shared memory, so that worker threads can have them too
 * (shareDictionaries). A file that cannot be read so is left for its first use, which reads it
 * and says what is wrong. Why: reading them on the checking thread was about 19 ms of a CLI run
 * over reuters-world (main-thread profile, readDataInto), the time it waited for nothing else.
 */
export async function preloadDictionaries(dialects: readonly Dialect[] = ['en-GB', 'en-US']): Promise<void> {
  await Promise.all(
    filesFor(dialects).map(async (file) => {
      if (hashedFiles.has(file)) return;
      try {
        const hashed = hashedWordsOf(await Promise.all(partsOf(file).map((part) => readDataAsync(part, true))));
        if (!hashedFiles.has(file)) hashedFiles.set(file, hashed);
      } catch {
        // hashedFile reads it when it is first needed, and throws there with the reason.
      }
    }),
  );
}

function hashedFile(file: DataFile): HashedWords {
  let hashed = hashedFiles.get(file);
  if (!hashed) hashedFiles.set(file, (hashed = loadHashedFile(file, false)));
  return hashed;
}

/**
 * Dictionaries in memory that worker threads can share: the words (as UTF-16
 * code units) and hash table of each file, in SharedArrayBuffers. Passed in
 * `workerData` or by postMessage, they are shared, not copied.
 */
export interface SharedDictionaries {
  files: { file: DataFile; units: Uint16Array; table: Int32Array; filter?: Int32Array; affixes?: { starts: Int32Array; ends: Int32Array } }[];
}

/** Every dictionary a lint of these dialects loads through a hash table. */
const filesFor = (dialects: readonly Dialect[]): DataFile[] => [...HASHED_FILES.filter((file) => file !== 'en-GB' && file !== 'en-US'), ...dialects];

/**
 * Main thread: loads the dictionaries of `dialects` once into shared memory
 * (this thread then uses them too) and returns them for the workers.
 * Call it before the first lint: spellers made earlier keep their own copies.
 */
export function shareDictionaries(dialects: readonly Dialect[] = ['en-GB', 'en-US']): SharedDictionaries {
  const files: SharedDictionaries['files'] = [];
  for (const file of filesFor(dialects)) {
    let hashed = hashedFiles.get(file);
    if (!hashed || !(hashed.units.buffer instanceof SharedArrayBuffer)) {
      hashed = loadHashedFile(file, true);
      hashedFiles.set(file, hashed);
      lists.delete(file);
    }
    files.push({ file, units: hashed.units, table: hashed.table, filter: hashed.filter, affixes: hashed.affixes });
  }
  return { files };
}

/** Worker thread: uses dictionaries the main thread shared, before the first lint loads its own. */
export function useSharedDictionaries(shared: SharedDictionaries): void {
  for (const { file, units, table, filter, affixes } of shared.files) {
    hashedFiles.set(file, new HashedWords(units, table, filter, affixes));
    lists.delete(file);
  }
}

export function wordList(file: DataFile): WordList {
  let list = lists.get(file);
  if (!list) lists.set(file, (list = new WordList(hashedFile(file))));
  return list;
}

export const dictionaryFor = (dialect: Dialect): WordList => wordList(dialect);

/** Position of a word in spoken-English frequency order (0 = most frequent); Infinity when unlisted. */
export function frequencyRank(lower: string): number {
  const rank = hashedFile('frequency').valueOf(lower);
  return rank === undefined ? Infinity : Number(rank);
}

/** What the dialect pairs say of a spelling as written (see dialectFormLines), undefined when it is in none. */
function dialectForm(word: string): ReturnType<typeof dialectFormOf> | undefined {
  const value = hashedFile('dialectForms').valueOf(word);
  return value === undefined ? undefined : dialectFormOf(value);
}

/** The other dialect's spelling when `word` (lower case) is a British or American form of a pair. */
export function dialectVariant(word: string, dialect: Dialect): string | undefined {
  const form = dialectForm(word);
  return dialect === 'en-US' ? form?.american : form?.british;
}

/** The dialect whose spelling `word` is, as written (lower case or capitalised), when it is one side of a pair. */
export function dialectOfSpelling(word: string): Dialect | undefined {
  return dialectForm(word)?.side;
}

/** Corrections of a frequent misspelling (lower case) for the dialect, or undefined. */
export function commonMisspelling(lower: string, dialect: Dialect): string[] | undefined {
  const value = hashedFile('misspellings').valueOf(lower);
  if (value === undefined) return undefined;
  let general: string[] | undefined;
  for (const entry of value.split('|')) {
    const colon = entry.indexOf(':');
    const d = entry.slice(0, colon);
    if (d === dialect) return entry.slice(colon + 1).split(',');
    if (d === '*') general = entry.slice(colon + 1).split(',');
  }
  return general;
}

export interface GazetteerEntry {
  name: string;
  kind: string;
  weight: number;
}

const entries = new Map<string, GazetteerEntry | null>();

/** The gazetteer's entry for a name as written, from its hash table. */
export function gazetteerEntry(name: string): GazetteerEntry | undefined {
  let entry = entries.get(name);
  if (entry === undefined) {
    const value = hashedFile('gazetteer').valueOf(name);
    // Kept past this draft: a copy, not a view into the draft's text.
    const own = detached(name);
    if (value === undefined) entry = null;
    else {
      const [kind, weight] = value.split('\t');
      entry = { name: own, kind, weight: Number(weight) };
    }
    if (entries.size > 50000) entries.clear();
    entries.set(own, entry);
  }
  return entry ?? undefined;
}

let buckets: Map<number, { lower: string; mask: number; entry: GazetteerEntry }[]> | undefined;

/** A bucket's key as a number (first unit, length): a string key would be built and hashed for every look-up. */
const targetBucket = (lower: string, length: number): number => lower.charCodeAt(0) * 1024 + Math.min(Math.max(length, 0), 1023);

/**
 * Correction targets by first letter and length, built the first time a name needs one, from the
 * gazetteer's entries of FUZZY_MIN_WEIGHT or more, which the build writes apart (985 of 31,297):
 * reading them out of the whole gazetteer took 13.5 ms of a reuters-world check's main-thread
 * profile (targetBuckets).
 */
function targetBuckets(): Map<number, { lower: string; mask: number; entry: GazetteerEntry }[]> {
  if (!buckets) {
    buckets = new Map();
    for (const line of readDataLines('gazetteerTargets')) {
      const [name, kind, weight] = line.split('\t');
      const entry = { name, kind, weight: Number(weight) };
      const lower = name.toLowerCase();
      const key = targetBucket(lower, lower.length);
      const bucket = buckets.get(key);
      const target = { lower, mask: letterMask(lower), entry };
      if (bucket) bucket.push(target);
      else buckets.set(key, [target]);
    }
  }
  return buckets;
}

/** Entries lighter than this (towns, first names, parts of longer names) are never correction targets. */
export const FUZZY_MIN_WEIGHT = 1e6;

const nearCache = new Map<string, { entry: GazetteerEntry; distance: number }[]>();

/**
 * Gazetteer names within `maxDistance` edits of `lower` that start with the
 * same letter: a slip in a name's first letter is rare, and the restriction
 * keeps the search to a few small buckets (by first letter and length).
 */
export function gazetteerNear(lower: string, maxDistance: number): { entry: GazetteerEntry; distance: number }[] {
  // Unknown names recur from draft to draft; each is compared with the gazetteer once.
  const key = `${maxDistance}${lower}`;
  const cached = nearCache.get(key);
  if (cached) return cached;
  if (nearCache.size > 20000) nearCache.clear();
  const found: { entry: GazetteerEntry; distance: number }[] = [];
  nearCache.set(key, found);
  const byInitial = targetBuckets();
  const mask = letterMask(lower);
  for (let length = lower.length - maxDistance; length <= lower.length + maxDistance; length++) {
    for (const { lower: name, mask: nameMask, entry } of byInitial.get(targetBucket(lower, length)) ?? []) {
      if (popcount(mask ^ nameMask) > 2 * maxDistance) continue;
      const distance = editDistance(lower, name, maxDistance);
      if (distance <= maxDistance) found.push({ entry, distance });
    }
  }
  return found;
}

let letterPairs: { counts: Int32Array; totals: Int32Array } | undefined;
const letterIndex = (c: number) => (c >= 97 && c <= 122 ? c - 96 : 27);

/**
 * How much a word's letter pairs look like the dictionary's (average log
 * probability of each letter after the one before): "Malkovich" reads more
 * like a word than "Malkvich".
 */
export function letterPlausibility(word: string): number {
  if (!letterPairs) {
    const counts = new Int32Array(JSON.parse(readDataText('letterPairs')) as number[]);
    const totals = new Int32Array(28);
    for (let a = 0; a < 28; a++) for (let b = 0; b < 28; b++) totals[a] += counts[a * 28 + b];
    letterPairs = { counts, totals };
  }
  const lower = word.toLowerCase();
  let sum = 0;
  let previous = 0;
  for (let i = 0; i <= lower.length; i++) {
    const current = i < lower.length ? letterIndex(lower.charCodeAt(i)) : 0;
    sum += Math.log((letterPairs.counts[previous * 28 + current] + 1) / (letterPairs.totals[previous] + 28));
    previous = current;
  }
  return sum / (lower.length + 1);
}
