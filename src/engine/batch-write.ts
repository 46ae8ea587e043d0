import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DraftFile } from './batch';

let written = 0;

/**
 * Writes a fixed draft so that no reader ever sees half of it and a failed write
 * (disk full, a file-size limit) leaves the draft as it was: the bytes go to a
 * temporary file beside the draft, which is then renamed over it. The byte-order
 * mark and the file's permissions are kept. When the file changed since it was read
 * (another run fixed it, a person saved it), nothing is written and the caller is told.
 */
export function writeDraftAtomically(path: string, original: Buffer, draft: Pick<DraftFile, 'text' | 'bom'>): 'written' | 'changed-meanwhile' {
  // A symbolic link stays a link: the file it points to is the one replaced.
  const target = realpathSync(path);
  const bytes = Buffer.from(draft.bom ? `\uFEFF${draft.text}` : draft.text, 'utf8');
  const temp = join(dirname(target), `.${basename(target)}.copydesk-${process.pid}-${threadId}-${written++}.tmp`);
  const fd = openSync(temp, 'wx', statSync(target).mode & 0o7777);
  try {
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!readFileSync(target).equals(original)) {
      unlinkSync(temp);
      return 'changed-meanwhile';
    }
    renameSync(temp, target);
    return 'written';
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never made: nothing to tidy.
    }
    throw error;
  }
}
