import type { Rule } from '../../engine/rule';
import { monthAbbreviation } from './month-abbreviation';
import { timeOfDay } from './time-of-day';

/** The style/ family: house-style rules, on only with their style (`style: ap`). */
export const styleRules: Rule[] = [monthAbbreviation, timeOfDay];
