import { defineRule } from '../../engine/rule';
import { analyseSpelling } from '../../engine/spelling/analysis';
import { replaceWordFix } from './fixes';

export const commonMisspelling = defineRule({
  meta: {
    id: 'spelling/common-misspelling',
    family: 'spelling',
    description: 'A word on the list of frequent English misspellings.',
    rationale: 'Words such as “recieve” and “seperate” are misspelled so often that the correction is known; with a single correct form the fix is safe to apply without a look.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, config, workspace, session, report }) {
    for (const v of analyseSpelling(model, config, workspace, session).verdicts) {
      if (v.kind !== 'misspelling') continue;
      const { word, fixes } = v;
      const message = fixes.length === 1 ? `“${word.text}” is a common misspelling of “${fixes[0]}”.` : `“${word.text}” is a common misspelling of ${fixes.map((f) => `“${f}”`).join(' or ')}.`;
      report({ start: word.start, end: word.end, message, word: word.text, fixes: fixes.map((f) => replaceWordFix(word, f, fixes.length === 1)) });
    }
  },
});
