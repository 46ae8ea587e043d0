import type { Rule } from '../../engine/rule';

/** The spelling/ family, in the order their findings are listed. */
export const spellingRules: Rule[] = [];
