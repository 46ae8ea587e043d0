import type { Rule } from '../../engine/rule';
import { commonMisspelling } from './common-misspelling';
import { nameVariant } from './name-variant';
import { repeatedWord } from './repeated-word';
import { unknownWord } from './unknown-word';
import { unverifiedName } from './unverified-name';

/** The spelling/ family, in the order their findings are listed. */
export const spellingRules: Rule[] = [unknownWord, commonMisspelling, nameVariant, repeatedWord, unverifiedName];
