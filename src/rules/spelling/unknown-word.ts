import { defineRule } from '../../engine/rule';
import { analyseSpelling } from '../../engine/spelling/analysis';
import { replaceWordFix } from './fixes';

export const unknownWord = defineRule({
  meta: {
    id: 'spelling/unknown-word',
    family: 'spelling',
    description: 'A word that is not in the dictionary of the draft’s dialect.',
    rationale: 'A word no dictionary knows is usually a typing slip; the fixes offer the likeliest intended words. Names are judged by spelling/name-variant instead.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, config, workspace, session, report }) {
    const { verdicts } = analyseSpelling(model, config, workspace, session);
    for (const v of verdicts) {
      if (v.kind !== 'unknown') continue;
      const { word } = v;
      const message = v.dialectFix
        ? `“${word.text}” is not ${config.dialect} spelling; write “${v.dialectFix}”.`
        : v.suggestions.length
          ? `“${word.text}” is not in the ${config.dialect} dictionary. Did you mean “${v.suggestions[0]}”?`
          : `“${word.text}” is not in the ${config.dialect} dictionary.`;
      report({ start: word.start, end: word.end, message, word: word.text, fixes: v.suggestions.slice(0, 3).map((s) => replaceWordFix(word, s)) });
    }
  },
});
