import type { TextModel } from './model/types';
import { lineOf, lineStartsOf } from './positions';
import type { Finding } from './types';

const lineStartCache = new WeakMap<TextModel, number[]>();

/** True when a `copydesk-disable…` directive covers the finding's rule at its first line. */
export function isSuppressed(model: TextModel, finding: Finding): boolean {
  if (model.directives.length === 0) return false;
  let starts = lineStartCache.get(model);
  if (!starts) {
    starts = lineStartsOf(model.text);
    lineStartCache.set(model, starts);
  }
  const line = lineOf(starts, finding.start);
  const matches = (rules: string[]) => rules.length === 0 || rules.some((r) => r === finding.ruleId || finding.ruleId.startsWith(`${r}/`));
  let disabled = false;
  for (const d of model.directives) {
    if (d.kind === 'disable-next-line') {
      if (d.line + 1 === line && matches(d.rules)) return true;
      continue;
    }
    if (d.kind === 'disable-line') {
      if (d.line === line && matches(d.rules)) return true;
      continue;
    }
    if (d.start > finding.start) continue;
    if (d.kind === 'disable' && matches(d.rules)) disabled = true;
    else if (d.kind === 'enable' && (d.rules.length === 0 || matches(d.rules))) disabled = false;
  }
  return disabled;
}
