import type { Rule } from '../engine/rule';
import { dateRules } from './date';
import { quoteRules } from './quote';
import { spellingRules } from './spelling';
import { styleRules } from './style';

export const allRules: readonly Rule[] = [...quoteRules, ...spellingRules, ...dateRules, ...styleRules];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
