import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Generated data files, written by `npm run build` into dist/dictionaries. */
export const DATA_FILES = {
  'en-US': 'en-US.words.txt',
  'en-GB': 'en-GB.words.txt',
  names: 'names.words.txt',
  variants: 'dialect-variants.tsv',
  dialectForms: 'dialect-forms.tsv',
  misspellings: 'common-misspellings.txt',
  frequency: 'frequency.tsv',
  gazetteer: 'gazetteer.tsv',
  gazetteerTargets: 'gazetteer-targets.tsv',
  letterPairs: 'letter-pairs.json',
} as const;

export type DataFile = keyof typeof DATA_FILES;

/**
 * Bundled code runs from dist/ with the data beside it in dist/dictionaries;
 * source code (tests, tsx) runs from src/engine/dictionary.
 */
const CANDIDATE_DIRS = [join(__dirname, 'dictionaries'), join(__dirname, '..', '..', '..', 'dist', 'dictionaries')];

/** Bumped whenever the layout of the data files changes, so stale builds are redone. */
export const DATA_FORMAT = '11';
export const FORMAT_FILE = 'format.txt';

function isCurrent(dir: string): boolean {
  const stamp = join(dir, FORMAT_FILE);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === DATA_FORMAT;
}

let dataDir: string | undefined;

function locateDataDir(): string {
  if (dataDir) return dataDir;
  const found = CANDIDATE_DIRS.find(isCurrent);
  if (found) return (dataDir = found);
  // A source checkout that was never built (tests run straight from src/):
  // compile once, in a child process because the compiler is asynchronous.
  const root = join(__dirname, '..', '..', '..');
  try {
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    if (!existsSync(tsx)) throw new Error('not a source checkout with its dev dependencies');
    execFileSync(process.execPath, [tsx, join(root, 'scripts', 'build-dictionaries.ts')], { stdio: 'ignore' });
    if (!isCurrent(CANDIDATE_DIRS[1])) throw new Error(`nothing usable was written to ${dirname(CANDIDATE_DIRS[1])}`);
  } catch (error) {
    throw new Error(`Copydesk's dictionaries are missing (looked in ${CANDIDATE_DIRS.join(', ')}); run "npm run build". ${String(error)}`);
  }
  return (dataDir = CANDIDATE_DIRS[1]);
}

/**
 * The bytes of a generated file read straight into a new buffer, shared
 * between threads when `shared` is set: no decoding and no copy, so the
 * tables and word lists load at the speed of the page cache.
 */
export function readDataInto(name: string, shared = false): ArrayBuffer | SharedArrayBuffer {
  const fd = openSync(join(locateDataDir(), name), 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) throw new Error(`${name} is shorter than its size`);
      read += n;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** readDataInto on libuv's threads: the calling thread only starts the reads and takes the buffers. */
export async function readDataAsync(name: string, shared = false): Promise<ArrayBuffer | SharedArrayBuffer> {
  const file = await open(join(locateDataDir(), name), 'r');
  try {
    const { size } = await file.stat();
    const buffer = shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let read = 0; read < size; ) {
      const { bytesRead } = await file.read(bytes, read, size - read, read);
      if (bytesRead === 0) throw new Error(`${name} is shorter than its size`);
      read += bytesRead;
    }
    return buffer;
  } finally {
    await file.close();
  }
}

/** Data files loaded through a prebuilt hash table. */
export const HASHED_FILES: readonly DataFile[] = ['en-US', 'en-GB', 'names', 'misspellings', 'frequency', 'gazetteer', 'dialectForms'];

/** File name of the hash table built for a word list. */
export const tableFileOf = (file: DataFile): string => DATA_FILES[file].replace(/\.(?:txt|tsv)$/, '.table');

/** Hashed lists that also have a filter (see buildFilter): the ones suggestions probe with many misses. */
export const FILTERED_FILES: readonly DataFile[] = ['en-US', 'en-GB'];

/** File name of the filter built for a word list. */
export const filterFileOf = (file: DataFile): string => DATA_FILES[file].replace(/\.(?:txt|tsv)$/, '.filter');

/** File names of the filters of starts and ends built for a word list (see buildAffixFilter): the same lists as filterFileOf. */
export const affixFilesOf = (file: DataFile): { starts: string; ends: string } => {
  const base = DATA_FILES[file].replace(/\.(?:txt|tsv)$/, '');
  return { starts: `${base}.starts`, ends: `${base}.ends` };
};

/**
 * File name of a hashed list's lines, stored as the UTF-16 code units (little-endian,
 * as the tables are) the look-ups compare against, so loading decodes nothing.
 */
export const unitsFileOf = (file: DataFile): string => DATA_FILES[file].replace(/\.(?:txt|tsv)$/, '.units');

/** The text of one generated data file. */
export function readDataText(file: DataFile): string {
  if (HASHED_FILES.includes(file)) return Buffer.from(readDataInto(unitsFileOf(file))).toString('utf16le');
  return readFileSync(join(locateDataDir(), DATA_FILES[file]), 'utf8');
}

/** Lines of one generated data file, without the final empty line. */
export function readDataLines(file: DataFile): string[] {
  const lines = readDataText(file).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
