import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, relative, sep } from 'node:path';
import { globMatcher } from './glob-matcher';
import { DEFAULT_CONFIG, mergeConfig, type ConfigProblem, type CopydeskConfig } from './config';
import { loadConfigForFile } from './config-files';
import { lintDocument, type LintOptions, type LintResult } from './lint';

/**
 * Checking many drafts from disk, as the CLI and the editor's Check All both do: which
 * files are drafts, reading one safely, the settings of each folder, and the lint.
 * Adapters add only their own output (terminal messages, editor diagnostics).
 */

/** The file endings a folder or glob yields as drafts; the editor's default glob is built from them. */
export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft', '.news'] as const;

export function isDraftPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DRAFT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A draft as read from disk. */
export interface DraftFile {
  /** The text without its byte-order mark. */
  text: string;
  /** The file began with a UTF-8 byte-order mark, which a rewrite keeps. */
  bom: boolean;
  /**
   * False when the bytes are not valid UTF-8: the text holds U+FFFD where they were, so
   * writing it back would change bytes no fix touched. Such a draft is checked, never rewritten.
   */
  exact: boolean;
  /**
   * The file's bytes as read, to tell whether it changed before a rewrite; absent when the
   * draft was read into a ReadBuffer, as a check that rewrites nothing does.
   */
  bytes?: Buffer;
}

/**
 * One buffer that drafts are read into, one after another, by a check that rewrites no file:
 * a buffer of its own for each draft cost reading reuters-world's drafts about 5 ms more CPU
 * (a new 8 KB pool for every few drafts, and the collector's work on them).
 */
export class ReadBuffer {
  private buffer = Buffer.allocUnsafeSlow(1 << 16);

  /** A buffer of at least `length` bytes, whose first `keep` bytes are those of the last one taken. */
  take(length: number, keep = 0): Buffer {
    if (this.buffer.length < length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.buffer.length));
      this.buffer.copy(grown, 0, 0, keep);
      this.buffer = grown;
    }
    return this.buffer;
  }
}

export interface ReadProblem {
  /** One line saying what is wrong with the file. */
  message: string;
  /** 'skipped' files are reported and passed over; 'error' is an I/O failure (CLI exit code 2). */
  kind: 'skipped' | 'error';
}

/** A clear reason for a failed file-system call, by its error code. */
export function fileErrorMessage(error: unknown, what = 'the file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'No such file or folder.';
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: cannot read ${what}.`;
    case 'ELOOP':
      return 'A loop of symbolic links: the path never reaches a file.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    default:
      return `Could not read ${what}: ${code ?? (error as Error).message}.`;
  }
}

/** NUL bytes in the first few kilobytes mark a binary file (an image, a PDF, a zip). */
const BINARY_SNIFF_BYTES = 8000;

/** The reason a FIFO, a socket or a device is not read. */
export const NOT_A_REGULAR_FILE = 'Skipped: not a regular file (a FIFO, socket or device).';

/**
 * How a file listed as a regular file is opened: without waiting, should it have become a FIFO
 * since (a reader-less FIFO would block the open).
 */
const OPEN_LISTED = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a draft, refusing with a one-line reason anything that is not one: a FIFO, a
 * socket or a device (never opened, so a FIFO cannot hang the run and /dev/zero cannot
 * fill memory), a file over `maxFileSize`, a binary file, an empty file, a file holding
 * only a byte-order mark. Invalid UTF-8 is read (with U+FFFD) and marked inexact.
 *
 * `listed`: the caller found the path to be a regular file when it listed it (collectFiles).
 * It is then opened first and looked at through the open file, one look-up of the path instead
 * of two: reading every draft took 70.5 -> 66.4 ms of CPU on bbc-news, 52.0 -> 47.6 ms on
 * reuters-world (`npx tsx bench/read-files.ts --processes 9`). One that is no longer a regular
 * file is closed unread.
 */
export function readDraftFile(path: string, maxFileSize: number, sizeSetting = '--max-file-size', listed = false, into?: ReadBuffer): { draft: DraftFile } | { problem: ReadProblem } {
  let size = 0;
  if (!listed) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      return { problem: { kind: 'error', message: fileErrorMessage(error) } };
    }
    const refused = refusal(stat, maxFileSize, sizeSetting);
    if (refused) return { problem: refused };
    size = stat.size;
  }
  let bytes: Buffer;
  let fd: number;
  try {
    fd = openSync(path, listed ? OPEN_LISTED : 'r');
  } catch (error) {
    return { problem: { kind: 'error', message: fileErrorMessage(error) } };
  }
  try {
    if (listed) {
      const stat = fstatSync(fd);
      const refused = refusal(stat, maxFileSize, sizeSetting);
      if (refused) return { problem: refused };
      size = stat.size;
    }
    bytes = readAtMost(fd, size, maxFileSize + 1, into);
  } catch (error) {
    return { problem: { kind: 'error', message: fileErrorMessage(error) } };
  } finally {
    closeSync(fd);
  }
  // The file grew between the look and the read.
  if (bytes.length > maxFileSize) return { problem: { kind: 'skipped', message: tooLarge(bytes.length, maxFileSize, sizeSetting) } };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problem: { kind: 'skipped', message: 'Skipped: this is a binary file, not a text draft.' } };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { problem: { kind: 'skipped', message: bom ? 'Skipped: the file holds only a byte-order mark, no text.' : 'Skipped: the file is empty.' } };
  const text = body.toString('utf8');
  return { draft: into ? { text, bom, exact: isUtf8(body) } : { text, bom, exact: isUtf8(body), bytes } };
}

/** Why a file with this status is not read, or undefined when it may be. */
function refusal(stat: Stats, maxFileSize: number, sizeSetting: string): ReadProblem | undefined {
  if (stat.isDirectory()) return { kind: 'error', message: 'This is a folder, not a file.' };
  if (!stat.isFile()) return { kind: 'skipped', message: NOT_A_REGULAR_FILE };
  if (stat.size > maxFileSize) return { kind: 'skipped', message: tooLarge(stat.size, maxFileSize, sizeSetting) };
  return undefined;
}

function tooLarge(size: number, maxFileSize: number, sizeSetting: string): string {
  return `Skipped: ${(size / 1048576).toFixed(1)} MB is over the ${(maxFileSize / 1048576).toFixed(1)} MB limit for one draft (${sizeSetting}).`;
}

/**
 * Up to `limit` bytes of an open file, read into a buffer of the size it had when looked at, plus
 * one byte to notice that it grew since: one allocation (none with `into`) and no copy for a draft
 * that stayed the same.
 */
function readAtMost(fd: number, size: number, limit: number, into?: ReadBuffer): Buffer {
  // A size of 0 is also what some files that do hold text report (those under /proc).
  let room = Math.min(size > 0 ? size + 1 : 4096, limit);
  let buffer = into ? into.take(room) : Buffer.allocUnsafe(room);
  let length = 0;
  while (length < limit) {
    if (length === room) {
      room = Math.min(2 * room, limit);
      if (into) buffer = into.take(room, length);
      else {
        const grown = Buffer.allocUnsafe(room);
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
    }
    const asked = room - length;
    const n = readSync(fd, buffer, length, asked, null);
    length += n;
    // A regular file's short read is its end: no second read to hear so (2,095 fewer calls on bbc-news).
    // Files that report no size (under /proc) are read until a read returns nothing.
    if (n === 0 || (size > 0 && n < asked)) break;
  }
  return buffer.subarray(0, length);
}

/** Settings for each draft, read once per folder: defaults, the caller's settings, settings files, the caller's overrides. */
export class FolderSettings {
  private readonly byDir = new Map<string, { config: Partial<CopydeskConfig>; ignore?: (path: string) => boolean }>();
  readonly problems: ConfigProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    private readonly options: {
      /** A settings file to use instead of the nearest `.copydesk.json`. */
      configFile?: string;
      knownRuleIds: ReadonlySet<string>;
      /** Settings the files override (the editor's settings). */
      under?: Partial<CopydeskConfig>;
      /** Settings that override the files' (the CLI's flags). */
      over?: Partial<CopydeskConfig>;
      /** Ignore globs are matched against paths relative to this folder. */
      cwd?: string;
    },
  ) {}

  forFile(filePath: string): { config: Partial<CopydeskConfig>; ignored: boolean } {
    const dir = dirname(filePath);
    let entry = this.byDir.get(dir);
    if (!entry) {
      const loaded = loadConfigForFile(filePath, { configFile: this.options.configFile, knownRuleIds: this.options.knownRuleIds });
      for (const problem of loaded.problems) {
        const key = `${problem.source}\u0000${problem.key ?? ''}\u0000${problem.message}`;
        if (!this.reported.has(key)) {
          this.reported.add(key);
          this.problems.push(problem);
        }
      }
      const merged = mergeConfig(DEFAULT_CONFIG, this.options.under ?? {}, loaded.config, this.options.over ?? {});
      const ignore = merged.ignore.length ? globMatcher(merged.ignore, { dot: true }) : undefined;
      entry = { config: merged, ignore };
      this.byDir.set(dir, entry);
    }
    // The path relative to the working folder is worked out only when some glob could ignore it.
    return { config: entry.config, ignored: entry.ignore !== undefined && entry.ignore(relative(this.options.cwd ?? process.cwd(), filePath).split(sep).join('/')) };
  }
}

/** A draft read and linted, or the one-line reason it was not. */
export type BatchOutcome = { draft: DraftFile; result: LintResult } | { problem: ReadProblem };

/** Reads and lints one draft file; never throws on the file's content. */
export function checkDraftFile(path: string, config: Partial<CopydeskConfig>, options: Omit<LintOptions, 'filePath' | 'config'> & { maxFileSize: number; sizeSetting?: string; listed?: boolean; readBuffer?: ReadBuffer }): BatchOutcome {
  const read = readDraftFile(path, options.maxFileSize, options.sizeSetting, options.listed, options.readBuffer);
  if ('problem' in read) return read;
  // The size settings ride along unread: one copy of the options per draft, not a second without them.
  return { draft: read.draft, result: lintDocument(read.draft.text, { ...options, filePath: path, config }) };
}

/** Draft text KeptLints holds at most: a model takes about 30 bytes per character (heap after linting reuters-world: 115 MB for 4.0 M characters). */
const KEPT_CHARACTERS = 4_000_000;

/**
 * First-pass lints kept for the second check a draft gets once the workspace's names are known,
 * up to a total length of draft text, so that the second check runs the rules again on the same
 * model (`lintModelAgain`) instead of reading the draft and building its model again. Why: a
 * term other drafts share clears a draft's findings, and when such terms were common (688 of
 * reuters-world's drafts came back before abbreviations stopped counting as terms; 43 now),
 * building their models twice was a fifth of the CLI's run.
 */
export class KeptLints {
  private readonly byPath = new Map<string, { draft: DraftFile; result: LintResult }>();
  private characters = 0;

  constructor(private readonly limit = KEPT_CHARACTERS) {}

  /** How many lints are kept. */
  get size(): number {
    return this.byPath.size;
  }

  /** Keeps a draft's first lint while there is room. */
  offer(path: string, draft: DraftFile, result: LintResult): void {
    if (this.characters + draft.text.length > this.limit) return;
    this.characters += draft.text.length;
    this.byPath.set(path, { draft, result });
  }

  /** The kept lint of a draft, still kept. */
  peek(path: string): { draft: DraftFile; result: LintResult } | undefined {
    return this.byPath.get(path);
  }

  /** The kept lint of a draft, handed over once. */
  take(path: string): { draft: DraftFile; result: LintResult } | undefined {
    const kept = this.byPath.get(path);
    this.byPath.delete(path);
    return kept;
  }

  /** Lets go of every kept lint (once the second checks are done). */
  clear(): void {
    this.byPath.clear();
    this.characters = 0;
  }
}
