import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/engine/fixes';
import { lintDocument } from '../../../src/engine/lint';
import type { Rule } from '../../../src/engine/rule';
import { disableLineEdit } from '../../../src/core/directive-edit';

function disable(text: string, offset: number, ruleId: string): string {
  const edit = disableLineEdit(text, offset, ruleId);
  assert.ok(edit);
  return applyEdits(text, [edit]).text;
}

/** A rule that flags every "flagme", to prove the directive really silences it. */
const flagRule: Rule = {
  meta: { id: 'spelling/test-flag', family: 'spelling', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: false },
  check(context) {
    const text = context.model.prose;
    for (let i = text.indexOf('flagme'); i !== -1; i = text.indexOf('flagme', i + 1)) context.report({ start: i, end: i + 6, message: 'flagged' });
  },
};

describe('extension: disable-line directive edit', () => {
  it('appends a comment at the end of the finding\'s line only', () => {
    const text = 'First line.\nIt has flagme in it.  \nLast line.';
    assert.equal(disable(text, text.indexOf('flagme'), 'spelling/test-flag'), 'First line.\nIt has flagme in it. <!-- copydesk-disable-line spelling/test-flag -->  \nLast line.');
  });

  it('keeps Windows line endings intact', () => {
    const text = 'One flagme.\r\nTwo.';
    assert.equal(disable(text, 4, 'spelling/test-flag'), 'One flagme. <!-- copydesk-disable-line spelling/test-flag -->\r\nTwo.');
  });

  it('adds the rule to a directive already on the line', () => {
    const text = 'A flagme line. <!-- copydesk-disable-line quote/unattributed -->\n';
    assert.equal(disable(text, 2, 'spelling/test-flag'), 'A flagme line. <!-- copydesk-disable-line quote/unattributed, spelling/test-flag -->\n');
  });

  it('offers nothing when the line already silences every rule', () => {
    assert.equal(disableLineEdit('A flagme line. <!-- copydesk-disable-line -->', 2, 'spelling/test-flag'), undefined);
  });

  for (const languageId of ['markdown', 'plaintext', 'news-draft']) {
    it(`silences the finding in ${languageId}`, () => {
      const text = 'Headline\n\nThe word flagme is here. Another flagme.\n\nflagme again.\n';
      const before = lintDocument(text, { languageId, rules: [flagRule] }).findings.length;
      const after = lintDocument(disable(text, text.indexOf('flagme'), 'spelling/test-flag'), { languageId, rules: [flagRule] }).findings;
      assert.equal(before, 3);
      assert.deepEqual(after.map((f) => f.start), [disable(text, text.indexOf('flagme'), 'spelling/test-flag').lastIndexOf('flagme')]);
    });
  }
});
