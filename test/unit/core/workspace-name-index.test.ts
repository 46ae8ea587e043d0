import assert from 'node:assert/strict';
import { DraftNameIndex } from '../../../src/core/workspace-name-index';
import { lintDocument } from '../../../src/engine/lint';
import { WorkspaceNames } from '../../../src/engine/workspace-names';
import { nameVariant } from '../../../src/rules/spelling/name-variant';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The editor's index of a desk whose two drafts name a minister Rachmat Saleh. */
function deskIndex(): DraftNameIndex {
  const index = new DraftNameIndex(() => ({}), () => 1 << 20);
  index.update('/desk/trade.md', bytes('Trade Minister Rachmat Saleh spoke.\n'));
  index.update('/desk/talks.md', bytes('Rachmat Saleh said so.\n'));
  return index;
}

const nameVariants = (text: string, workspace: WorkspaceNames) =>
  lintDocument(text, { filePath: '/desk/open.md', rules: [nameVariant], workspace }).findings.map((f) => text.slice(f.start, f.end));

describe('the editor’s workspace name index carries full names (issue 16, class 4)', () => {
  it('a near surname of another person is no slip; of the same person it is', () => {
    const { names } = deskIndex();
    assert.deepEqual(nameVariants('Governor Ismail Salleh cut rates.', names), []);
    assert.deepEqual(nameVariants('Rachmat Salleh cut rates.', names), ['Salleh']);
  });

  it('keeps them in the snapshot Check All sends to its worker', () => {
    const copy = WorkspaceNames.from(structuredClone(deskIndex().names.snapshot()));
    assert.deepEqual(nameVariants('Governor Ismail Salleh cut rates.', copy), []);
    assert.deepEqual(nameVariants('Rachmat Salleh cut rates.', copy), ['Salleh']);
  });

  it('forgets a draft’s people with the draft', () => {
    const index = deskIndex();
    index.update('/desk/talks.md', bytes('Saleh said so.\n'));
    index.update('/desk/trade.md', bytes('Minister Saleh spoke.\n'));
    // Neither draft names its Saleh in full any more: he may be the governor.
    assert.deepEqual(nameVariants('Governor Ismail Salleh cut rates.', index.names), ['Salleh']);
  });
});
