import * as assert from 'node:assert/strict';
import { lintDocument } from '../../../src/engine/lint';
import { allRules } from '../../../src/rules';
import { findingsAt } from '../../../src/core/hover';

describe('core: what a hover explains', () => {
  const text = '"We will build it," a source said. "It is overdue," Mayor Alma Brandt said.\n\n"And it will open in May," she added.\n';
  const { model, findings } = lintDocument(text, { filePath: 'hover.md', rules: allRules });

  it('gives the findings at an offset and each of their rules once', () => {
    const at = findingsAt(findings, text.indexOf('build'));
    assert.deepEqual(at.findings.map((f) => f.ruleId), ['quote/anonymous-source']);
    assert.deepEqual(at.rules.map((r) => r.id), ['quote/anonymous-source']);
    assert.deepEqual(findingsAt(findings, text.indexOf('Mayor')), { findings: [], rules: [] });
  });
});
