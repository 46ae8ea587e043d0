import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft', '.news'];

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.vscode-test', '.copydesk']);

export interface FileProblem {
  filePath: string;
  message: string;
  /** 'skipped' files are reported and passed over; 'error' means exit code 2. */
  kind: 'skipped' | 'error';
}

const isDraft = (path: string) => DRAFT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
const hasGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path, out);
    } else if (entry.isFile() && isDraft(entry.name)) out.push(path);
  }
}

/** The base folder of a glob: the path up to its first segment with a wildcard. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const index = parts.findIndex(hasGlob);
  return parts.slice(0, index).join(sep) || '.';
}

/** Files named directly are taken whatever their extension; folders and globs yield drafts only. */
export function collectFiles(patterns: string[], ignore: string[], cwd = process.cwd()): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const ignored = ignore.length ? picomatch(ignore, { dot: true }) : () => false;
  for (const pattern of patterns) {
    if (hasGlob(pattern)) {
      const base = resolve(cwd, globBase(pattern));
      const matcher = picomatch(pattern.split(sep).join('/'), { dot: false });
      const found: string[] = [];
      walk(base, found);
      files.push(...found.filter((f) => matcher(relative(cwd, f).split(sep).join('/'))));
      continue;
    }
    const path = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ filePath: pattern, message: 'No such file or folder.', kind: 'error' });
      continue;
    }
    if (stat.isDirectory()) walk(path, files);
    else files.push(path);
  }
  const unique = [...new Set(files)].filter((f) => !ignored(relative(cwd, f).split(sep).join('/')));
  return { files: unique, problems };
}

/** Where drafts are read: one buffer, grown to the largest draft, instead of a new one per file. */
let scratch = Buffer.allocUnsafe(1 << 16);

/** Reads a draft, refusing binary and oversized files with a reason instead of their bytes. */
export function readDraft(path: string, maxFileSize: number): { text: string } | { problem: FileProblem } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxFileSize) {
      return { problem: { filePath: path, kind: 'skipped', message: `Skipped: ${(size / 1048576).toFixed(1)} MB is over the ${(maxFileSize / 1048576).toFixed(1)} MB limit for one draft (--max-file-size).` } };
    }
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const grown = Buffer.allocUnsafe(Math.max(2 * scratch.length, size + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) break;
      length += n;
    }
    const bytes = scratch.subarray(0, length);
    if (bytes.subarray(0, 8000).includes(0)) return { problem: { filePath: path, kind: 'skipped', message: 'Skipped: this is a binary file, not a text draft.' } };
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch (error) {
    return { problem: { filePath: path, kind: 'error', message: `Could not read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
