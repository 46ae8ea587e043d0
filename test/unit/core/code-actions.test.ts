import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/engine/fixes';
import type { Finding } from '../../../src/engine/types';
import { findingActions, fixAllAction, FIX_ALL_TITLE } from '../../../src/core/code-actions';

const text = 'Ramnatein is a town.\nIt rained on July 14th.';
const misspelt: Finding = {
  ruleId: 'spelling/misspelling',
  level: 'warning',
  message: 'Possible misspelling',
  start: 0,
  end: 9,
  word: 'Ramnatein',
  fixes: [
    { title: 'Change to "Ramstein"', safe: true, edits: [{ start: 0, end: 9, text: 'Ramstein' }] },
    { title: 'Change to "Rammstein"', edits: [{ start: 0, end: 9, text: 'Rammstein' }] },
  ],
};
const dated: Finding = {
  ruleId: 'date/ordinal-suffix',
  level: 'warning',
  message: 'AP style writes dates without "th"',
  start: text.indexOf('14th'),
  end: text.indexOf('14th') + 4,
  fixes: [{ title: 'Write "14"', safe: false, edits: [{ start: text.indexOf('14th'), end: text.indexOf('14th') + 4, text: '14' }] }],
};

describe('core: code actions from findings', () => {
  it('offers each fix (the first, safe one preferred), the word actions and a disable comment, in that order', () => {
    const actions = findingActions(text, misspelt, { canAddWord: true });
    assert.deepEqual(actions.map((a) => a.title), [
      'Change to "Ramstein"',
      'Change to "Rammstein"',
      'Add "Ramnatein" to the workspace dictionary',
      'Ignore "Ramnatein" in this draft',
      'Disable spelling/misspelling for this line',
    ]);
    assert.deepEqual(actions.map((a) => a.preferred === true), [true, false, false, false, false]);
    assert.deepEqual(actions[2].command, { kind: 'addWord', word: 'Ramnatein' });
    assert.equal(applyEdits(text, actions[4].edits!).text.split('\n')[0], 'Ramnatein is a town. <!-- copydesk-disable-line spelling/misspelling -->');
  });

  it('leaves out the dictionary action outside a folder and offers a word once per request', () => {
    const seenWords = new Set<string>();
    const first = findingActions(text, misspelt, { canAddWord: false, seenWords });
    assert.equal(first.filter((a) => a.command).map((a) => a.command!.kind).join(), 'ignoreWord');
    const again = findingActions(text, misspelt, { canAddWord: true, seenWords });
    assert.equal(again.filter((a) => a.command).length, 0);
  });

  it('does not prefer a first fix that is not safe', () => {
    assert.equal(findingActions(text, dated, { canAddWord: true })[0].preferred, false);
  });

  it('fix-all applies only the safe fixes', () => {
    const action = fixAllAction(text, [misspelt, dated]);
    assert.equal(action?.title, FIX_ALL_TITLE);
    assert.equal(applyEdits(text, action!.edits!).text, 'Ramstein is a town.\nIt rained on July 14th.');
    assert.equal(fixAllAction(text, [dated]), undefined);
  });
});
