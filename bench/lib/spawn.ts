import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const MAX_RSS_PRELOAD = join(__dirname, '..', 'probes', 'max-rss.cjs');

export interface NodeRun {
  status: number | null;
  wallMs: number;
  stdout: string;
  stderr: string;
  maxRssKb?: number;
  /** CPU time of the process (user and system, all its threads), when it exited normally. */
  cpuMs?: number;
  timedOut: boolean;
}

export interface NodeRunOptions {
  cwd: string;
  /** Send stdout to this file instead of memory (large CLI reports). */
  stdoutFile?: string;
  timeoutMs?: number;
  tmpDir: string;
}

let runCount = 0;

/** Runs `node args...` in a fresh process, timing it from spawn to exit and reading its peak RSS. */
export function runNode(args: string[], options: NodeRunOptions): NodeRun {
  const rssFile = join(options.tmpDir, `rss-${process.pid}-${runCount++}.json`);
  const stdoutFd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', MAX_RSS_PRELOAD, ...args], {
    cwd: options.cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t0;
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  let maxRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (existsSync(rssFile)) {
    ({ maxRssKb, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuMs?: number });
    rmSync(rssFile);
  }
  return {
    status: child.status,
    wallMs,
    stdout: stdoutFd === undefined ? (child.stdout ?? '') : '',
    stderr: child.stderr ?? '',
    maxRssKb,
    cpuMs,
    timedOut: child.error !== undefined && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

/** The last JSON line a probe printed, or an error naming what went wrong. */
export function probeResult<T>(run: NodeRun, what: string): T {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    const reason = run.timedOut ? 'timed out' : `exit ${run.status}`;
    throw new Error(`${what} failed (${reason}): ${run.stderr.trim().split('\n').slice(-5).join(' | ') || line.slice(0, 300)}`);
  }
}
