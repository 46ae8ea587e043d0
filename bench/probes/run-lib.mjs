// Measures one linter in its own process, the same way for Copydesk and each
// peer: cold start to first result, warm latency over 2,000-word drafts, and
// a pass over every corpus article. Prints one JSON line.
//   node bench/probes/run-lib.mjs <adapter> <job.json>
import { readFileSync } from 'node:fs';

const [adapterName, jobFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));

function tally(into, categories) {
  for (const category of categories) into[category] = (into[category] ?? 0) + 1;
}

const startedMs = performance.now();
const adapter = await import(`./adapters/${adapterName}.mjs`);
await adapter.setup();
const setupDoneMs = performance.now();
const firstFindings = await adapter.check(job.coldText);
// performance.now() counts from the process's own start, so this includes Node's boot.
const coldMs = performance.now();

const deadline = (seconds) => performance.now() + seconds * 1000;

// Warm latency on the 2,000-word drafts.
let stop = deadline(job.maxSeconds);
for (let pass = 0; pass < job.warmupPasses; pass++) {
  for (const draft of job.drafts) {
    await adapter.check(draft);
    if (performance.now() > stop) break;
  }
}
const draftSamplesMs = [];
const draftFindings = {};
let draftWords = 0;
stop = deadline(job.maxSeconds);
let draftsTimedOut = false;
for (let pass = 0; pass < job.passes && !draftsTimedOut; pass++) {
  for (let i = 0; i < job.drafts.length; i++) {
    const t0 = performance.now();
    const categories = await adapter.check(job.drafts[i]);
    draftSamplesMs.push(performance.now() - t0);
    if (pass === 0) {
      tally(draftFindings, categories);
      draftWords += job.draftWordCounts[i];
    }
    if (performance.now() > stop) {
      draftsTimedOut = true;
      break;
    }
  }
}

// Every article once, as its own document.
const corpusFindings = {};
let corpusWords = 0;
let corpusArticles = 0;
stop = deadline(job.maxSeconds);
const corpusStart = performance.now();
for (const article of job.articles) {
  tally(corpusFindings, await adapter.check(article.text));
  corpusWords += article.words;
  corpusArticles++;
  if (performance.now() > stop) break;
}
const corpusMs = performance.now() - corpusStart;

const result = {
  name: adapter.name,
  version: adapter.version(),
  rules: adapter.rulesInfo?.(),
  loadMs: setupDoneMs - startedMs,
  coldMs,
  coldFindings: firstFindings.length,
  draftSamplesMs,
  draftsTimedOut,
  draftWords,
  draftFindings,
  corpus: { articles: corpusArticles, of: job.articles.length, words: corpusWords, ms: corpusMs, findings: corpusFindings },
  maxRssKb: process.resourceUsage().maxRSS,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
