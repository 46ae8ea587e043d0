import { lintDocument, type LintOptions, type LintResult } from './engine/lint';
import type { Finding } from './engine/types';
import { allRules } from './rules';

export type { LintOptions, LintResult } from './engine/lint';
export type { Finding, Fix, TextEdit, Level, RuleMeta } from './engine/types';
export type { CopydeskConfig } from './engine/config';
export { applyFixes, applyEdits } from './engine/fixes';
export { allRules, rulesById } from './rules';

/** Lints a draft with every registered rule. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, { ...options, rules: options.rules ?? allRules }).findings;
}

/** Like `lint`, but also returns the text model, the merged config and front matter problems. */
export function analyze(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(text, { ...options, rules: options.rules ?? allRules });
}
export { LintSession } from './engine/session';
