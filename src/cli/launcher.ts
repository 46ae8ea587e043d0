/**
 * The `copydesk` command as installed (dist/cli.js): it runs the CLI bundle
 * (dist/cli-main.js) from V8's code cache (dist/cli-main.cache), which the build
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
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'cli-main.js');
const CACHE = join(__dirname, 'cli-main.cache');
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
 * A function is optimised after running twice as long as V8 waits by default (its interrupt
 * budget, 67,584). Eight times the budget (session 7) kept warm functions in cheaper tiers, which
 * saved the optimising compiler's CPU on its background thread but cost the checking thread more;
 * with one checking thread (`--workers auto` on two cores) the wall time is that thread's. Its CPU
 * (`BENCH_THREAD_CPU_FILE=F node -r ./bench/probes/thread-cpu.cjs dist/cli.js check --format json
 * <corpus>`), three runs each taking turns, median, eight times -> twice -> once the budget:
 * bbc-news 2,880 -> 2,260 -> 2,390 ms, reuters-world 2,120 -> 2,000 -> 1,930 ms. Twice rather
 * than once, as on a busy machine the compiler's extra CPU came out of the wall time (bbc-news
 * wall 3,356 ms at twice the budget, 5,307 at once, same runs).
 */
setFlagsFromString('--interrupt-budget=135168');

const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cachedCode() });
if (RECORD) {
  process.once('exit', () => writeFileSync(CACHE, Buffer.concat([digest, script.createCachedData()])));
}
(script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, __filename, __dirname);
