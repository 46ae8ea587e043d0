import type { Finding } from '../engine/types';

/**
 * A time budget for the lints an editor runs by itself (on open, as the user types, on save):
 * they run on the editor's own thread, so a draft no budget was made for (a pasted transcript,
 * a 200-page manuscript) must not freeze it. A draft whose last lint says it would overrun is
 * checked from its start as far as the budget allows, and a note where checking stopped tells
 * the user why the rest has no findings and how to check it all.
 */

/** `copydesk.lintBudget`'s default, in milliseconds: well past a 2,000-word draft's lint, short of a felt freeze. */
export const DEFAULT_LINT_BUDGET_MS = 300;

/** Below this many characters a draft is always checked whole (a long feature is about 40,000). */
export const ALWAYS_WHOLE_CHARS = 40_000;

/**
 * Milliseconds per character assumed before a draft's first lint: news copy lints about three
 * times faster, the slowest hostile drafts about as fast (bench/adversarial.ts), so a draft
 * checked for the first time is cut early rather than late.
 */
export const FIRST_GUESS_MS_PER_CHAR = 0.004;

/** The part is sized to this share of the budget: this lint may run slower than the last. */
const HEADROOM = 0.8;

/**
 * The engine's own budget for the part (LintOptions.budgetMs), past which it skips the rules
 * not yet run: a safety net for a part that runs far slower than the last lint said. Never
 * under a second: the model is built whatever the budget, and on a draft's first, cold check
 * a tighter net skipped every rule, leaving nothing checked at all.
 */
export const safetyNetMs = (budgetMs: number): number => Math.max(2 * budgetMs, 1000);

/** The rule id the notes carry: their documentation page explains the budget. */
export const CHECKED_PARTLY = 'copydesk/checked-partly';

/** How a lint was cut short: where checking stopped, and what the engine skipped on the way. */
export interface PartialCheck {
  /** The findings cover text.slice(0, checkedTo); nothing after it was checked. */
  checkedTo: number;
  /** Words in the checked part, for the note. */
  words: number;
  /** The text's length: what a full check would cover. */
  length: number;
  /** Rules the engine skipped when even the part ran over the budget (LintResult.cutShort). */
  skippedRules: string[];
  budgetMs: number;
}

/**
 * Where to stop checking `text` within `budgetMs`, at the given speed; undefined to check it
 * whole. The cut falls on a paragraph break where one is near (else a line break, else a space),
 * so that no sentence or quotation is checked half.
 */
export function partEnd(text: string, msPerChar: number, budgetMs: number): number | undefined {
  if (text.length <= ALWAYS_WHOLE_CHARS || text.length * msPerChar <= budgetMs) return undefined;
  const limit = Math.max(ALWAYS_WHOLE_CHARS, Math.floor((budgetMs * HEADROOM) / msPerChar));
  return limit >= text.length ? undefined : breakBefore(text, limit);
}

/** The last paragraph break, else line break, else space, in the second half of text[0, limit); else limit itself, off a surrogate pair. */
export function breakBefore(text: string, limit: number): number {
  const floor = limit >> 1;
  const paragraph = text.lastIndexOf('\n\n', limit - 2);
  if (paragraph >= floor) return paragraph + 2;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= floor) return line + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= floor) return space + 1;
  const unit = text.charCodeAt(limit - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? limit - 1 : limit;
}

/** Runs of non-space characters in text[0, end): the words the note counts. */
export function wordsBefore(text: string, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    const space = unit === 32 || (unit >= 9 && unit <= 13) || unit === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The notes an editor shows for a draft checked in part, as information findings: one at the
 * first words not checked, and one at the start when the engine skipped checks. `howToCheckAll`
 * is the adapter's own sentence (its command's name).
 */
export function partialNotes(text: string, partial: PartialCheck, howToCheckAll: string): Finding[] {
  const notes: Finding[] = [];
  const budget = `its time budget (${count(partial.budgetMs)} ms, the copydesk.lintBudget setting)`;
  if (partial.checkedTo < partial.length) {
    let start = partial.checkedTo;
    while (start < text.length && /\s/.test(text[start])) start++;
    if (start >= text.length) start = partial.checkedTo;
    const lineEnd = text.indexOf('\n', start);
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, start + 80);
    notes.push(note(start, end, `Copydesk checked only the first ${count(partial.words)} words of this draft, up to here, within ${budget}. Nothing from here on was checked. ${howToCheckAll}`));
  }
  if (partial.skippedRules.length > 0) {
    const lineEnd = text.indexOf('\n');
    notes.push(note(0, Math.min(lineEnd < 0 ? text.length : lineEnd, 80), `Copydesk ran out of ${budget} on this draft and skipped these checks: ${partial.skippedRules.join(', ')}. ${howToCheckAll}`));
  }
  return notes.sort((a, b) => a.start - b.start);
}

function note(start: number, end: number, message: string): Finding {
  return { ruleId: CHECKED_PARTLY, start, end: Math.max(end, start), message, level: 'info', fixes: [] };
}
