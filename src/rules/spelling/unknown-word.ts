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
    const { verdicts, dialect } = analyseSpelling(model, config, workspace, session);
    const name = dialect.dialect;
    const [most, fewest] = dialect.dialect === 'en-GB' ? [dialect.british, dialect.american] : [dialect.american, dialect.british];
    const why = dialect.auto ? `, which the rest of this draft uses (${most} ${most === 1 ? 'word' : 'words'} to ${fewest})` : '';
    for (const v of verdicts) {
      if (v.kind !== 'unknown') continue;
      const { word } = v;
      const message = v.dialectFix
        ? `“${word.text}” is not ${name} spelling${why}; write “${v.dialectFix}”.`
        : v.capital
          ? `“${word.text}” is a name and needs a capital: “${v.suggestions[0]}”.`
          : v.suggestions.length
          ? `“${word.text}” is not in the ${name} dictionary. Did you mean “${v.suggestions[0]}”?`
          : `“${word.text}” is not in the ${name} dictionary.`;
      report({ start: word.start, end: word.end, message, word: word.text, fixes: v.suggestions.slice(0, 3).map((s) => replaceWordFix(word, s)) });
    }
  },
});
