import { availableParallelism, loadavg } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { shareDictionaries, useSharedDictionaries, type SharedDictionaries } from '../engine/dictionary/word-list';
import type { CheckOptions } from './args';
import { ReadBuffer, type KeptLints } from '../engine/batch';
import { checkFile, type ConfigResolver } from './check';

/** One draft's result as `checkFile` gives it (with the names it found, for the workspace pass). */
export type CheckResult = ReturnType<typeof checkFile>;

/** What a worker is sent once the main thread knows the files: it already has the options. */
interface Job {
  files: string[];
  /** Loaded once by the main thread into shared memory; workers read them in place. */
  dictionaries: SharedDictionaries;
  /** Index of the next file nobody has taken, shared by every thread. */
  cursor: Int32Array;
}

interface Boot {
  options: CheckOptions;
}

/**
 * Worker threads for `--workers N`, started before the main thread collects the
 * files and loads the dictionaries, so their start-up (a fresh V8 heap, the
 * bundle's compile) overlaps that work instead of following it.
 *
 * Files are handed out one at a time through a shared counter rather than split
 * up front: a thread that started late, runs slower code before the JIT has warmed
 * up, or meets a long draft simply takes fewer files, and all finish together.
 */
export class CheckPool {
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` workers (the main thread makes one more checker). */
  static start(count: number, options: CheckOptions): CheckPool {
    const workers: Worker[] = [];
    for (let i = 0; i < count; i++) workers.push(new Worker(__filename, { workerData: { options } satisfies Boot }));
    return new CheckPool(workers);
  }

  /** The workers are not needed (too few files): they stop without a word. */
  cancel(): void {
    for (const worker of this.workers) void worker.terminate();
  }

  /** Checks `files` with the workers and the main thread together; results in file order. */
  async check(files: string[], options: CheckOptions, resolver: ConfigResolver): Promise<CheckResult[]> {
    const cursor = new Int32Array(new SharedArrayBuffer(4));
    // Only the dialect asked for: another (from a settings file) still loads, in each thread that needs it.
    const job: Job = { files, dictionaries: shareDictionaries(options.dialect && options.dialect !== 'auto' ? [options.dialect] : undefined), cursor };
    const results: (CheckResult | null | undefined)[] = new Array(files.length);
    const finished = this.workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once('message', (done: [number, CheckResult | null][]) => {
            for (const [index, result] of done) results[index] = result;
            // Its results are in: the process need not wait for the thread's teardown.
            worker.unref();
            resolve();
          });
          // A worker that fails loses only the files it had taken; they are checked again below.
          worker.once('error', () => resolve());
          worker.once('exit', () => resolve());
          worker.postMessage(job);
        }),
    );
    for (const [index, result] of checkShare(job, options, resolver)) results[index] = result;
    await Promise.all(finished);
    for (let i = 0; i < files.length; i++) if (results[i] === undefined) results[i] = checkOne(files[i], options, resolver);
    return results.filter((r): r is CheckResult => r !== null && r !== undefined);
  }
}

/**
 * Files per thread below which another thread costs more than it saves: besides its start-up
 * (about 60 ms), every thread warms up its own JIT, about 0.25 s of slower checking spread
 * over its first few hundred drafts (README, "Where Copydesk misses a target").
 */
const FILES_PER_THREAD = 200;
/** More threads than this add memory (a V8 heap each) faster than speed. */
const MAX_THREADS = 4;

/**
 * The most threads `--workers N` starts: one per CPU, and never more than 16. Each
 * thread is a V8 heap of its own; `--workers 1000` took 30 s and 5 GB before this.
 */
export const MAX_WORKERS = Math.max(1, Math.min(availableParallelism(), 16));

/**
 * How many threads `--workers auto` checks `fileCount` files with: one per idle
 * CPU (by the one-minute load average) but one, one per 200 files, at most 4.
 * The CPU left over is the JIT's: each checking thread compiles its own hot code
 * on background threads (about half a CPU for its first second), and on two
 * cores a second checking thread finished no sooner for 30% more CPU in all
 * (README, "Where Copydesk misses a target"). A busy machine gets one thread.
 */
export function autoThreads(fileCount: number, cpus = availableParallelism(), load = loadavg()[0]): number {
  const idle = Math.round(cpus - load);
  return Math.max(1, Math.min(idle - 1, Math.floor(fileCount / FILES_PER_THREAD), MAX_THREADS));
}

/** Checks one file unless its settings ignore it (null). */
export function checkOne(file: string, options: CheckOptions, resolver: ConfigResolver, kept?: KeptLints, readBuffer?: ReadBuffer): CheckResult | null {
  const { config, ignored } = resolver.forFile(file);
  return ignored ? null : checkFile(file, config, options, undefined, kept, readBuffer);
}

/** Takes files from the shared cursor until none are left. */
function checkShare(job: Job, options: CheckOptions, resolver: ConfigResolver): [number, CheckResult | null][] {
  const done: [number, CheckResult | null][] = [];
  const readBuffer = new ReadBuffer();
  for (let index = Atomics.add(job.cursor, 0, 1); index < job.files.length; index = Atomics.add(job.cursor, 0, 1)) {
    done.push([index, checkOne(job.files[index], options, resolver, undefined, readBuffer)]);
  }
  return done;
}

/** The body of a worker thread: wait for the job, check a share, send the results back once. */
export function runWorker(makeResolver: (options: CheckOptions) => ConfigResolver): void {
  const port = parentPort;
  if (!port) return;
  const { options } = workerData as Boot;
  port.once('message', (job: Job) => {
    useSharedDictionaries(job.dictionaries);
    port.postMessage(checkShare(job, options, makeResolver(options)));
  });
}
