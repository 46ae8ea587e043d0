'use strict';
// Preloaded with `node --require` into a command-line tool under test, so its
// peak resident set size and CPU time can be read after it exits (worker threads
// included, as they share the process).
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const target = process.env.BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
