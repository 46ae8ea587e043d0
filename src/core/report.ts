import type { Dialect } from '../engine/config';
import type { TextModel } from '../engine/model/types';
import { lineOf, lineStartsOf } from '../engine/positions';
import { docsUrl } from '../engine/rule';
import type { Family, Finding } from '../engine/types';
import { dictionaryFor } from '../engine/dictionary/word-list';
import { namesToVerify } from './names';
import { quoteSheet, quoteSheetMarkdown } from '../core/quote-sheet';
import { familyOf } from '../core/status-text';

const FAMILY_TITLES: Record<Family, string> = {
  quote: 'Quotes and attribution',
  spelling: 'Spelling and names',
  date: 'Dates',
  style: 'House style',
  copydesk: 'Draft settings',
};

/** Turns every check off for the whole report (see README, Inline control). */
export const REPORT_DIRECTIVE = '<!-- copydesk-disable -->';
const EXCERPT_MAX = 80;
/** Words shown after a finding that is only punctuation (a lone opening mark), so it reads as text. */
const CONTEXT_WORDS = /^(?:\s*[^\s]+){1,6}/;

function excerpt(text: string, start: number, end: number): string {
  let stop = Math.min(end, start + EXCERPT_MAX);
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, stop))) {
    const line = text.slice(stop, text.indexOf('\n', stop) === -1 ? text.length : text.indexOf('\n', stop));
    stop += CONTEXT_WORDS.exec(line)?.[0].length ?? 0;
  }
  const shown = text.slice(start, stop).replace(/\s+/g, ' ').trim();
  return shown.replace(/`/g, "'") + (stop < end || stop - start >= EXCERPT_MAX ? '…' : '');
}

/**
 * A Markdown review report of one draft's findings, grouped by family with line numbers, for an
 * editor to hand to the reporter. Ends with the quote sheet (whom each quotation is credited to,
 * for checking against notes) and the names the reporter should confirm.
 */
export function buildReviewReport(draftName: string, model: TextModel, findings: readonly Finding[], dialect: Dialect = 'en-US'): string {
  const lineStarts = lineStartsOf(model.text);
  // The report quotes the draft's problems: a saved copy of it must not be checked as a draft.
  const lines = [REPORT_DIRECTIVE, `# Copydesk review: ${draftName}`, ''];
  if (findings.length === 0) lines.push('No findings.', '');
  else lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}.`, '');
  const families: Family[] = ['quote', 'spelling', 'date', 'style'];
  for (const family of families) {
    const mine = findings.filter((f) => familyOf(f.ruleId) === family);
    if (mine.length === 0) continue;
    lines.push(`## ${FAMILY_TITLES[family]} (${mine.length})`, '');
    for (const f of mine) {
      const line = lineOf(lineStarts, f.start) + 1;
      const fix = f.fixes[0] ? ` Suggested: ${f.fixes[0].title}.` : '';
      lines.push(`- **Line ${line}** · \`${excerpt(model.text, f.start, f.end)}\` — ${f.message}${fix} ([${f.ruleId}](${docsUrl(f.ruleId)}))`);
    }
    lines.push('');
  }
  const sheet = quoteSheet(model);
  if (sheet.length) lines.push(`## Quotes and their speakers (${sheet.length})`, '', ...quoteSheetMarkdown(sheet), '');
  const dictionary = dictionaryFor(dialect);
  const names = namesToVerify(model, (lower) => dictionary.has(lower));
  if (names.length) {
    lines.push(`## Names to verify (${names.length})`, '');
    for (const n of names) lines.push(`- [ ] ${n.name} (${n.count}×, first on line ${lineOf(lineStarts, n.spans[0].start) + 1})`);
    lines.push('');
  }
  return lines.join('\n');
}
