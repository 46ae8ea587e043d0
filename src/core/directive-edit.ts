import type { TextEdit } from '../engine/types';

const EXISTING = /<!--\s*copydesk-disable-line\b([^]*?)-->/;

/**
 * The edit that silences `ruleId` on the line holding `offset`: a `copydesk-disable-line`
 * comment at the end of that line, or the rule added to the one already there. HTML comments
 * are directives in every draft language and invisible in rendered Markdown. Undefined when
 * the line's comment already silences every rule.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  const line = text.slice(lineStart, lineEnd);
  const existing = EXISTING.exec(line);
  if (existing) {
    const rules = existing[1].trimEnd();
    if (rules.trim() === '') return undefined;
    const at = lineStart + existing.index + existing[0].length - existing[1].length - 3 + rules.length;
    return { start: at, end: at, text: `, ${ruleId}` };
  }
  const contentEnd = lineStart + line.trimEnd().length;
  return { start: contentEnd, end: contentEnd, text: ` <!-- copydesk-disable-line ${ruleId} -->` };
}
