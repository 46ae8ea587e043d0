import { relative } from 'node:path';
import type { FileResult } from '../result';

const paint = (on: boolean) => (code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** ESLint-style listing for people: one block per file, a summary line at the end. */
export function formatStylish(results: FileResult[], color: boolean): string {
  const c = paint(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixable += result.fixableCount;
    out.push(c(4, relative(process.cwd(), result.filePath) || result.filePath));
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.level, m.message, m.ruleId ?? '']);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const [where, level, message, rule] of rows) {
      const levelColor = level === 'error' ? 31 : level === 'warning' ? 33 : 36;
      out.push(`  ${c(2, where.padEnd(widths[0]))}  ${c(levelColor, level.padEnd(widths[1]))}  ${message}  ${c(2, rule)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return `${c(32, '✔')} No problems found in ${results.length} draft${results.length === 1 ? '' : 's'}.\n`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(c(errors ? 31 : 33, `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`));
  if (fixable) out.push(c(2, `  ${plural(fixable, 'problem')} can be fixed with --fix.`));
  return `${out.join('\n')}\n`;
}
