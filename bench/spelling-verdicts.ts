/**
 * Judged spelling accuracy on American wire copy: lints reuters-world with
 * the Reuters desk's words file (bench/desks/reuters/words.txt), as the CLI
 * checks a folder, and scores the warnings against the hand judgements in
 * bench/verdicts/spelling.tsv. Prints false alarms per 1,000 words (findings
 * judged false plus findings not judged at all) and the recall of the judged
 * real slips; `--dialects` also compares the three dialect settings.
 *
 *   npx tsx bench/spelling-verdicts.ts [--dialect auto|en-US|en-GB] [--dialects] [--unjudged]
 *
 * `--unjudged` prints the findings no line judges yet, as verdict lines to
 * complete (verdict and why left blank).
 */
import { parseArgs } from 'node:util';
import type { DialectSetting } from '../src/engine/config';
import { measureSpellingVerdicts, readDeskWords, REUTERS, type VerdictFigures } from './spelling-verdicts-lib';

const { values } = parseArgs({ options: { dialect: { type: 'string', default: 'auto' }, dialects: { type: 'boolean' }, unjudged: { type: 'boolean' } } });
const words = readDeskWords(REUTERS.deskWords);

function measure(dialect: DialectSetting): VerdictFigures {
  return measureSpellingVerdicts(REUTERS.dir, REUTERS.corpus, REUTERS.verdicts, { dialect, words });
}

const figures = measure(values.dialect as DialectSetting);
const byRule = new Map<string, number>();
for (const f of figures.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log(`reuters-world, dialect ${values.dialect}, desk words ${words.join(' ')}: ${figures.words} words (as wc -w counts them)`);
console.log(`spelling warnings: ${figures.findings.length} (${[...byRule].map(([rule, n]) => `${n} ${rule.slice('spelling/'.length)}`).join(', ')})`);
console.log(`  judged real: ${figures.real}; judged false: ${figures.falseAlarms}; not judged (counted false): ${figures.unjudged.length}`);
console.log(`judged false alarms per 1,000 words: ${figures.falseAlarmsPer1000Words.toFixed(3)} (target < 0.05)`);
console.log(`recall of judged real slips: ${(figures.recall * 100).toFixed(1)}% (${figures.judgedReal - figures.missed.length} of ${figures.judgedReal}; target ≥ 98%)`);
for (const j of figures.missed) console.log(`  missed: ${j.file} ${j.offset} ${j.token} (${j.rule})`);
if (values.unjudged) for (const f of figures.unjudged) console.log(['reuters-world', f.file, f.rule, f.offset, f.token, '', `→ ${f.fix}`].join('\t'));

if (values.dialects) {
  console.log('\nDialect findings (a spelling from the other side of a pair) by setting:');
  for (const dialect of ['auto', 'en-US', 'en-GB'] as const) {
    const m = dialect === values.dialect ? figures : measure(dialect);
    console.log(`  ${dialect.padEnd(5)} ${m.dialectFindings} findings in ${m.storiesWithDialectFindings} stories; ${m.mixes} of them in a story that also spells the other way (a real mix)`);
  }
}
