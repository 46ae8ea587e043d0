import { defineRule } from '../../engine/rule';
import { analyseSpelling } from '../../engine/spelling/analysis';

export const unverifiedName = defineRule({
  meta: {
    id: 'spelling/unverified-name',
    family: 'spelling',
    description: 'A name no dictionary or gazetteer knows and that is close to nothing known: one to verify.',
    rationale: 'Names cannot be spell-checked, only verified against a source. This lists the ones no reference knows, for an editor who checks names before publication. Off by default.',
    defaultLevel: 'off',
    fixable: false,
  },
  check({ model, config, workspace, session, report }) {
    for (const v of analyseSpelling(model, config, workspace, session).verdicts) {
      if (v.kind !== 'unverified-name') continue;
      report({ start: v.word.start, end: v.word.end, message: `Verify the name “${v.word.text}”: no dictionary or gazetteer lists it.`, word: v.word.text, level: 'info' });
    }
  },
});
