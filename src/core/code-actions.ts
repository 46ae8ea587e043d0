import { applyFixes } from '../engine/fixes';
import type { Finding, Fix, TextEdit } from '../engine/types';
import { disableLineEdit } from './directive-edit';

export const FIX_ALL_TITLE = 'Fix all safe Copydesk problems in this file';

/**
 * One entry of the lightbulb, in editor-neutral terms: either edits to the draft (offsets into
 * its text) or a word command the adapter runs (the dictionary lives outside the draft).
 */
export interface DraftAction {
  title: string;
  edits?: TextEdit[];
  command?: { kind: 'addWord' | 'ignoreWord'; word: string };
  /** The editor may apply it with one key: the first fix of a finding, when it is safe. */
  preferred?: boolean;
}

/** The safe fixes of every finding, minus those that overlap an earlier one, as one edit list. */
export function safeFixEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const safe: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (fix) safe.push(fix);
  }
  return applyFixes(text, safe).applied.flatMap((fix) => fix.edits);
}

/** "Fix all safe problems": also the `source.fixAll.copydesk` action. Undefined when nothing is safe to fix. */
export function fixAllAction(text: string, findings: readonly Finding[]): DraftAction | undefined {
  const edits = safeFixEdits(text, findings);
  return edits.length ? { title: FIX_ALL_TITLE, edits } : undefined;
}

export interface FindingActionOptions {
  /** Whether the draft sits in a folder whose dictionary can take the word. */
  canAddWord: boolean;
  /** The title of the add-word action (an untrusted workspace says what it needs). */
  addWordTitle?: (word: string) => string;
  /** Words already offered for another finding of the same request, so each is offered once. */
  seenWords?: Set<string>;
}

/**
 * A finding's actions: each of its own fixes (the first, when safe, preferred), dictionary and
 * ignore actions for a word, and a comment that disables its rule on its line.
 */
export function findingActions(text: string, finding: Finding, options: FindingActionOptions): DraftAction[] {
  const actions: DraftAction[] = finding.fixes.map((fix, index) => ({ title: fix.title, edits: fix.edits, preferred: index === 0 && fix.safe === true }));
  const word = finding.word;
  if (word && !options.seenWords?.has(word)) {
    options.seenWords?.add(word);
    if (options.canAddWord) {
      actions.push({ title: options.addWordTitle?.(word) ?? `Add "${word}" to the workspace dictionary`, command: { kind: 'addWord', word } });
    }
    actions.push({ title: `Ignore "${word}" in this draft`, command: { kind: 'ignoreWord', word } });
  }
  const disable = disableLineEdit(text, finding.start, finding.ruleId);
  if (disable) actions.push({ title: `Disable ${finding.ruleId} for this line`, edits: [disable] });
  return actions;
}
