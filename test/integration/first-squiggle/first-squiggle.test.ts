// Time from opening a draft to its first Copydesk diagnostics, in a window opened for this run
// alone (run.mjs, COPYDESK_SUITES=first-squiggle): cold is the first draft the window opens,
// warm the drafts after it. Figures only; `npm run bench` reads them from the file named by
// COPYDESK_FIRST_SQUIGGLE_OUT.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { api, copydeskDiagnostics, EXTENSION_ID, fileIn, readFile, type CopydeskApi } from '../suite/helpers';

const WARM_RUNS = 7;

interface Timing {
  /** Open → diagnostics, the figure a user sees. */
  totalMs: number;
  /** Open → the document is loaded (VS Code's part before Copydesk hears of it). */
  loadedMs: number;
  /** Open → Copydesk has published its findings. */
  lintedMs: number;
  /** Whether VS Code's Markdown extension, which starts at the first Markdown file, was running already. */
  markdownRunning: boolean;
}

/** Opens the draft as a user does and times it until its diagnostics arrive. */
async function openToDiagnostics(uri: vscode.Uri): Promise<Timing> {
  const copydesk = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID)?.exports;
  const markdownRunning = vscode.extensions.getExtension('vscode.markdown-language-features')?.isActive === true;
  const started = performance.now();
  let lintedMs = NaN;
  void copydesk?.nextLint(uri).then(() => (lintedMs = performance.now() - started));
  const arrived = new Promise<number>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no diagnostics for ${uri.path} within 60 s`)), 60_000);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || copydeskDiagnostics(uri).length === 0) return;
      clearTimeout(timeout);
      subscription.dispose();
      resolve(performance.now() - started);
    });
  });
  const document = await vscode.workspace.openTextDocument(uri);
  const loadedMs = performance.now() - started;
  await vscode.window.showTextDocument(document, { preview: false });
  return { totalMs: await arrived, loadedMs, lintedMs, markdownRunning };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('first squiggle: open a draft → its diagnostics (figures only)', () => {
  it('measures the first draft of a fresh window (cold) and the drafts after it (warm)', async () => {
    // Not api(): activating the extension here would start it before the user opens a draft.
    const text = await readFile(fileIn('drafts', 'council.md'));
    const copies = Array.from({ length: WARM_RUNS + 1 }, (_, i) => fileIn('scratch', `squiggle-${i}.md`));
    for (const copy of copies) await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text));
    const cold = await openToDiagnostics(copies[0]);
    const warm: Timing[] = [];
    for (const copy of copies.slice(1)) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      warm.push(await openToDiagnostics(copy));
    }
    const { timings } = await api();
    const warmMs = warm.map((t) => t.totalMs);
    const figures = { coldMs: cold.totalMs, cold, warmMedianMs: median(warmMs), warm, activateMs: timings.activate, firstLintMs: timings.firstLint };
    const phases = (t: Timing) => `${t.totalMs.toFixed(0)} ms (loaded ${t.loadedMs.toFixed(0)}, linted ${t.lintedMs.toFixed(0)}${t.markdownRunning ? '' : ', Markdown extension not yet running'})`;
    console.log(`      cold ${phases(cold)}; warm median ${figures.warmMedianMs.toFixed(0)} ms: ${warm.map(phases).join(', ')}; activate() ${timings.activate.toFixed(0)} ms; first lint ${timings.firstLint?.toFixed(0)} ms`);
    const out = process.env.COPYDESK_FIRST_SQUIGGLE_OUT;
    if (out) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    }
    assert.equal(warm.length, WARM_RUNS);
  });
});
