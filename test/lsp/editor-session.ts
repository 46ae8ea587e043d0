import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { PATIENCE_MS } from './client';

/**
 * Runs a real editor on a session script that writes its report as JSON to `out`, and returns
 * the report. The script waits for each condition itself (up to a minute per step); the kill
 * here is only a backstop for an editor that hangs.
 */
export function runEditorSession<Report>(editor: string, args: string[], env: Record<string, string>, out: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(editor, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const backstop = setTimeout(() => child.kill(), 5 * PATIENCE_MS);
    child.on('exit', (code) => {
      clearTimeout(backstop);
      if (!existsSync(out)) return reject(new Error(`${editor} exited (${code}) without a report.\n${stderr}`));
      resolve(JSON.parse(readFileSync(out, 'utf8')) as Report);
    });
  });
}
