import type { Rule } from '../../engine/rule';
import elapsed from './elapsed';
import invalid from './invalid';
import ordinal from './ordinal';
import weekdayMismatch from './weekday-mismatch';

/** The date/ family, in the order their findings are listed. */
export const dateRules: Rule[] = [invalid, weekdayMismatch, elapsed, ordinal];
