import { defineRule } from '../../engine/rule';
import { speechQuotations } from './shared';

/** Loaded attribution verbs and the neutral verb of the same tense. */
const LOADED: Record<string, string> = {
  stated: 'said', states: 'says', claimed: 'said', claims: 'says', admitted: 'said', admits: 'says', noted: 'said', notes: 'says',
  revealed: 'said', reveals: 'says', slammed: 'said', slams: 'says', declared: 'said', declares: 'says', exclaimed: 'said',
  proclaimed: 'said', asserted: 'said', asserts: 'says', opined: 'said', boasted: 'said', boasts: 'says', blasted: 'said',
  quipped: 'said', snapped: 'said', gushed: 'said', fumed: 'said', raged: 'said', confessed: 'said', confesses: 'says',
  'hit out': 'said', 'hits out': 'says', stating: 'saying', claiming: 'saying', admitting: 'saying', noting: 'saying', declaring: 'saying',
};

const matchCase = (replacement: string, original: string) => (/^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement);

export const saidBookism = defineRule({
  meta: {
    id: 'quote/said-bookism',
    family: 'quote',
    description: 'A loaded attribution verb (stated, claimed, admitted, noted, revealed …) where "said" is neutral.',
    rationale: 'Verbs like “claimed” or “admitted” pass judgment on the speaker; AP style prefers the neutral “said”.',
    defaultLevel: 'info',
    fixable: true,
  },
  check({ model, report }) {
    const seen = new Set<number>();
    for (const q of speechQuotations(model)) {
      const a = q.attribution;
      if (!a?.verb || !a.verbText || a.form === 'continuation' || a.form === 'multi-paragraph' || seen.has(a.verb.start)) continue;
      const neutral = LOADED[a.verbText.toLowerCase()];
      // `the report states`, `the circular notes`: the usual verbs for a document, which has no tone of voice to colour.
      if (!neutral || a.document) continue;
      seen.add(a.verb.start);
      const replacement = matchCase(neutral, a.verbText);
      report({
        start: a.verb.start,
        end: a.verb.end,
        message: `“${a.verbText}” colors the quote; the neutral “${replacement}” lets the words speak for themselves.`,
        fixes: [{ title: `Replace with “${replacement}”`, edits: [{ start: a.verb.start, end: a.verb.end, text: replacement }], safe: true }],
      });
    }
  },
});
