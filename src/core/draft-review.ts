import { dictionaryFor } from '../engine/dictionary/word-list';
import type { LintResult } from '../engine/lint';
import { draftDialect } from '../engine/spelling/dialect';
import { namesToVerify, type NameToVerify } from './names';
import { buildReviewReport } from './report';

/** The names to verify in a checked draft, its ordinary words told apart with the dictionary of the draft's dialect. */
export function namesToVerifyIn(result: Pick<LintResult, 'model' | 'config'>): NameToVerify[] {
  const dictionary = dictionaryFor(draftDialect(result.model, result.config).dialect);
  return namesToVerify(result.model, (lower) => dictionary.has(lower));
}

/** The Markdown review report of a checked draft. */
export function reviewReportOf(draftName: string, result: Pick<LintResult, 'model' | 'config' | 'findings'>): string {
  return buildReviewReport(draftName, result.model, result.findings, draftDialect(result.model, result.config).dialect);
}
