import type { Rule } from '../engine/rule';
import { copydeskRules } from './copydesk';
import { dateRules } from './date';
import { quoteRules } from './quote';
import { spellingRules } from './spelling';
import { styleRules } from './style';

/**
 * The one registry of rules. The CLI, the editor's settings, its Check All worker and the
 * engine (through the rules it is handed) all take the rule ids from here.
 */
export const allRules: readonly Rule[] = [...quoteRules, ...spellingRules, ...dateRules, ...styleRules, ...copydeskRules];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));

/** Every rule id a setting may name (`rules: { "quote/said-bookism": "off" }`, `--rule id=level`). */
export const ruleIds: ReadonlySet<string> = new Set(rulesById.keys());
