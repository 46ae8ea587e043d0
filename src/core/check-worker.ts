// Lints files for "Check All Drafts" in a worker thread, for the VS Code extension and the
// language server alike, so thousands of drafts never block the editor's host. Reads files,
// finds their settings files and lints; the adapter turns what comes back into diagnostics.
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { DEFAULT_CONFIG, mergeConfig, type CopydeskConfig } from '../engine/config';
import { loadConfigForFile } from '../engine/config-files';
import { languageIdFor, lintDocument } from '../engine/lint';
import { lineStartsOf } from '../engine/positions';
import type { Finding } from '../engine/types';
import { WorkspaceNames } from '../engine/workspace-names';
import { allRules, ruleIds } from '../rules';

export interface CheckRequest {
  files: string[];
  layer: Partial<CopydeskConfig>;
  configFile?: string;
  maxFileSize: number;
  /** The workspace's names (WorkspaceNames.snapshot), when the editor indexes them. */
  names?: [string, readonly string[]][];
}

export type CheckMessage =
  | { type: 'file'; path: string; findings: Finding[]; lineStarts: number[] }
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'rule-error'; ruleId: string; message: string }
  | { type: 'done' };

function check(request: CheckRequest, post: (message: CheckMessage) => void): void {
  const failed = new Set<string>();
  const cache = new Map<string, Partial<CopydeskConfig>>();
  const workspace = request.names ? WorkspaceNames.from(request.names) : undefined;
  for (const path of request.files) {
    try {
      if (statSync(path).size > request.maxFileSize) {
        post({ type: 'skipped', path, reason: 'larger than copydesk.maxFileSize' });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const folder = path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
      let files = cache.get(folder);
      if (!files) {
        files = loadConfigForFile(path, { configFile: request.configFile, knownRuleIds: ruleIds }).config;
        cache.set(folder, files);
      }
      const { findings } = lintDocument(text, {
        filePath: path,
        languageId: languageIdFor(path),
        config: mergeConfig(DEFAULT_CONFIG, request.layer, files),
        rules: allRules,
        workspace,
        onRuleError: (ruleId, error) => {
          if (failed.has(ruleId)) return;
          failed.add(ruleId);
          post({ type: 'rule-error', ruleId, message: error instanceof Error ? error.stack ?? error.message : String(error) });
        },
      });
      post({ type: 'file', path, findings, lineStarts: findings.length ? lineStartsOf(text) : [] });
    } catch (error) {
      post({ type: 'skipped', path, reason: (error as Error).message });
    }
  }
  post({ type: 'done' });
}

parentPort?.on('message', (request: CheckRequest) => check(request, (message) => parentPort!.postMessage(message)));
