/**
 * The `copydesk` command as installed (dist/cli.js): it runs the CLI bundle
 * (dist/cli-main.js) from V8's code cache (dist/cli-main.cache, or cli-main.busy.cache on a
 * machine with no core to spare), which the build
 * records from a training run. Compiling the bundle and the functions a check
 * calls would otherwise cost every start, and every worker thread, again.
 *
 * The bundle runs as if it were this file (same module, `__filename` and
 * `__dirname`), so worker threads start here too and use the cache as well.
 * A missing or stale cache only makes the start slower, never wrong: the cache
 * is used only when it was recorded from exactly this bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * Whether the optimising compiler has no core to itself: one CPU, or every CPU already busy (the
 * one-minute load average at least the number of CPUs). The main thread decides once; worker
 * threads start here too and follow it (COPYDESK_COMPILER in the environment they inherit), and
 * the build sets it to record each case's code cache.
 */
function compilerHasNoSpareCore(): boolean {
  const asked = process.env.COPYDESK_COMPILER;
  if (asked === 'busy' || asked === 'spare') return asked === 'busy';
  const cpus = availableParallelism();
  const busy = cpus < 2 || loadavg()[0] >= cpus;
  process.env.COPYDESK_COMPILER = busy ? 'busy' : 'spare';
  return busy;
}

const BUSY = compilerHasNoSpareCore();
const BUNDLE = join(__dirname, 'cli-main.js');
// V8 refuses a cache recorded under other flags, and the two cases differ in one (below).
const CACHE = join(__dirname, BUSY ? 'cli-main.busy.cache' : 'cli-main.cache');
/** Set by the build: write the cache when this run ends. */
const RECORD = process.env.COPYDESK_RECORD_CODE_CACHE === '1';

const source = readFileSync(BUNDLE, 'utf8');
// V8 checks only the length of the source it was given, so the cache is keyed by a hash of it.
const digest = createHash('sha1').update(source).digest();

function cachedCode(): Buffer | undefined {
  if (RECORD) return undefined;
  try {
    const file = readFileSync(CACHE);
    return file.subarray(0, digest.length).equals(digest) ? file.subarray(digest.length) : undefined;
  } catch {
    return undefined;
  }
}

/*
 * A check is short, and V8's optimising compiler, working on background threads,
 * otherwise spends about 0.9 s of CPU on a corpus run against 1.3 s for the
 * checking itself: on two cores, with two checking threads, it takes CPU they
 * need. Inlining less makes each compile much cheaper (about 0.6 s in all) for
 * checking code no slower within the noise of our measurements. Set before the
 * bundle compiles, so the code cache is recorded and used under the same flags.
 */
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
/*
 * How long a function runs before the optimising compiler takes it (V8's interrupt budget,
 * 67,584 by default). The compiler works on threads of its own. With a core to spare, the default
 * has hot functions optimised soonest, on that core, and the checking thread does least: its CPU
 * (`SCHED_FILE`-style /proc schedstat probe, 8 runs each taking turns, load ~3 on 2 cores) at the
 * default against twice the budget, reuters-world 1,048 against 1,110 ms, bbc-news 1,235 against
 * 1,307 ms, for 270 ms more of the compiler's CPU on its own core. With no core to spare that CPU
 * comes out of the wall time (reuters-world wall 1,844 against 1,661 ms in the same loaded runs;
 * bbc-news 5,307 against 3,356 in session 7's), so there twice the budget. Session 7's eight
 * times saved the compiler's CPU and cost the checking thread more.
 */
if (BUSY) setFlagsFromString('--interrupt-budget=135168');

const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cachedCode() });
if (RECORD) {
  process.once('exit', () => writeFileSync(CACHE, Buffer.concat([digest, script.createCachedData()])));
}
(script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, __filename, __dirname);
