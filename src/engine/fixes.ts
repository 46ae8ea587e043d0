import type { Fix, TextEdit } from './types';

/**
 * Applies edits to text. Edits are applied from the end backwards; an edit that
 * overlaps one already taken is dropped (returned in `skipped`) so no text is lost.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = text;
  let floor = Infinity;
  for (const edit of sorted) {
    if (edit.end > floor || edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
      skipped.push(edit);
      continue;
    }
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    floor = edit.start;
    applied.push(edit);
  }
  return { text: out, applied, skipped };
}

/**
 * Applies whole fixes (all edits of a fix, or none of them), first come first served,
 * the way ESLint's --fix does in one pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === a.start && b.end === b.start);
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken).text, applied, skipped };
}
