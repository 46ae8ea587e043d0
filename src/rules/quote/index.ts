import type { Rule } from '../../engine/rule';
import { anonymousSource } from './anonymous-source';
import { saidBookism } from './said-bookism';
import { speakerUnidentified } from './speaker-unidentified';
import { quoteStyle } from './style';
import { unattributed } from './unattributed';
import { unbalanced } from './unbalanced';

/** The quote/ family, in the order their findings are listed. */
export const quoteRules: Rule[] = [unattributed, anonymousSource, unbalanced, speakerUnidentified, saidBookism, quoteStyle];
