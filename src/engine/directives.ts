import type { TextModel } from './model/types';
import type { Finding } from './types';

/** 0-based line of an offset, by binary search over line starts. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

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
