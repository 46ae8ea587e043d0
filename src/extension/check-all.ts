import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { countsByFamily, findingsInWords, type FamilyCounts } from '../core/status-text';
import { lineOf } from '../engine/positions';
import type { Finding } from '../engine/types';
import type { CheckMessage, CheckRequest } from '../core/check-worker';
import { toDiagnostic, type Positions } from './convert';
import type { DraftLinter } from './linter';
import { readSettings } from './settings';
import { trustedOrExplain, UNTRUSTED } from './trust';
import type { WorkspaceConfigCache } from './workspace-config';

const EXCLUDE = '**/{node_modules,.git,.vscode-test,dist,out}/**';

export interface CheckAllSummary {
  files: number;
  findings: number;
  byFamily: FamilyCounts;
  skipped: number;
  cancelled: boolean;
  /** What the closing notification said. */
  message?: string;
}

const OPEN_PROBLEMS = 'Open Problems Panel';

/** "Copydesk checked 12 drafts: 3 quotes · 1 spelling · 2 dates." */
export function summaryMessage(summary: CheckAllSummary): string {
  const drafts = `${summary.files} draft${summary.files === 1 ? '' : 's'}`;
  const skipped = summary.skipped ? ` ${summary.skipped} skipped (see Copydesk: Show Output).` : '';
  const verb = summary.cancelled ? `Check All Drafts canceled after ${drafts}` : `Copydesk checked ${drafts}`;
  return `${verb}: ${findingsInWords(summary.byFamily)}.${skipped}`;
}

function countFindings(summary: CheckAllSummary, findings: readonly Finding[]): void {
  summary.findings += findings.length;
  countsByFamily(findings, summary.byFamily);
}

function linePositions(lineStarts: number[]): Positions {
  return {
    positionAt(offset: number) {
      const line = lineOf(lineStarts, offset);
      return new vscode.Position(line, offset - lineStarts[line]);
    },
  };
}

/**
 * "Check All Drafts in Workspace" (or in one folder): a cancellable progress notification while
 * a worker thread lints every draft, with results in the Problems panel. Open drafts are linted
 * by the live linter instead, so their diagnostics follow unsaved edits.
 */
export async function checkAllDrafts(
  extensionPath: string,
  linter: DraftLinter,
  workspaceConfig: WorkspaceConfigCache,
  output: vscode.OutputChannel,
  folder?: vscode.Uri,
): Promise<CheckAllSummary | undefined> {
  if (!trustedOrExplain(UNTRUSTED.checkAll, (message) => linter.notify(message))) return undefined;
  const roots = folder ? [folder] : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  if (roots.length === 0) {
    void vscode.window.showInformationMessage('Open a folder of drafts to check them all.');
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking drafts', cancellable: true },
    async (progress, token) => {
      const summary: CheckAllSummary = { files: 0, findings: 0, byFamily: countsByFamily([]), skipped: 0, cancelled: false };
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const byRoot: { root: vscode.Uri; files: vscode.Uri[] }[] = [];
      for (const root of roots) {
        const settings = readSettings(root);
        if (!settings.enable) continue;
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, settings.drafts), EXCLUDE, undefined, token);
        byRoot.push({ root, files: found.sort((a, b) => a.fsPath.localeCompare(b.fsPath)) });
      }
      if (token.isCancellationRequested) {
        // Cancelled while searching: the search came back short, not empty.
        summary.cancelled = true;
        output.appendLine('[check all] Canceled before any draft was checked.');
        return summary;
      }
      const total = byRoot.reduce((n, r) => n + r.files.length, 0);
      if (total === 0) {
        void vscode.window.showInformationMessage('Copydesk found no drafts to check.');
        return summary;
      }
      for (const { root, files } of byRoot) {
        if (token.isCancellationRequested) break;
        const settings = readSettings(root);
        const workspaceFolder = vscode.workspace.getWorkspaceFolder(root)?.uri.fsPath ?? root.fsPath;
        const onDisk: string[] = [];
        for (const file of files) {
          const document = open.get(file.toString());
          if (document) {
            // Off the editor's thread when it is too long for the time budget, as Check Current Draft does.
            let cancel: vscode.Disposable | undefined;
            const outcome = await linter.checkWhole(document, (_running, stop) => (cancel = token.onCancellationRequested(stop)));
            cancel?.dispose();
            summary.files++;
            countFindings(summary, outcome?.status === 'checked' ? outcome.findings : linter.publishedStateOf(document)?.findings ?? []);
            progress.report({ increment: 100 / total });
            continue;
          }
          const ignore = workspaceConfig.forDocument(file, settings.configFile).config.ignore ?? [];
          const relative = vscode.workspace.asRelativePath(file, false);
          if (ignore.length && picomatch.isMatch(relative, ignore, { dot: true })) continue;
          onDisk.push(file.fsPath);
        }
        const request: CheckRequest = {
          files: onDisk,
          layer: settings.layer,
          configFile: settings.configFile && vscode.workspace.isTrusted ? join(workspaceFolder, settings.configFile) : undefined,
          maxFileSize: settings.maxFileSize,
          // The worker rebuilds the names index from this, so drafts on disk are judged as open ones are.
          names: linter.workspaceNames?.enabled ? linter.workspaceNames.names.snapshot() : undefined,
        };
        const completed = await runWorker(extensionPath, request, token, (message) => {
          if (message.type === 'file') {
            const uri = vscode.Uri.file(message.path);
            const positions = linePositions(message.lineStarts);
            linter.diagnostics.set(uri, message.findings.map((f) => toDiagnostic(uri, positions, f)));
            summary.files++;
            countFindings(summary, message.findings);
            progress.report({ increment: 100 / total, message: vscode.workspace.asRelativePath(uri) });
          } else if (message.type === 'skipped') {
            summary.skipped++;
            output.appendLine(`[check all] Skipped ${message.path}: ${message.reason}`);
          } else if (message.type === 'rule-error') {
            output.appendLine(`[error] Rule ${message.ruleId} failed while checking the workspace; the other rules still ran.\n${message.message}`);
          }
        });
        if (!completed) summary.cancelled = true;
      }
      if (token.isCancellationRequested) summary.cancelled = true;
      output.appendLine(`[check all] ${summary.files} draft(s) checked, ${summary.findings} finding(s)${summary.skipped ? `, ${summary.skipped} skipped` : ''}${summary.cancelled ? ' (canceled)' : ''}.`);
      summary.message = summaryMessage(summary);
      linter.notify(summary.message);
      // Not awaited: the summary stays on screen until the user dismisses it.
      void vscode.window.showInformationMessage(summary.message, OPEN_PROBLEMS).then((choice) => {
        if (choice === OPEN_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return summary;
    },
  );
}

function runWorker(extensionPath: string, request: CheckRequest, token: vscode.CancellationToken, onMessage: (message: CheckMessage) => void): Promise<boolean> {
  if (request.files.length === 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(extensionPath, 'dist', 'check-worker.js'));
    const cancel = token.onCancellationRequested(() => {
      void worker.terminate();
      resolve(false);
    });
    worker.on('message', (message: CheckMessage) => {
      if (message.type === 'done') {
        cancel.dispose();
        void worker.terminate();
        resolve(true);
      } else onMessage(message);
    });
    worker.on('error', (error) => {
      cancel.dispose();
      reject(error);
    });
    worker.postMessage(request);
  });
}
