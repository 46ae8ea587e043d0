import type { CopydeskConfig } from './config';
import type { TextModel } from './model/types';
import type { Report, RuleMeta } from './types';
import type { WorkspaceNames } from './workspace-names';

export interface RuleContext {
  model: TextModel;
  config: CopydeskConfig;
  /** The rule's own options from `[level, { ...options }]`. */
  options: Record<string, unknown>;
  /** Names the workspace's other drafts use, when the caller indexed them. */
  workspace?: WorkspaceNames;
  /**
   * The same object on every lint of one draft in a LintSession: a rule may key
   * what it keeps between keystrokes on it (in a WeakMap, so it goes with the session).
   */
  session?: object;
  report(finding: Report): void;
}

/** One rule: metadata plus a small check over the shared text model (ESLint's shape). */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Identity helper that gives rule files type checking without ceremony. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
