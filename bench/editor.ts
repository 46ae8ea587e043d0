/**
 * The editor's first squiggle, measured in real VS Code (code-server, see
 * ../shared/notes/real-vscode-tests.md): open a draft → its Copydesk diagnostics, for the first
 * draft of a fresh window (cold) and the drafts after it (warm). Runs
 * test/integration/first-squiggle/ through `node test/integration/run.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EditorTiming {
  totalMs: number;
  loadedMs: number;
  lintedMs: number;
  /** Whether VS Code's Markdown extension was running when the draft was opened (else it started then, in the same host). */
  markdownRunning: boolean;
}

export interface FirstSquiggle {
  coldMs: number;
  cold: EditorTiming;
  warmMedianMs: number;
  warm: EditorTiming[];
  activateMs: number;
  firstLintMs?: number;
}

export function measureFirstSquiggle(root: string, tmpDir: string): FirstSquiggle | { skipped: string } {
  if (!existsSync(join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server'))) {
    return { skipped: 'code-server is not installed: `npm run test:integration` installs it once' };
  }
  const out = join(tmpDir, 'first-squiggle.json');
  rmSync(out, { force: true });
  const run = spawnSync(process.execPath, [join(root, 'test', 'integration', 'run.mjs')], {
    cwd: root,
    env: { ...process.env, COPYDESK_SUITES: 'first-squiggle', COPYDESK_FIRST_SQUIGGLE_OUT: out },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0 || !existsSync(out)) return { skipped: `the code-server run failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}` };
  return JSON.parse(readFileSync(out, 'utf8')) as FirstSquiggle;
}
