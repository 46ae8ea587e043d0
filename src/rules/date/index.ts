import type { Rule } from '../../engine/rule';
import { elapsed } from './elapsed';
import { invalid } from './invalid';
import { ordinal } from './ordinal';
import { relative } from './relative';
import { weekdayMismatch } from './weekday-mismatch';

/** The date/ family, in the order their findings are listed. */
export const dateRules: Rule[] = [invalid, weekdayMismatch, relative, elapsed, ordinal];
