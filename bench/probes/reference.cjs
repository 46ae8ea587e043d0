'use strict';
// A fixed CPU workload of the same kind as linting (regex scanning, string
// slicing, map lookups), timed in the same run as Copydesk so the CI guard can
// compare Copydesk against its baseline in units of "this machine's speed".
// It never changes with the project's code: do not edit it without rewriting
// bench/baseline.json.

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sto', 'va', 'qui', 'del', 'an', 'tor', 'us', 'be'];

function referenceText(words) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const parts = [];
  for (let i = 0; i < words; i++) {
    let word = '';
    const length = 1 + (next() % 4);
    for (let s = 0; s < length; s++) word += SYLLABLES[next() % SYLLABLES.length];
    if (next() % 7 === 0) word = word[0].toUpperCase() + word.slice(1);
    parts.push(word);
    const r = next() % 23;
    parts.push(r === 0 ? '.\n\n' : r < 3 ? ', ' : r === 4 ? '. ' : ' ');
  }
  return parts.join('');
}

const TEXT = referenceText(20000);
const WORD = /[A-Za-z][a-z']*/g;

/** One pass: tokenise, count lower-cased words, look up bigrams. Returns a checksum. */
function referencePass() {
  const counts = new Map();
  let previous = '';
  let checksum = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(TEXT); m !== null; m = WORD.exec(TEXT)) {
    const lower = m[0].toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
    const bigram = `${previous} ${lower}`;
    checksum = (checksum + bigram.length + (counts.get(lower) & 3)) | 0;
    previous = lower;
  }
  return checksum + counts.size;
}

/** Median milliseconds of one reference pass, after warm-up. */
function timeReference(reps = 15) {
  for (let i = 0; i < 5; i++) referencePass();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    referencePass();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

module.exports = { timeReference, referencePass };
