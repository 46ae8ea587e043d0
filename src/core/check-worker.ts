// Lints in a worker thread, for the VS Code extension and the language server alike, so that
// neither thousands of drafts nor one very long draft block the editor's host. Three requests:
// "Check All Drafts" (files: reads them, finds their settings files and lints each) and
// "Check Current Draft" on a draft too long for the lint budget (a WholeDraftRequest, the text
// the editor holds); and the names of a long draft for the workspace-names index (a
// DraftNamesRequest). The adapter turns what comes back into diagnostics.
import { parentPort } from 'node:worker_threads';
import { checkDraftFile, FolderSettings } from '../engine/batch';
import type { CopydeskConfig } from '../engine/config';
import { languageIdFor } from '../engine/lint';
import { lineStartsOf } from '../engine/positions';
import type { Finding } from '../engine/types';
import { WorkspaceNames, type WorkspaceSnapshot } from '../engine/workspace-names';
import { allRules, ruleIds } from '../rules';
import { checkWholeDraft, type WholeDraftRequest } from './whole-draft';
import { draftNamesIn, type DraftNamesRequest } from './workspace-name-index';

export interface CheckRequest {
  kind?: 'files';
  files: string[];
  layer: Partial<CopydeskConfig>;
  configFile?: string;
  maxFileSize: number;
  /** The workspace's names (WorkspaceNames.snapshot), when the editor indexes them. */
  names?: WorkspaceSnapshot;
}

export type CheckMessage =
  | { type: 'file'; path: string; findings: Finding[]; lineStarts: number[] }
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'rule-error'; ruleId: string; message: string }
  | { type: 'done' };

function check(request: CheckRequest, post: (message: CheckMessage) => void): void {
  const failed = new Set<string>();
  const settings = new FolderSettings({ configFile: request.configFile, knownRuleIds: ruleIds, under: request.layer });
  const workspace = request.names ? WorkspaceNames.from(request.names) : undefined;
  for (const path of request.files) {
    try {
      const checked = checkDraftFile(path, settings.forFile(path).config, {
        maxFileSize: request.maxFileSize,
        sizeSetting: 'copydesk.maxFileSize',
        languageId: languageIdFor(path),
        rules: allRules,
        workspace,
        onRuleError: (ruleId, error) => {
          if (failed.has(ruleId)) return;
          failed.add(ruleId);
          post({ type: 'rule-error', ruleId, message: error instanceof Error ? error.stack ?? error.message : String(error) });
        },
      });
      if ('problem' in checked) {
        post({ type: 'skipped', path, reason: checked.problem.message.replace(/^Skipped: /, '') });
        continue;
      }
      const { findings } = checked.result;
      post({ type: 'file', path, findings, lineStarts: findings.length ? lineStartsOf(checked.draft.text) : [] });
    } catch (error) {
      post({ type: 'skipped', path, reason: (error as Error).message });
    }
  }
  post({ type: 'done' });
}

parentPort?.on('message', (request: CheckRequest | WholeDraftRequest | DraftNamesRequest) => {
  const post = (message: unknown) => parentPort!.postMessage(message);
  if (request.kind === 'draft') checkWholeDraft(request, post);
  else if (request.kind === 'names') post(draftNamesIn(request));
  else check(request, post);
});
