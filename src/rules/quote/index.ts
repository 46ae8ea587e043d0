import type { Rule } from '../../engine/rule';

/** The quote/ family, in the order their findings are listed. */
export const quoteRules: Rule[] = [];
