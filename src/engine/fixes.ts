import { firstSpanFrom } from './positions';
import type { Fix, TextEdit } from './types';

/**
 * Applies edits to text. Edits are taken from the end backwards; an edit that
 * overlaps one already taken is dropped (returned in `skipped`) so no text is lost.
 * The text is rebuilt once: a slice and a copy per edit cost the draft's length
 * for every fix, which on a long draft full of fixes grew with the square.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let floor = Infinity;
  for (const edit of sorted) {
    if (edit.end > floor || edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
      skipped.push(edit);
      continue;
    }
    floor = edit.start;
    applied.push(edit);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (let i = applied.length - 1; i >= 0; i--) {
    const edit = applied[i];
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}

/**
 * Applies whole fixes (all edits of a fix, or none of them), first come first served,
 * the way ESLint's --fix does in one pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const taken = new TakenEdits();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.overlaps(e))) {
      skipped.push(fix);
      continue;
    }
    for (const edit of fix.edits) taken.add(edit);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken.edits).text, applied, skipped };
}

/**
 * Edits already taken, in order of start. They never overlap one another, so an edit
 * can overlap only its neighbours in that order: a look-up, not a scan of them all.
 */
class TakenEdits {
  /** In the order taken, which settles ties between a fix's own overlapping edits. */
  readonly edits: TextEdit[] = [];
  private readonly byStart: TextEdit[] = [];

  overlaps(edit: TextEdit): boolean {
    const at = firstSpanFrom(this.byStart, edit.start);
    // Only the edits that start last before it, and those that start first from it on, can reach it.
    const lastStart = at > 0 ? this.byStart[at - 1].start : -1;
    for (let i = at - 1; i >= 0 && this.byStart[i].start === lastStart; i--) if (overlap(this.byStart[i], edit)) return true;
    for (let i = at; i < this.byStart.length && (i <= at + 1 || this.byStart[i].start === edit.start); i++) if (overlap(this.byStart[i], edit)) return true;
    return false;
  }

  add(edit: TextEdit): void {
    this.edits.push(edit);
    let at = firstSpanFrom(this.byStart, edit.start);
    while (at < this.byStart.length && this.byStart[at].start === edit.start) at++;
    this.byStart.splice(at, 0, edit);
  }
}

/** Two edits overlap when they share a character, or both insert at one point. */
function overlap(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === a.start && b.end === b.start);
}
