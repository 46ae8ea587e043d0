import type { Family, Finding } from '../engine/types';
import { rulesById } from '../rules';

export type FamilyCounts = Record<Family, number>;
/** `copydesk.statusBar`: words that read without the tooltip, or icons for a narrow window. */
export type StatusBarStyle = 'full' | 'compact';

const LABELS: Record<Family, [one: string, many: string]> = {
  quote: ['quote', 'quotes'],
  spelling: ['spelling', 'spellings'],
  date: ['date', 'dates'],
  style: ['style', 'style'],
  copydesk: ['setting', 'settings'],
};
const ICONS: Record<Family, string> = { quote: '$(quote)', spelling: '$(book)', date: '$(calendar)', style: '$(symbol-color)', copydesk: '$(gear)' };
const ORDER: Family[] = ['quote', 'spelling', 'date', 'style', 'copydesk'];

export function familyOf(ruleId: string): Family {
  return rulesById.get(ruleId)?.meta.family ?? (ruleId.split('/')[0] as Family);
}

/** Adds the findings to `counts` by family (a fresh count when none is given). */
export function countsByFamily(findings: readonly Pick<Finding, 'ruleId'>[], counts: FamilyCounts = { quote: 0, spelling: 0, date: 0, style: 0, copydesk: 0 }): FamilyCounts {
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    if (family in counts) counts[family]++;
  }
  return counts;
}

/** "3 quotes · 1 spelling · 2 dates": the families with findings, in the order of the report. */
export function findingsInWords(counts: FamilyCounts): string {
  const parts = ORDER.filter((f) => counts[f] > 0).map((f) => `${counts[f]} ${LABELS[f][counts[f] === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(' · ') : 'no findings';
}

/**
 * The status bar's text. Full: `Copydesk: 3 quotes · 1 spelling · 2 dates`. Compact, for a
 * window too narrow for words: `$(quote) 3 $(book) 1 $(calendar) 2`. Families with nothing to
 * report are left out of both; a clean draft reads `Copydesk: no findings` or `$(check) Copydesk`.
 */
export function statusText(counts: FamilyCounts, style: StatusBarStyle): string {
  const present = ORDER.filter((f) => counts[f] > 0);
  if (style === 'full') return `Copydesk: ${findingsInWords(counts)}`;
  return present.length ? present.map((f) => `${ICONS[f]} ${counts[f]}`).join(' ') : '$(check) Copydesk';
}
