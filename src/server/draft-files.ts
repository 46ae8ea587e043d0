import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { EXCLUDED_FOLDERS } from '../core/workspace-name-index';

/** Build output beside the drafts is not drafts either. */
const SKIPPED = new Set([...EXCLUDED_FOLDERS, 'dist', 'out']);

/**
 * The drafts under `folders` whose path relative to their folder matches `glob`, in path
 * order, at most `limit` of them. Symbolic links are not followed, so a link loop costs nothing.
 */
export async function findDrafts(folders: readonly string[], glob: string, limit: number): Promise<string[]> {
  const isDraft = picomatch(glob, { dot: true });
  const found: string[] = [];
  for (const folder of folders) {
    const pending = [folder];
    while (pending.length > 0 && found.length < limit) {
      const dir = pending.pop()!;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED.has(entry.name)) pending.push(path);
        } else if (entry.isFile() && isDraft(relative(folder, path).split(sep).join('/'))) {
          found.push(path);
          if (found.length >= limit) break;
        }
      }
    }
  }
  return found.sort();
}
