import * as vscode from 'vscode';
import { defineRule, type Rule } from '../engine/rule';
import { allRules } from '../rules';

/** Text that makes the test-only rule throw. */
export const FAILURE_MARKER = 'COPYDESK-TEST-RULE-FAILURE';

/**
 * Registered only when VS Code runs the extension's own tests (ExtensionMode.Test): a rule
 * that throws on drafts holding FAILURE_MARKER, so the suite can prove that a failing rule
 * is reported once and the other rules still run. Users never get it.
 */
const failingRule = defineRule({
  meta: { id: 'quote/test-failure', family: 'quote', description: 'Fails on purpose in the extension tests.', rationale: 'Test only.', defaultLevel: 'warning', fixable: false },
  check({ model }) {
    if (model.text.includes(FAILURE_MARKER)) throw new Error('deliberate failure for the extension tests');
  },
});

export function rulesFor(context: vscode.ExtensionContext): readonly Rule[] {
  return context.extensionMode === vscode.ExtensionMode.Test ? [...allRules, failingRule] : allRules;
}
