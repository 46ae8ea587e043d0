/**
 * Markdown tables for the README's performance section, from a bench JSON summary.
 *
 *   npx tsx bench/markdown.ts [bench/results/latest.json] > figures.md
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { per1000Words } from './lib/stats';
import { formatNumber } from './lib/table';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function mdTable(headers: string[], rows: (string | number | undefined)[][]): string {
  const cell = (v: string | number | undefined) => (typeof v === 'number' ? formatNumber(v) : v ?? '').replace(/\|/g, '\\|');
  return [`| ${headers.join(' | ')} |`, `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function renderMarkdown(s: Json): string {
  const c = s.copydesk;
  const out: string[] = [];
  out.push(`Measured ${s.date.slice(0, 10)} on ${s.machine}, over ${s.corpus.articles.toLocaleString('en-GB')} BBC articles (${s.corpus.words.toLocaleString('en-GB')} words, counted as \`wc -w\` does) and ${s.drafts.count} drafts of 2,000 words, with ${s.rules.length} rules registered.`);
  out.push('', `Versions: ${Object.entries(s.versions).map(([k, v]) => `${k} ${v ?? '(absent)'}`).join(', ')}.`);
  const reference = s.guard?.metrics?.referenceMs;
  if (typeof reference === 'number') {
    out.push('', `This machine's speed during the run: ${formatNumber(reference)} ms for the fixed reference workload (\`bench/probes/reference.cjs\`, the CI guard's yardstick). It drifts on this shared VM and the absolute times below drift with it; the ratios to the peers, measured in the same run, much less.`);
  }

  out.push('', '#### Copydesk', '');
  const rows: (string | number)[][] = [
    ['Cold start to first result (fresh `node`, dictionaries included)', `${formatNumber(c.cold.firstResultMs)} ms`],
  ];
  const fam = c.draftsByFamily;
  for (const [label, v] of Object.entries(fam) as [string, { p50Ms: number; p95Ms: number }][]) {
    rows.push([`2,000-word draft, warm, ${label === 'model' ? 'text model alone' : label === 'all' ? 'all rules' : `${label} rules only`} (p50 / p95)`, `${formatNumber(v.p50Ms)} / ${formatNumber(v.p95Ms)} ms`]);
  }
  for (const r of c.relint) {
    rows.push([`Re-lint after a one-word edit, ${r.label} (p50 / p95), ${r.incremental ? 'through `LintSession`' : 'full re-lint'}`, `${formatNumber(r.p50Ms)} / ${formatNumber(r.p95Ms)} ms`]);
    if (r.incremental && r.fullP50Ms !== undefined) rows.push([`  the same with a fresh \`lint()\` each time (p50)`, `${formatNumber(r.fullP50Ms)} ms`]);
  }
  for (const run of c.cli) {
    const runs = (run.samplesMs as number[] | undefined)?.length ?? 0;
    const spread = runs > 1 ? ` (median of ${runs}: ${(run.samplesMs as number[]).map((ms) => formatNumber(ms / 1000)).join(', ')} s)` : '';
    rows.push([`Whole corpus through the CLI, ${run.workers} worker${run.workers > 1 ? 's' : ''}, start-up included`, `${formatNumber(run.wallMs / 1000)} s${spread}, ${formatNumber(run.wordsPerSecond)} words/s, peak RSS ${formatNumber(run.maxRssMb)} MB`]);
  }
  if (c.suggestions?.count) rows.push(['Spelling suggestion cost, upper bound (mean / worst draft)', `${formatNumber(c.suggestions.spellingMs / c.suggestions.count)} / ${formatNumber(c.suggestions.maxDraftSpellingMs)} ms`]);
  const fa = c.falseAlarmsPer1000WordsByFamily as Record<string, number>;
  rows.push(['False alarms per 1,000 words on the BBC corpus', `${Object.entries(fa).map(([k, v]) => `${k} ${formatNumber(v)}`).join(', ')}; total ${formatNumber(per1000Words(c.cli[0].findings, s.corpus.words))}`]);
  out.push(mdTable(['Figure', 'Measured'], rows));

  if (c.growth) {
    out.push('', '#### Growth with the draft\'s length', '', 'Milliseconds per lint; the exponent is the slope of log(time) against log(words) from one size to the next (1 is linear, 2 quadratic; ! marks a super-linear step).', '');
    const sizes = c.growth.sizes as { words: number; totalMs: number; modelMs: number }[];
    const exps = (steps: { exponent: number; superLinear: boolean }[]) => steps.map((st) => `${formatNumber(st.exponent)}${st.superLinear ? '!' : ''}`).join(', ');
    const growthRows: (string | number)[][] = [
      ['all rules', ...sizes.map((x) => x.totalMs), exps(c.growth.steps)],
      ['text model', ...sizes.map((x) => x.modelMs), exps(c.growth.modelSteps)],
      ...(c.growth.rules as { id: string; ms: number[]; steps: { exponent: number; superLinear: boolean }[] }[])
        .filter((r) => r.ms[r.ms.length - 1] >= 1)
        .map((r) => [`\`${r.id}\``, ...r.ms, exps(r.steps)]),
    ];
    out.push(mdTable(['', ...sizes.map((x) => `${x.words.toLocaleString('en-GB')} words`), 'exponents'], growthRows));
    out.push('', 'Rules under 1 ms at the largest size are left out of this table; the JSON summary has them all.');
  }

  out.push('', '#### Peers, same texts, same run', '');
  const peerRows: (string | number | undefined)[][] = [];
  const lib = (name: string, p: Json) => [name, p.version, p.coldMs, p.draftP50Ms, p.draftP95Ms, p.corpusWordsPerSecond, p.maxRssMb, p.findingsPer1000Words];
  peerRows.push(lib('Copydesk (library, all rules)', c.lib));
  for (const run of c.cli) peerRows.push([`Copydesk CLI, ${run.workers} worker${run.workers > 1 ? 's' : ''}`, s.versions.copydesk, '', '', '', run.wordsPerSecond, run.maxRssMb, per1000Words(run.findings, run.words)]);
  for (const [name, p] of Object.entries(s.peers) as [string, Json][]) {
    if (p.skipped) peerRows.push([name, `skipped: ${p.skipped}`]);
    else if ('draftP95Ms' in p) peerRows.push(lib(name, p));
    else peerRows.push([`${name} (spelling only)`, p.version, '', '', '', p.wordsPerSecond, p.maxRssMb, p.findingsPer1000Words]);
  }
  out.push(mdTable(['Tool', 'Version', 'Cold start ms', 'Draft p50 ms', 'Draft p95 ms', 'Corpus words/s', 'Peak RSS MB', 'Findings / 1,000 words'], peerRows));
  out.push('', 'Library rows check each article in one long-lived process (the corpus words/s excludes start-up; cold start is its own column). CLI rows are whole runs from spawn to exit.');

  if (s.ratios.length) {
    out.push('', '#### Pair by pair', '', 'Ratio is Copydesk/peer; "advantage" is how many times faster, smaller or quieter Copydesk is.', '');
    out.push(mdTable(['Pair', 'Metric', 'Copydesk', 'Peer', 'Ratio', 'Advantage'], (s.ratios as Json[]).map((r) => [r.pair, r.metric, r.copydesk, r.peer, r.ratio, `${formatNumber(r.advantage)}×`])));
  }
  out.push('', '#### Targets', '');
  out.push(mdTable(['Target', 'Measured', 'Met'], (s.targets as Json[]).map((t) => [t.target, t.measured, t.ok === undefined ? 'n/a' : t.ok ? 'yes' : '**no**'])));
  return out.join('\n');
}

if (require.main === module) {
  const file = process.argv[2] ?? join(__dirname, 'results', 'latest.json');
  process.stdout.write(`${renderMarkdown(JSON.parse(readFileSync(file, 'utf8')) as Json)}\n`);
}
