import assert from 'node:assert/strict';
import { WorkspaceNames } from '../../../src/engine/workspace-names';

describe('WorkspaceNames', () => {
  it('counts the drafts that use a name, leaving out the draft asking', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia', 'Kwakye', 'Almunia']);
    names.setDraft('b.md', ['Almunia']);
    assert.equal(names.draftsUsing('Almunia'), 2);
    assert.equal(names.draftsUsing('Almunia', 'a.md'), 1);
    assert.equal(names.draftsUsing('Almunia', 'c.md'), 2);
    assert.equal(names.draftsUsing('Kwakye', 'a.md'), 0);
    assert.equal(names.draftCount, 2);
  });

  it('replaces a draft’s names when it changes, and forgets a removed draft', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia']);
    names.setDraft('b.md', ['Almunia']);
    const version = names.version;
    names.setDraft('a.md', ['Almunia']);
    assert.equal(names.version, version, 'an unchanged draft is not a change');
    names.setDraft('a.md', ['Alumnia']);
    assert.ok(names.version > version);
    assert.equal(names.draftsUsing('Almunia'), 1);
    assert.equal(names.draftsUsing('Alumnia'), 1);
    names.removeDraft('b.md');
    assert.equal(names.draftsUsing('Almunia'), 0);
    assert.equal(names.draftCount, 1);
  });

  it('offers as near names only those enough other drafts use, by first letter and length', () => {
    const names = new WorkspaceNames(2);
    names.setDraft('a.md', ['Almunia', 'Almunias', 'Lehmann']);
    names.setDraft('b.md', ['Almunia', 'Almunias']);
    names.setDraft('c.md', ['Almunia', 'Lehmann', 'Alumni']);
    const near = (name: string, except?: string) => [...names.near(name, except)].map((n) => `${n.name}:${n.drafts}`).sort();
    assert.deepEqual(near('Alumnia'), ['Almunia:3', 'Almunias:2']);
    assert.deepEqual(near('Alumnia', 'a.md'), ['Almunia:2']);
    assert.deepEqual(near('Lehman'), ['Lehmann:2']);
    names.removeDraft('c.md');
    assert.deepEqual(near('Lehman'), []);
    assert.deepEqual(near('Zelensky'), []);
  });
});

describe('WorkspaceNames and the people drafts name in full', () => {
  const keeper = (fullName: string) => fullName.startsWith('Manuel ');
  it('counts only the drafts whose full names with the name may be the person asked about', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia'], ['Joaquin Almunia']);
    names.setDraft('b.md', ['Almunia'], ['Manuel Almunia']);
    names.setDraft('c.md', ['Almunia']);
    names.setDraft('d.md', ['Almunia', 'Kwakye'], ['Joaquin Almunia', 'Manuel Almunia']);
    assert.equal(names.draftsUsing('Almunia'), 4);
    assert.equal(names.draftsUsingFor('Almunia', keeper), 3, 'a.md names only another Almunia');
    assert.equal(names.draftsUsingFor('Almunia', keeper, 'b.md'), 2);
    assert.equal(names.draftsUsingFor('Kwakye', keeper), 1, 'no full name with Kwakye: the draft counts');
  });

  it('reads a draft’s people given later only when a question is about a name it uses, and once', () => {
    const reads: string[] = [];
    const later = (draftId: string, people: string[]) => () => {
      reads.push(draftId);
      return people;
    };
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia'], later('a.md', ['Joaquin Almunia']));
    names.setDraft('b.md', ['Almunia'], later('b.md', ['Manuel Almunia']));
    names.setDraft('c.md', ['Kwakye'], later('c.md', ['Ben Kwakye']));
    names.setDraft('d.md', ['Almunia', 'Kwakye'], ['Joaquin Almunia', 'Manuel Almunia']);
    assert.equal(names.draftsUsing('Almunia'), 3);
    assert.deepEqual(reads, [], 'counting drafts needs no people');
    assert.equal(names.draftsUsingFor('Almunia', keeper), 2, 'a.md names only another Almunia');
    assert.deepEqual(reads, ['a.md', 'b.md'], 'c.md does not use the name');
    assert.equal(names.draftsUsingFor('Almunia', keeper, 'b.md'), 1);
    assert.deepEqual(reads, ['a.md', 'b.md'], 'each draft is read once');
    assert.deepEqual(
      names.snapshot().map(([draftId, , people]) => [draftId, people]),
      [['a.md', ['Joaquin Almunia']], ['b.md', ['Manuel Almunia']], ['c.md', ['Ben Kwakye']], ['d.md', ['Joaquin Almunia', 'Manuel Almunia']]],
      'a snapshot holds every draft’s people',
    );
    assert.deepEqual(reads, ['a.md', 'b.md', 'c.md']);
  });

  it('never reads the people of a draft replaced before anyone asked', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia'], () => assert.fail('the old names of a.md were read'));
    names.setDraft('a.md', ['Almunia'], ['Manuel Almunia']);
    assert.equal(names.draftsUsingFor('Almunia', keeper), 1);
    names.removeDraft('a.md');
    assert.equal(names.draftsUsingFor('Almunia', keeper), 0);
  });

  it('forgets a draft’s people when its names change', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia'], ['Joaquin Almunia']);
    const version = names.version;
    names.setDraft('a.md', ['Almunia'], ['Joaquin Almunia']);
    assert.equal(names.version, version);
    names.setDraft('a.md', ['Almunia']);
    assert.ok(names.version > version, 'the same names with other people is a change');
    assert.equal(names.draftsUsingFor('Almunia', keeper), 1);
  });
});

describe('WorkspaceNames snapshots', () => {
  it('rebuild the same index in another thread', () => {
    const names = new WorkspaceNames();
    names.setDraft('a.md', ['Almunia', 'Kwakye'], ['Joaquin Almunia']);
    names.setDraft('b.md', ['Almunia']);
    const copy = WorkspaceNames.from(structuredClone(names.snapshot()));
    assert.equal(copy.draftCount, 2);
    assert.equal(copy.draftsUsing('Almunia', 'a.md'), 1);
    assert.equal(copy.draftsUsingFor('Almunia', (fullName) => fullName.startsWith('Manuel ')), 1);
    assert.deepEqual([...copy.near('Alumnia')].map((n) => n.name), ['Almunia']);
  });
});
