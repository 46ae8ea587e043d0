/**
 * date/* findings per 1,000 words over the BBC corpus, linted as it is (no story
 * date), plus the cost of the date part of the model and of the date rules.
 *
 *   npx tsx bench/date-corpus.ts [--corpus DIR] [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--style ap] [--show N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { HouseStyle } from '../src/engine/config';
import { lintDocument } from '../src/engine/lint';
import { findDateline, findDates } from '../src/engine/model/dates';
import { dateRules } from '../src/rules/date';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? textFiles(join(dir, entry.name)) : entry.name.endsWith('.txt') ? [join(dir, entry.name)] : []))
    .sort();
}

const corpus = option('corpus') ?? join(__dirname, '../../shared/corpus/bbc-news');
const referenceDate = option('date');
const today = option('today');
const style = (option('style') ?? 'none') as HouseStyle;
const show = Number(option('show') ?? 10);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

const byRule = new Map<string, number>();
const examples: string[] = [];
const config = { style, ...(referenceDate ? { referenceDate } : {}) };
const models: ReturnType<typeof lintDocument>[] = [];
let words = 0;
for (const path of textFiles(corpus)) {
  const text = readFileSync(path, 'utf8');
  words += countWords(text);
  const result = lintDocument(text, { filePath: path, rules: dateRules, config, ...(today ? { today } : {}) });
  models.push(result);
  for (const f of result.findings) {
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    if (examples.length < show) examples.push(`${path.slice(corpus.length + 1)}: ${f.ruleId} [${text.slice(f.start, f.end)}] ${f.message}`);
  }
}

// Timing: the date part of the model, then the date rules over finished models; best of a few passes,
// since the machine is shared and a pass can be disturbed.
const PASSES = 5;
let findMs = Infinity;
let rulesMs = Infinity;
let mentions = 0;
for (let pass = 0; pass < PASSES; pass++) {
  let find = 0;
  let rules = 0;
  mentions = 0;
  for (const { model, config: merged } of models) {
    const findStarted = performance.now();
    model.dateline = findDateline(model);
    model.dates = findDates(model);
    find += performance.now() - findStarted;
    mentions += model.dates.length;
    const context = { model, config: merged, options: {}, today: today ?? '2026-01-01', report: () => undefined };
    const rulesStarted = performance.now();
    for (const rule of dateRules) rule.check(context);
    rules += performance.now() - rulesStarted;
  }
  findMs = Math.min(findMs, find);
  rulesMs = Math.min(rulesMs, rules);
}
const total = [...byRule.values()].reduce((a, b) => a + b, 0);
const per1000 = (n: number) => ((n * 1000) / words).toFixed(4);
console.log(`corpus ${corpus}: ${words} words, ${mentions} date mentions${referenceDate ? `, reference date ${referenceDate}` : ', no reference date'}, style ${style}`);
console.log(`date/* findings: ${total} = ${per1000(total)} per 1,000 words`);
for (const [rule, n] of [...byRule].sort()) console.log(`  ${rule}: ${n} (${per1000(n)} per 1,000 words)`);
console.log(`finding dates and dateline (best of ${PASSES} passes): ${((findMs * 2000) / words).toFixed(3)} ms per 2,000 words`);
console.log(`date rules over the finished model (best of ${PASSES} passes): ${((rulesMs * 2000) / words).toFixed(3)} ms per 2,000 words`);
if (examples.length) console.log(`\nfirst ${examples.length} findings:\n${examples.join('\n')}`);
