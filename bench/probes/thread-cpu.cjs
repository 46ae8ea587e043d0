'use strict';
// Preloaded with `node --require` (Linux only): at exit, each JavaScript thread
// appends its own CPU time, and the main thread that of every thread still
// alive (its own, then V8's and libuv's helpers), to the file BENCH_THREAD_CPU_FILE
// names, one JSON line each. A worker reports before it ends, as its row in
// /proc is gone by the time the process exits.
const { appendFileSync, readdirSync, readFileSync } = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');

const target = process.env.BENCH_THREAD_CPU_FILE;

/**
 * CPU time of one thread, in ms, given the path of its /proc stat file: from its schedstat beside
 * it, in nanoseconds (the time the scheduler ran it), where the kernel keeps one; else user plus
 * system time from the stat line, in clock ticks of 10 ms, too coarse to tell apart runs that
 * differ by a few milliseconds.
 */
function cpuMs(statPath) {
  try {
    return Number(readFileSync(statPath.replace(/stat$/, 'schedstat'), 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  }
}

if (target && process.platform === 'linux') {
  process.on('exit', () => {
    if (!isMainThread) {
      appendFileSync(target, `${JSON.stringify({ worker: threadId, ms: cpuMs('/proc/thread-self/stat') })}\n`);
      return;
    }
    const self = cpuMs('/proc/thread-self/stat');
    const others = [];
    for (const task of readdirSync('/proc/self/task')) {
      if (String(task) === String(process.pid)) continue;
      try {
        const ms = cpuMs(`/proc/self/task/${task}/stat`);
        if (ms > 0) others.push(ms);
      } catch {
        // The thread ended while we looked.
      }
    }
    appendFileSync(target, `${JSON.stringify({ main: self, helpers: others.sort((a, b) => b - a) })}\n`);
  });
}
