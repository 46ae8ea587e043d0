import type { CopydeskConfig } from '../engine/config';
import { lintDocument } from '../engine/lint';
import type { Finding } from '../engine/types';
import { WorkspaceNames, type WorkspaceSnapshot } from '../engine/workspace-names';
import { allRules } from '../rules';
import { namesToVerifyIn, reviewReportOf } from './draft-review';
import type { NameToVerify } from './names';
import { quotationViews, type QuotationView } from './quotation-views';

/**
 * "Check Current Draft" on a draft too long for the lint budget: the whole text is checked in
 * the check worker (check-worker.ts), off the editor's thread, while the budgeted lints go on as
 * the user types. The editor sends the text it holds, not a path: unsaved edits are checked.
 */
export interface WholeDraftRequest {
  kind: 'draft';
  text: string;
  /** The engine's language id (draftLanguageOf of the editor's). */
  languageId: string;
  /** The draft's path (or URI path when unsaved): the workspace-names index knows drafts by it. */
  filePath: string;
  /** Settings files and editor settings, merged as for the draft's budgeted lints (draftConfig). */
  config: Partial<CopydeskConfig>;
  /** The workspace's names (WorkspaceNames.snapshot), when the editor indexes them. */
  names?: WorkspaceSnapshot;
  /** What else an explicit command needs of all of the draft: the model stays in the worker. */
  extras?: WholeDraftExtras;
}

export interface WholeDraftExtras {
  /** The review report (Export Review Report), headed with this name of the draft. */
  reportName?: string;
  /** The names to verify (Show Names to Verify). */
  namesToVerify?: boolean;
}

export type WholeDraftMessage =
  | { type: 'rule-error'; ruleId: string; message: string }
  | { type: 'draft-checked'; findings: Finding[]; quotations: QuotationView[]; report?: string; namesToVerify?: NameToVerify[]; elapsed: number };

/** Lints the whole text of a request, as the editor's own lint would with no budget, and reads its quotations. */
export function checkWholeDraft(request: WholeDraftRequest, post: (message: WholeDraftMessage) => void): void {
  const started = performance.now();
  const failed = new Set<string>();
  const result = lintDocument(request.text, {
    filePath: request.filePath,
    languageId: request.languageId,
    config: request.config,
    rules: allRules,
    workspace: request.names ? WorkspaceNames.from(request.names) : undefined,
    onRuleError: (ruleId, error) => {
      if (failed.has(ruleId)) return;
      failed.add(ruleId);
      post({ type: 'rule-error', ruleId, message: error instanceof Error ? error.stack ?? error.message : String(error) });
    },
  });
  // The editor's hover and speaker hints need the quotations; the model stays here.
  const { reportName, namesToVerify } = request.extras ?? {};
  post({
    type: 'draft-checked',
    findings: result.findings,
    quotations: quotationViews(result.model),
    ...(reportName !== undefined ? { report: reviewReportOf(reportName, result) } : {}),
    ...(namesToVerify ? { namesToVerify: namesToVerifyIn(result) } : {}),
    elapsed: performance.now() - started,
  });
}
