import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import { NamesCache } from '../../../src/engine/model/names-cache';
import { SegmentCache } from '../../../src/engine/model/segment-cache';
import type { NamesLayer } from '../../../src/engine/model/types';

/** A draft's successive versions built as an editor session builds them, with both caches. */
class Session {
  readonly names = new NamesCache();
  private readonly segments = new SegmentCache();

  layer(text: string): NamesLayer {
    const model = buildModel(text, { languageId: 'plaintext', config: {}, cache: this.segments, namesCache: this.names });
    return { entities: model.names.entities, mentions: model.names.mentions };
  }

  /** Paragraphs read afresh by the next version. */
  readsFor(text: string): number {
    const before = this.names.paragraphsRead;
    this.layer(text);
    return this.names.paragraphsRead - before;
  }
}

const fresh = (text: string): NamesLayer => {
  const model = buildModel(text, { languageId: 'plaintext', config: {} });
  return { entities: model.names.entities, mentions: model.names.mentions };
};

const paragraphs = [
  'Jane Roe, an analyst with Acme Securities, expects a cut in rates this year.',
  'Shares fell in early trading, and the analyst said the fall would last.',
  'Jimmy "the Whirlwind" White beat Mr Roe at the club on Friday.',
  'President Reagan spoke to Roe. Later Kilroy-Silk left the room.',
  'Former officials said nothing. John Doe, vice chairman of Acme Corp, agreed.',
];
const draft = (parts: string[]) => parts.join('\n\n');

describe('model: names cache', () => {
  it('gives the same names layer as a build without it, version after version', () => {
    const session = new Session();
    const versions = [
      paragraphs,
      // One word edited, a paragraph added, one removed, the order changed.
      paragraphs.map((p, i) => (i === 1 ? p.replace('fell', 'rose') : p)),
      [...paragraphs, 'The analyst Jane Doe disagreed with Ms Roe.'],
      paragraphs.slice(1),
      [paragraphs[3], paragraphs[0], paragraphs[2], paragraphs[1]],
      // `Shares` now used mid-sentence elsewhere: the second paragraph's `Shares` reads as a name.
      [...paragraphs, 'He bought Shares on Monday.'],
      // The nickname's quotation marks removed, then put back.
      paragraphs.map((p) => p.replace('"the Whirlwind" ', 'the Whirlwind ')),
      paragraphs,
    ];
    for (const version of versions) {
      const text = draft(version);
      assert.deepEqual(session.layer(text), fresh(text), text);
    }
  });

  it('reads again only the paragraph an edit changed', () => {
    const session = new Session();
    const edited = paragraphs.map((p, i) => (i === 2 ? p.replace('Friday', 'Monday') : p));
    assert.equal(session.readsFor(draft(paragraphs)), paragraphs.length);
    assert.equal(session.readsFor(draft(edited)), 1);
    assert.equal(session.readsFor(draft([...edited, 'Mr Doe said so.'])), 1);
    assert.equal(session.readsFor(draft([...edited, 'Mr Doe said so.'])), 0);
    assert.equal(session.names.paragraphsReused, 4 + 5 + 6);
  });

  it('reads a paragraph again when a word it asked about is now written mid-sentence elsewhere', () => {
    const session = new Session();
    const before = draft(paragraphs);
    const after = draft([...paragraphs, 'He bought Shares on Monday.']);
    session.layer(before);
    // The new paragraph, and the second one, whose `Shares` opened a sentence.
    assert.equal(session.readsFor(after), 2);
    assert.deepEqual(session.layer(after), fresh(after));
    assert.notDeepEqual(fresh(after).entities.map((e) => e.name), fresh(before).entities.map((e) => e.name));
  });

  it('reads a paragraph again when its quotations change, though its text does not', () => {
    const session = new Session();
    // A short first line is read as a title line once a paragraph follows it: its quotation
    // becomes a term, and a term between two names is a nickname that joins them.
    const first = 'Jimmy "the man who never ever loses a single game." White beat Roe.';
    session.layer(first);
    const text = draft([first, 'Mr Roe left.']);
    assert.equal(session.readsFor(text), 2);
    assert.deepEqual(session.layer(text), fresh(text));
    assert.deepEqual(fresh(text).entities.map((e) => e.kind), ['person', 'person']);
  });

  it('keeps the linked layer, offsets moved, when an edit changes no reading but where things are', () => {
    const session = new Session();
    session.layer(draft(paragraphs));
    const linked = session.names.layersLinked;
    // A word typed before the names of the second and fourth paragraphs: every later offset moves.
    for (const version of [
      paragraphs.map((p, i) => (i === 1 ? p.replace('early', 'very early') : p)),
      paragraphs.map((p, i) => (i === 1 ? p.replace('early', 'very early') : i === 3 ? `Then ${p}` : p)),
    ]) {
      const text = draft(version);
      assert.deepEqual(session.layer(text), fresh(text));
    }
    assert.equal(session.names.layersLinked, linked);
    // A name edited: linked anew.
    const renamed = draft(paragraphs.map((p) => p.replace('John Doe', 'John Dole')));
    assert.deepEqual(session.layer(renamed), fresh(renamed));
    assert.equal(session.names.layersLinked, linked + 1);
  });
});
