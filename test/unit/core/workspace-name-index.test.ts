import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALWAYS_WHOLE_CHARS } from '../../../src/core/lint-budget';
import { DraftNameIndex, draftNamesIn, namesInWorker, type DraftNamesRequest, type ReadLongDraftNames } from '../../../src/core/workspace-name-index';
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

describe('the workspace name index reads a long draft’s names off the editor’s thread', () => {
  const WORKER = resolve(__dirname, '../../../dist/check-worker.js');
  /** Longer than a news story (lint-budget.ts's ALWAYS_WHOLE_CHARS), naming Rachmat Saleh. */
  const longDraft = ('Trade Minister Rachmat Saleh spoke at length on Monday. '.repeat(20) + '\n\n').repeat(80);

  /** A reader that answers when the test says so, with what the in-thread read gives. */
  function heldReader() {
    const requests: DraftNamesRequest[] = [];
    const release: (() => void)[] = [];
    const read: ReadLongDraftNames = (request) => {
      requests.push(request);
      return new Promise((done) => release.push(() => done(draftNamesIn(request))));
    };
    return { requests, release, read };
  }

  it('asks the reader for a long draft only, and keeps its names once it answers', async () => {
    assert.ok(longDraft.length > ALWAYS_WHOLE_CHARS);
    const reader = heldReader();
    const index = new DraftNameIndex(() => ({}), () => 1 << 20, reader.read);
    void index.update('/desk/short.md', bytes('Rachmat Saleh said so.\n'));
    assert.equal(index.draftCount, 1, 'a short draft is read at once, here');
    const reading = index.update('/desk/long.md', bytes(longDraft));
    assert.equal(reader.requests.length, 1);
    assert.equal(reader.requests[0].text, longDraft);
    assert.equal(index.draftCount, 1, 'not kept before the reader answers');
    reader.release[0]();
    await reading;
    assert.equal(index.draftCount, 2);
    // As the same drafts read in the same order on this thread.
    const inThread = new DraftNameIndex(() => ({}), () => 1 << 20);
    void inThread.update('/desk/short.md', bytes('Rachmat Saleh said so.\n'));
    void inThread.update('/desk/long.md', bytes(longDraft));
    assert.deepEqual(index.names.snapshot(), inThread.names.snapshot());
  });

  it('keeps only the latest read of a draft, and none of a draft removed meanwhile', async () => {
    const reader = heldReader();
    const index = new DraftNameIndex(() => ({}), () => 1 << 20, reader.read);
    const first = index.update('/desk/long.md', bytes(longDraft));
    const second = index.update('/desk/long.md', bytes(longDraft.replace(/Saleh/g, 'Salleh')));
    reader.release[1]();
    await second;
    reader.release[0]();
    await first;
    assert.deepEqual(index.names.snapshot(), deskOf(longDraft.replace(/Saleh/g, 'Salleh')).names.snapshot());

    const removed = index.update('/desk/gone.md', bytes(longDraft));
    index.remove('/desk/gone.md');
    reader.release[2]();
    await removed;
    assert.equal(index.draftCount, 1);
  });

  it('reads in the check worker what it reads here', async function () {
    if (!existsSync(WORKER)) throw new Error('dist/check-worker.js is missing: run "npm run build" first');
    const request: DraftNamesRequest = { kind: 'names', draftId: '/desk/long.md', text: longDraft, config: {} };
    const names = await namesInWorker(WORKER)(request);
    assert.deepEqual(names, draftNamesIn(request));
    assert.ok(names.people.includes('Rachmat Saleh'), JSON.stringify(names));
  });
});

/** The index of one long draft read on this thread. */
function deskOf(text: string): DraftNameIndex {
  const index = new DraftNameIndex(() => ({}), () => 1 << 20);
  void index.update('/desk/long.md', bytes(text));
  return index;
}
