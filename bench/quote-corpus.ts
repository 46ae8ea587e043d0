/**
 * False-alarm rate of the quote/ rules on published copy.
 *
 *   npx tsx bench/quote-corpus.ts [corpusDir] [--every N] [--show RULE|all] [--time] [--merges]
 *
 * --merges counts quotes reopened inside one paragraph (`…ludicrous. "I signed…`, a paragraph
 * break the dataset lost) by how their last part ends: closed, run on into the next paragraph
 * (news convention), or left open. It shows whether lost closing marks are an artefact of the
 * merge (they would be common) or slips (rare).
 *
 * --time also reports the warm CPU cost of the quote layers (findQuotations, attributeQuotations)
 * and of the six quote rules, per 2,000 words, averaged over five passes, and the CPU cost of
 * attributeQuotations on one 100,000-word manuscript (the corpus articles joined in order), the
 * largest part of a re-lint: median and fastest of 60 runs after 20 warm-up runs.
 *
 * Lints every plain-text article of the BBC corpus (default ../shared/corpus/bbc-news)
 * with only the quote rules, config { dialect: 'en-GB' }, and prints quote/* findings
 * per 1,000 words. Every quote in that corpus was attributed by an editor, so a warning
 * is a false alarm unless the published text itself slipped (a lost closing mark, a
 * source the copy never names): read them with --show before counting them as either.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../src/engine/config';
import { lintDocument } from '../src/engine/lint';
import { attributeQuotations } from '../src/engine/model/attribution';
import { buildModel } from '../src/engine/model/build';
import { findQuotations } from '../src/engine/model/quotations';
import type { TextModel } from '../src/engine/model/types';
import type { RuleContext } from '../src/engine/rule';
import { quoteRules } from '../src/rules/quote';
import { listCorpusFiles } from './lib/corpus';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(__dirname, '../../shared/corpus/bbc-news'));
const every = Number(flag('--every') ?? 1);
const show = flag('--show');

const files = listCorpusFiles(dir).filter((_, i) => i % every === 0);
let words = 0;
let quotations = 0;
const merges = { reopened: 0, closed: 0, runsOn: 0, leftOpen: 0 };
let ms = 0;
const byRule = new Map<string, { warning: number; all: number }>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  words += (text.match(/\S+/g) ?? []).length;
  const t0 = performance.now();
  const result = lintDocument(text, { filePath: file, config: { dialect: 'en-GB' }, rules: quoteRules, today: '2005-12-31' });
  ms += performance.now() - t0;
  quotations += result.model.quotations.length;
  if (args.includes('--merges')) countMerges(result.model);
  for (const f of result.findings) {
    const entry = byRule.get(f.ruleId) ?? { warning: 0, all: 0 };
    entry.all++;
    if (f.level === 'warning' || f.level === 'error') entry.warning++;
    byRule.set(f.ruleId, entry);
    if (show && (show === 'all' || f.ruleId === show)) {
      const line = text.slice(Math.max(0, f.start - 80), f.end + 60).replace(/\s+/g, ' ');
      console.log(`${file.slice(dir.length + 1)}  ${f.ruleId}  ${JSON.stringify(text.slice(f.start, f.end).slice(0, 60))}\n    …${line}…`);
    }
  }
}
const per1000 = (n: number) => ((n * 1000) / words).toFixed(3);
let warnings = 0;
let all = 0;
console.log(`${files.length} files, ${words} words, ${quotations} quotations, quote rules ${ms.toFixed(0)} ms (model included)`);
for (const [id, { warning, all: n }] of [...byRule].sort()) {
  warnings += warning;
  all += n;
  console.log(`  ${id.padEnd(28)} ${String(n).padStart(5)} findings (${warning} warnings)  ${per1000(n)} per 1,000 words`);
}
console.log(`quote/* warnings: ${warnings} = ${per1000(warnings)} per 1,000 words; all quote/* findings (incl. info): ${all} = ${per1000(all)} per 1,000 words`);

if (args.includes('--merges')) {
  const { reopened, closed, runsOn, leftOpen } = merges;
  console.log(`quotes reopened inside a paragraph: ${reopened}; last part closed ${closed}, runs on ${runsOn}, left open ${leftOpen}`);
}

/**
 * Chains of quotes reopened within one paragraph, by how their last part ends. A part whose
 * reopened successor never closed ends inside its paragraph with no successor (the successor's
 * opening mark is stray).
 */
function countMerges(model: TextModel): void {
  const { quotations, paragraphs } = model;
  const successor = new Map<number, number>();
  for (const q of quotations) if (q.continues !== undefined) successor.set(q.continues, q.index);
  const endsInsideParagraph = (k: number) => quotations[k].runsOn && quotations[k].end < paragraphs[quotations[k].paragraph].end;
  for (const q of quotations) {
    const reopened = q.continues !== undefined && quotations[q.continues].paragraph === q.paragraph;
    if (reopened || !endsInsideParagraph(q.index)) continue;
    let last = q.index;
    for (let next = successor.get(last); next !== undefined && quotations[next].paragraph === q.paragraph; next = successor.get(last)) last = next;
    merges.reopened++;
    if (quotations[last].close) merges.closed++;
    else if (successor.has(last)) merges.runsOn++;
    else if (endsInsideParagraph(last)) merges.leftOpen++;
  }
}

if (args.includes('--time')) {
  const models: TextModel[] = files.map((file) => buildModel(readFileSync(file, 'utf8'), { filePath: file, languageId: 'plaintext', config: {} }));
  const perTwoThousand = (fn: () => void) => {
    fn(); // warm up
    const started = process.cpuUsage();
    for (let pass = 0; pass < 5; pass++) fn();
    const used = process.cpuUsage(started);
    return (((used.user + used.system) / 1000 / 5) * 2000) / words;
  };
  const layers = perTwoThousand(() => {
    for (const model of models) {
      findQuotations(model.prose, model.paragraphs);
      for (const q of model.quotations) delete q.attribution;
      attributeQuotations(model);
    }
  });
  const config = { ...DEFAULT_CONFIG, style: 'ap' as const };
  const rules = perTwoThousand(() => {
    for (const model of models) {
      const context: RuleContext = { model, config, options: {}, report: () => undefined };
      for (const rule of quoteRules) rule.check(context);
    }
  });
  console.log(`warm CPU per 2,000 words: quote layers ${layers.toFixed(3)} ms, quote rules ${rules.toFixed(3)} ms, together ${(layers + rules).toFixed(3)} ms`);

  const parts: string[] = [];
  let manuscriptWords = 0;
  for (const file of files) {
    if (manuscriptWords > 100_000) break;
    const text = readFileSync(file, 'utf8').trim();
    parts.push(text);
    manuscriptWords += (text.match(/\S+/g) ?? []).length;
  }
  const manuscript = buildModel(parts.join('\n\n'), { languageId: 'plaintext', config: {} });
  const attribute = () => {
    for (const q of manuscript.quotations) delete q.attribution;
    attributeQuotations(manuscript);
  };
  for (let run = 0; run < 20; run++) attribute();
  const runs: number[] = [];
  for (let run = 0; run < 60; run++) {
    const started = process.cpuUsage();
    attribute();
    const used = process.cpuUsage(started);
    runs.push((used.user + used.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  console.log(`attributeQuotations on a ${manuscriptWords}-word manuscript (${manuscript.quotations.length} quotations), CPU: median ${runs[30].toFixed(2)} ms, fastest ${runs[0].toFixed(2)} ms`);
}
