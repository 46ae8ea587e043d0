import type { Dialect } from '../engine/config';
import type { TextModel } from '../engine/model/types';
import { lineOf, lineStartsOf } from '../engine/positions';
import { docsUrl } from '../engine/rule';
import type { Family, Finding } from '../engine/types';
import { rulesById } from '../rules';
import { dictionaryFor } from '../engine/dictionary/word-list';
import { namesToVerify } from './names';

const FAMILY_TITLES: Record<Family, string> = {
  quote: 'Quotes and attribution',
  spelling: 'Spelling and names',
  date: 'Dates',
  style: 'House style',
  copydesk: 'Draft settings',
};

function excerpt(text: string, start: number, end: number): string {
  const shown = text.slice(start, Math.min(end, start + 80)).replace(/\s+/g, ' ').trim();
  return shown.replace(/`/g, "'") + (end - start > 80 ? '…' : '');
}

/**
 * A Markdown review report of one draft's findings, grouped by family with line numbers, for an
 * editor to hand to the reporter. Ends with the names the reporter should confirm.
 */
export function buildReviewReport(draftName: string, model: TextModel, findings: readonly Finding[], dialect: Dialect = 'en-US'): string {
  const lineStarts = lineStartsOf(model.text);
  const lines = [`# Copydesk review: ${draftName}`, ''];
  if (findings.length === 0) lines.push('No findings.', '');
  else lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}.`, '');
  const families: Family[] = ['quote', 'spelling', 'date', 'style'];
  for (const family of families) {
    const mine = findings.filter((f) => (rulesById.get(f.ruleId)?.meta.family ?? f.ruleId.split('/')[0]) === family);
    if (mine.length === 0) continue;
    lines.push(`## ${FAMILY_TITLES[family]} (${mine.length})`, '');
    for (const f of mine) {
      const line = lineOf(lineStarts, f.start) + 1;
      const fix = f.fixes[0] ? ` Suggested: ${f.fixes[0].title}.` : '';
      lines.push(`- **Line ${line}** · \`${excerpt(model.text, f.start, f.end)}\` — ${f.message}${fix} ([${f.ruleId}](${docsUrl(f.ruleId)}))`);
    }
    lines.push('');
  }
  const dictionary = dictionaryFor(dialect);
  const names = namesToVerify(model, (lower) => dictionary.has(lower));
  if (names.length) {
    lines.push(`## Names to verify (${names.length})`, '');
    for (const n of names) lines.push(`- [ ] ${n.name} (${n.count}×, first on line ${lineOf(lineStarts, n.spans[0].start) + 1})`);
    lines.push('');
  }
  return lines.join('\n');
}
