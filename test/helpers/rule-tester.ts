import assert from 'node:assert/strict';
import type { CopydeskConfig } from '../../src/engine/config';
import { applyFixes } from '../../src/engine/fixes';
import { lintDocument } from '../../src/engine/lint';
import type { Rule } from '../../src/engine/rule';
import type { Finding, Fix } from '../../src/engine/types';
import { WorkspaceNames } from '../../src/engine/workspace-names';
import { draftNamesOf } from '../../src/engine/spelling/analysis';

export interface Case {
  text: string;
  /** Defaults to a Markdown draft. */
  filePath?: string;
  config?: Partial<CopydeskConfig>;
  /** Fixed clock for rules that may fall back to today. */
  today?: string;
  name?: string;
  /** Texts of the workspace's other drafts, whose names the rule may compare with. */
  otherDrafts?: string[];
}

export interface InvalidCase extends Case {
  /** How many findings the rule reports. */
  count: number;
  /** Exact text each finding covers, in order. */
  spans?: string[];
  /** Every message must match. */
  message?: RegExp;
  /** Text after applying fix number `fix` (default 0) of every finding. */
  output?: string;
  fix?: number;
}

export function lintWith(rule: Rule, input: Case): Finding[] {
  const config: Partial<CopydeskConfig> = { ...input.config, rules: { [rule.meta.id]: rule.meta.defaultLevel === 'off' ? 'warning' : rule.meta.defaultLevel, ...input.config?.rules } };
  return lintDocument(input.text, { filePath: input.filePath ?? 'draft.md', config, rules: [rule], today: input.today ?? '2025-07-16', workspace: input.otherDrafts && workspaceOf(input.otherDrafts, config) }).findings;
}

/** The names index of a workspace holding these drafts. */
export function workspaceOf(texts: string[], config: Partial<CopydeskConfig> = {}): WorkspaceNames {
  const workspace = new WorkspaceNames();
  texts.forEach((text, i) => {
    const filePath = `other-${i + 1}.md`;
    const { model, config: merged } = lintDocument(text, { filePath, config, rules: [] });
    const { names, people } = draftNamesOf(model, merged);
    workspace.setDraft(filePath, names, people);
  });
  return workspace;
}

/** Where a fix's edits sit in the fixed text: from its first edit's start to its last edit's new end. */
function editedRange(fix: Fix): { start: number; end: number } {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const grown = edits.reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
  return { start: edits[0].start, end: edits[edits.length - 1].end + grown };
}

/**
 * Harper's check: apply each fix on its own, lint the fixed text again, and require that the
 * finding it fixed is gone (no finding of the rule left on the text the fix wrote).
 */
function fixesSettle(rule: Rule, c: InvalidCase, findings: Finding[]): string[] {
  const unsettled: string[] = [];
  for (const finding of findings) {
    finding.fixes.forEach((fix, k) => {
      if (fix.edits.length === 0) return;
      const fixed = applyFixes(c.text, [fix]).text;
      const range = editedRange(fix);
      const left = lintWith(rule, { ...c, text: fixed }).filter((f) => f.start <= range.end && range.start <= f.end && f.start < fixed.length);
      for (const f of left) unsettled.push(`fix ${k} "${fix.title}" of "${c.text.slice(finding.start, finding.end)}" leaves "${fixed.slice(f.start, f.end)}": ${f.message}`);
    });
  }
  return unsettled;
}

const label = (c: Case) => c.name ?? (c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text);

/** ESLint-style valid/invalid table, with Harper-style "text after the fix" checks. */
export function ruleTester(rule: Rule, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(label(c), () => {
          const findings = lintWith(rule, c);
          assert.deepEqual(findings.map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const findings = lintWith(rule, c);
          assert.equal(findings.length, c.count, `expected ${c.count} finding(s), got: ${JSON.stringify(findings.map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`))}`);
          if (c.spans) assert.deepEqual(findings.map((f) => c.text.slice(f.start, f.end)), c.spans);
          if (c.message) for (const f of findings) assert.match(f.message, c.message);
          if (c.output !== undefined) {
            const fixes = findings.map((f) => f.fixes[c.fix ?? 0]).filter((f) => f !== undefined);
            assert.ok(fixes.length > 0, 'expected a fix');
            assert.equal(applyFixes(c.text, fixes).text, c.output);
          }
          assert.deepEqual(fixesSettle(rule, c, findings), [], 'a fix must settle its finding when the fixed text is linted again');
        });
      }
    });
  });
}
