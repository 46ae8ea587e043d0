/**
 * Recall of the quote rules on planted errors, and false alarms on look-alike controls, on both
 * shared corpora (see quote-recall-lib.ts for the kinds). Fixed seed.
 *
 *   npx tsx bench/quote-recall.ts [articles per corpus, default 600]
 *
 * QUOTE_RECALL_DEBUG=1 prints each miss (offsets only).
 */
import { readFileSync } from 'node:fs';
import { listCorpusFiles } from './lib/corpus';
import { CONTROL_KINDS, ERROR_KINDS, measureQuoteRecall, type QuoteRecall } from './quote-recall-lib';
import { SHARED_CORPORA } from './quote-verdicts-lib';

export const QUOTE_RECALL_SEED = 20261203;

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function quoteRecallLines(limit = 600, debug = false): { lines: string[]; results: Record<string, QuoteRecall> } {
  const lines: string[] = [];
  const results: Record<string, QuoteRecall> = {};
  for (const corpus of SHARED_CORPORA) {
    const all = listCorpusFiles(corpus.dir);
    const step = Math.max(1, Math.floor(all.length / limit));
    const sample = all.filter((_, i) => i % step === 0).slice(0, limit);
    const r = measureQuoteRecall(
      sample.map((p) => readFileSync(p, 'utf8')),
      QUOTE_RECALL_SEED,
      corpus.dialect,
      debug ? (line) => console.log(`  ${corpus.name}: ${line}`) : undefined,
    );
    results[corpus.name] = r;
    lines.push(`${corpus.name}: ${sample.length} articles, seed ${QUOTE_RECALL_SEED}`);
    for (const kind of ERROR_KINDS) {
      const extra = kind === 'dropped' ? `, fix puts the mark back ${pct(r.fixRight, r.found.dropped)}` : '';
      lines.push(`  planted ${kind.padEnd(13)} ${String(r.planted[kind]).padStart(4)}  recall ${pct(r.found[kind], r.planted[kind])}${extra}`);
    }
    for (const kind of CONTROL_KINDS) lines.push(`  control ${kind.padEnd(13)} ${String(r.controls[kind]).padStart(4)}  drew a quote finding ${pct(r.alarms[kind], r.controls[kind])}`);
  }
  return { lines, results };
}

if (require.main === module) {
  const limit = Number(process.argv[2] ?? 600);
  console.log(quoteRecallLines(limit, process.env.QUOTE_RECALL_DEBUG === '1').lines.join('\n'));
}
