// Editor performance figures (issue 6): measured, printed, not asserted. Runs only with
// COPYDESK_BENCH=1, on BBC articles from ../shared/corpus/bbc-news read at run time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, closeAllEditors, openChecked } from './helpers';

const corpus = join(process.env.COPYDESK_REPO_ROOT ?? '/work/main', '..', 'shared', 'corpus', 'bbc-news');
const enabled = process.env.COPYDESK_BENCH === '1';

function draftOf(words: number): string {
  const files = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(d.name, f)))
    .sort();
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = readFileSync(join(corpus, files[i % files.length]), 'utf8');
    parts.push(text.trim());
    count += text.split(/\s+/).length;
  }
  return parts.join('\n\n') + '\n';
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

(enabled && existsSync(corpus) ? describe : describe.skip)('performance in the extension host (figures only)', function () {
  this.timeout(300_000);
  before(() => vscode.workspace.getConfiguration('copydesk').update('typingDelay', 0, vscode.ConfigurationTarget.Workspace));
  after(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('typingDelay', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  async function keystrokes(name: string, words: number, strokes: number): Promise<number[]> {
    const copydesk = await api();
    const { uri, editor } = await openChecked(name, draftOf(words));
    const times: number[] = [];
    for (let i = 0; i < strokes; i++) {
      const next = copydesk.nextLint(uri);
      const at = editor.document.lineAt(Math.floor(editor.document.lineCount / 2)).range.end;
      await editor.edit((b) => b.insert(at, i % 2 ? 'a' : ' '));
      await next;
      const elapsed = copydesk.lastLintMs(uri);
      if (elapsed !== undefined) times.push(elapsed);
    }
    return times;
  }

  it('activation and the first lint (dictionary load)', async () => {
    const { timings } = await api();
    console.log(`      activate(): ${timings.activate.toFixed(1)} ms; first lint incl. dictionary load: ${timings.firstLint?.toFixed(1) ?? 'n/a'} ms`);
  });

  it('re-lint of a 2,000-word draft after a keystroke', async () => {
    const times = await keystrokes('bench-2k.txt', 2000, 60);
    console.log(`      2,000 words: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over ${times.length} keystrokes`);
  });

  it('re-lint of a 100,000-word manuscript after a keystroke', async () => {
    const times = await keystrokes('bench-100k.txt', 100_000, 10);
    console.log(`      100,000 words: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${times.length} keystrokes`);
  });
});
