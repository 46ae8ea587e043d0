import { lineOf, lineStartsOf } from '../../engine/positions';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation } from '../../engine/types';
import { analyseSpelling } from '../../engine/spelling/analysis';
import { replaceWordFix } from './fixes';

const KIND_LABEL: Record<string, string> = {
  country: 'a country',
  capital: 'a capital city',
  city: 'a city',
  demonym: 'a nationality',
  'first-name': 'a first name',
  news: 'a name in the news',
};

export const nameVariant = defineRule({
  meta: {
    id: 'spelling/name-variant',
    family: 'spelling',
    description: 'A name spelled one or two letters away from a name used elsewhere in the draft, in the workspace or in the gazetteer.',
    rationale: 'Misspelled names are the costliest errors in news copy. A capitalized word the dictionary does not know is only reported when it is close to a name the draft, the desk or the gazetteer already knows; other names are left alone.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, config, workspace, session, report }) {
    // Line numbers for messages, from an index built once (not a scan per finding).
    let lineStarts: number[] | undefined;
    const line = (offset: number) => lineOf((lineStarts ??= lineStartsOf(model.text)), offset) + 1;
    for (const v of analyseSpelling(model, config, workspace, session).verdicts) {
      if (v.kind !== 'name-variant') continue;
      const { word, other } = v;
      let where: string;
      const related: RelatedLocation[] = [];
      if (v.source === 'draft') {
        where = v.others.length === 1 ? `on line ${line(v.others[0].start)}` : `${v.others.length} times, first on line ${line(v.others[0].start)}`;
        for (const o of v.others.slice(0, 10)) related.push({ start: o.start, end: o.end, message: `“${o.text}” is written here` });
      } else if (v.source === 'workspace') {
        where = v.drafts ? `in ${v.drafts} of the workspace’s other drafts` : 'in the workspace’s list of names';
      } else {
        where = `in the gazetteer (${KIND_LABEL[v.entry?.kind ?? ''] ?? 'a known name'})`;
      }
      report({
        start: word.start,
        end: word.end,
        message: `“${word.text}” looks like a misspelling of “${other}”, which appears ${where}.`,
        word: word.text,
        related: related.length ? related : undefined,
        fixes: [replaceWordFix(word, other)],
      });
    }
  },
});
