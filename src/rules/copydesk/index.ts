import type { Rule } from '../../engine/rule';
import { frontMatter } from './front-matter';

/** The copydesk/ family: the draft's own settings, as the engine read them. */
export const copydeskRules: Rule[] = [frontMatter];
