import type { Rule } from '../../engine/rule';

/** The date/ family, in the order their findings are listed. */
export const dateRules: Rule[] = [];
