import type { RuleMeta } from '../engine/types';
import type { Finding } from '../engine/types';
import { rulesById } from '../rules';

/** A rule's meta by id, the front matter check included. */
export function ruleMetaOf(ruleId: string): RuleMeta | undefined {
  return rulesById.get(ruleId)?.meta;
}

export interface FindingsAt {
  /** The findings whose span holds the offset, first one first. */
  findings: Finding[];
  /** Their rules, each once, in the same order. */
  rules: RuleMeta[];
}

/** What a hover at `offset` explains: the findings there and the rules behind them. */
export function findingsAt(findings: readonly Finding[], offset: number): FindingsAt {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  const rules: RuleMeta[] = [];
  for (const finding of here) {
    const meta = ruleMetaOf(finding.ruleId);
    if (meta && !rules.includes(meta)) rules.push(meta);
  }
  return { findings: here, rules };
}
