'use strict';
// Copydesk-only measurements, each mode in a fresh process:
//   cold <text-file>   time from process start to the first lint result
//   detail <job.json>  per-family and per-rule cost on 2,000-word drafts, reference workload
//   relint <job.json>  re-lint after a one-word edit
//   growth <job.json>  time against draft length, per rule
// Prints one JSON line.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [mode, input] = process.argv.slice(2);
// run.ts points this at a snapshot of dist/ taken when the run starts.
const DIST = process.env.COPYDESK_BENCH_DIST ?? join(__dirname, '../../dist');
const OPTIONS = { languageId: 'plaintext', filePath: 'draft.txt', config: { dialect: 'en-GB' } };

if (mode === 'cold') {
  const text = readFileSync(input, 'utf8');
  const requireStart = performance.now();
  const copydesk = require(join(DIST, 'index.js'));
  const requireMs = performance.now() - requireStart;
  const findings = copydesk.lint(text, OPTIONS);
  // performance.now() counts from the process's own start.
  const firstResultMs = performance.now();
  process.stdout.write(`${JSON.stringify({ firstResultMs, requireMs, findings: findings.length })}\n`);
  return;
}

const copydesk = require(join(DIST, 'index.js'));
const { timeReference } = require('./reference.cjs');
const job = JSON.parse(readFileSync(input, 'utf8'));
const allRules = copydesk.allRules;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

/** Rules wrapped so each one's share of a lint is summed into `totals`. */
function timedRules(totals) {
  return allRules.map((rule) => ({
    meta: rule.meta,
    check(context) {
      const t0 = performance.now();
      rule.check(context);
      totals[rule.meta.id] = (totals[rule.meta.id] ?? 0) + performance.now() - t0;
    },
  }));
}

function spellingMs(totals) {
  let ms = 0;
  for (const [id, value] of Object.entries(totals)) if (id.startsWith('spelling/')) ms += value;
  return ms;
}

function lintTime(text, rules) {
  const t0 = performance.now();
  copydesk.lint(text, { ...OPTIONS, rules });
  return performance.now() - t0;
}

function out(value) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

if (mode === 'detail') {
  const families = [...new Set(allRules.map((r) => r.meta.family))];
  const subsets = { all: allRules, model: [] };
  for (const family of families) subsets[family] = allRules.filter((r) => r.meta.family === family);
  for (const draft of job.drafts) lintTime(draft, allRules);
  const samples = {};
  for (const [label, rules] of Object.entries(subsets)) {
    samples[label] = [];
    for (let pass = 0; pass < job.passes; pass++) for (const draft of job.drafts) samples[label].push(lintTime(draft, rules));
  }
  const perRuleTotals = {};
  const wrapped = timedRules(perRuleTotals);
  // Suggestions are computed inside the spelling rules, so their cost is bounded
  // by the spelling rules' time on the drafts that have any.
  const suggestions = { count: 0, drafts: 0, spellingMs: 0, maxDraftSpellingMs: 0 };
  for (const draft of job.drafts) {
    const before = spellingMs(perRuleTotals);
    const findings = copydesk.lint(draft, { ...OPTIONS, rules: wrapped });
    const spent = spellingMs(perRuleTotals) - before;
    const count = findings.filter((f) => f.ruleId.startsWith('spelling/') && f.fixes.length > 0).length;
    if (count > 0) {
      suggestions.count += count;
      suggestions.drafts++;
      suggestions.spellingMs += spent;
      suggestions.maxDraftSpellingMs = Math.max(suggestions.maxDraftSpellingMs, spent);
    }
  }
  const perRuleMs = Object.fromEntries(Object.entries(perRuleTotals).map(([id, ms]) => [id, ms / job.drafts.length]));
  out({ rules: allRules.map((r) => r.meta.id), samples, perRuleMs, suggestions, referenceMs: timeReference() });
} else if (mode === 'relint') {
  const results = [];
  for (const doc of job.docs) {
    const { text, editStart, editEnd, replacement } = doc;
    const edited = text.slice(0, editStart) + replacement + text.slice(editEnd);
    for (let i = 0; i < doc.warmup; i++) lintTime(i % 2 ? edited : text, allRules);
    // Alternate the typo in and out, as an editor does keystroke after keystroke.
    const fullSamples = [];
    for (let i = 0; i < doc.reps; i++) fullSamples.push(lintTime(i % 2 ? text : edited, allRules));
    // The editor's path: one session per open draft, reusing what did not change.
    let sessionSamples;
    if (typeof copydesk.LintSession === 'function') {
      const session = new copydesk.LintSession();
      const options = { ...OPTIONS, rules: allRules };
      for (let i = 0; i < doc.warmup; i++) session.lint(i % 2 ? edited : text, options);
      sessionSamples = [];
      for (let i = 0; i < doc.reps; i++) {
        const t0 = performance.now();
        session.lint(i % 2 ? text : edited, options);
        sessionSamples.push(performance.now() - t0);
      }
    }
    results.push({ label: doc.label, words: doc.words, samples: sessionSamples ?? fullSamples, fullSamples, incremental: sessionSamples !== undefined });
  }
  out({ results, referenceMs: timeReference() });
} else if (mode === 'growth') {
  const sizes = [];
  for (const doc of job.docs) {
    const reps = doc.reps;
    lintTime(doc.text, allRules);
    const totals = [];
    const models = [];
    const perRule = {};
    for (let i = 0; i < reps; i++) {
      const ruleTotals = {};
      const t0 = performance.now();
      copydesk.lint(doc.text, { ...OPTIONS, rules: timedRules(ruleTotals) });
      totals.push(performance.now() - t0);
      models.push(lintTime(doc.text, []));
      for (const [id, ms] of Object.entries(ruleTotals)) (perRule[id] ??= []).push(ms);
    }
    sizes.push({
      words: doc.words,
      // The median of three or more: one lint disturbed by another job does not move it. (The
      // minimum would not do: the many lints of short drafts would find a best case, garbage
      // collection left out, that the few of long ones never reach.)
      totalMs: median(totals),
      modelMs: median(models),
      perRuleMs: Object.fromEntries(Object.entries(perRule).map(([id, values]) => [id, median(values)])),
      reps,
    });
  }
  out({ sizes });
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exitCode = 2;
}
