/**
 * Judged false alarms of the five quote rules per 1,000 words, on both shared corpora.
 *
 *   npx tsx bench/quote-verdicts.ts [--unjudged]
 *
 * Reads every bench/verdicts/*.tsv. A finding no verdict row covers counts as false. With
 * --unjudged, prints those findings as verdict rows to fill in (file, offset, token only: the
 * Reuters text may not be copied into the repository).
 */
import { quoteVerdictReport } from './quote-verdicts-lib';

const { lines, unjudged } = quoteVerdictReport();
console.log(lines.join('\n'));
if (process.argv.includes('--unjudged')) {
  for (const f of unjudged) console.log([f.corpus, f.file, f.rule, f.offset, f.token, '?', ''].join('\t'));
}
