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
  findings: result.findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.message, f.related?.map((r) => [r.start, r.end, r.message])]),
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
      // Names: a slip appears, moves with the text above it, and goes.
      DRAFT.replace('Kalas said', 'Kallas said'),
      `A new first paragraph about Kallas.\n\n${DRAFT}`,
      `A new first paragraph about Kallas.\n\n${DRAFT}`.replace('bloc', 'Kalass bloc'),
      DRAFT.replace('Kalas said', 'Kallass said'),
      DRAFT,
    ];
    for (const text of edits) {
      assert.deepEqual(shape(text, session.lint(text, opts)), shape(text, lintDocument(text, opts)));
    }
  });

  it('moves the verdicts it keeps on names with the text', () => {
    const session = new LintSession();
    const text = 'Mr Kowalczyk spoke on Monday. Then Kowalcyzk left.\n\nKowalczyk stayed, and the council agreed.\n';
    // The same names at new offsets: kept verdicts must point to where the names are now.
    for (const edit of [text, text.replace('spoke on', 'spoke at length on'), text, text.replace('Mr Kowalczyk', 'Mr Kowalczyk and Mr Nowak')]) {
      const fresh = shape(edit, lintDocument(edit, opts));
      assert.ok(fresh.findings.some(([rule]) => rule === 'spelling/name-variant'));
      assert.deepEqual(shape(edit, session.lint(edit, opts)), fresh);
    }
  });

  it('gives paragraphs that repeat their own words, and hands words on without changing what was found', () => {
    const session = new LintSession();
    const repeated = 'Advertisement\n\n"We will win," said Smith.\n\nAdvertisement\n\nThe recieve was late.\n\nAdvertisement\n';
    const edits = [repeated, repeated.replace('late', 'very late'), repeated.replace('Smith', 'John Smith'), `Advertisement\n\n${repeated}`, repeated];
    for (const text of edits) {
      const result = session.lint(text, opts);
      assert.deepEqual(shape(text, result), shape(text, lintDocument(text, opts)));
      const ads = result.model.words.filter((w) => w.text === 'Advertisement');
      assert.equal(new Set(ads).size, ads.length, 'one Word object shared by two paragraphs');
      result.model.words.forEach((w, i) => assert.equal(w.index, i));
    }
  });
});

