import assert from 'node:assert/strict';
import { lintDocument } from '../../../src/engine/lint';
import { LintSession } from '../../../src/engine/session';
import { allRules } from '../../../src/rules';

const DRAFT = `---
date: 2025-03-19
---

# Ministers meet as shortage deepens

BRUSSELS (AP) — European defence ministers met on Tuesday, March 19, to agree a new package.

"The factories cannot work any faster," said Kaja Kallas, the bloc's foreign policy chief. "We are out of time."

Kalas said the shells would recieve priority. The the package is worth about €2 billion.

"Nobody expected this."
`;

const opts = { filePath: 'draft.md', rules: allRules, today: '2025-03-20' };
const shape = (text: string, result: ReturnType<typeof lintDocument>) => ({
  findings: result.findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.message]),
  sentences: result.model.sentences.map((s) => [s.start, s.end, s.wordStart, s.wordEnd, s.paragraph]),
  words: result.model.words.map((w) => [w.start, w.end, w.text, w.sentenceInitial, w.quotation, w.sentence]),
});

describe('LintSession', () => {
  it('gives the same model and findings as a fresh lint after each edit', () => {
    const session = new LintSession();
    const edits = [
      DRAFT,
      DRAFT.replace('recieve', 'receive'),
      DRAFT.replace('Tuesday', 'Wednesday'),
      DRAFT.replace('"Nobody expected this."', '"Nobody expected this," Kallas said.'),
      `Intro paragraph added at the top.\n\n${DRAFT}`,
      DRAFT.replace('\n\n"Nobody', '\n"Nobody'),
      DRAFT,
    ];
    for (const text of edits) {
      assert.deepEqual(shape(text, session.lint(text, opts)), shape(text, lintDocument(text, opts)));
    }
  });
});
