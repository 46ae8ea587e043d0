import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import type { TextModel } from '../../../src/engine/model/types';

const md = (text: string) => buildModel(text, { languageId: 'markdown', config: {} });
const txt = (text: string) => buildModel(text, { languageId: 'plaintext', config: {} });
const sentences = (m: TextModel) => m.sentences.map((s) => m.text.slice(s.start, s.end));
const words = (m: TextModel) => m.words.map((w) => w.text);
const paragraphs = (m: TextModel) => m.paragraphs.map((p) => m.text.slice(p.start, p.end));

describe('text model: sentences', () => {
  const keepsTogether: [string, string][] = [
    ['U.S.', 'The U.S. Senate voted on Tuesday.'],
    ['Mr.', 'Mr. Smith said nothing.'],
    ['Mrs and Dr.', 'Mrs. Jones met Dr. Patel in the lobby.'],
    ['Gen.', 'Gen. Mark Milley spoke first.'],
    ['a.m.', 'The blast came at 9 a.m. Eastern time.'],
    ['p.m. then name', 'Polls close at 8 p.m. Voters queued all day.'],
    ['initials', 'J. K. Rowling and George R. R. Martin signed books.'],
    ['decimals', 'Growth slowed to 2.5 percent from 3.1 percent.'],
    ['Sept. with a day', 'The vote is set for Sept. 14 in Ottawa.'],
    ['St.', 'They marched down St. James Street.'],
  ];
  for (const [name, text] of keepsTogether) {
    it(`does not split on ${name}`, () => assert.deepEqual(sentences(md(text)), [text]));
  }

  it('splits ordinary sentences and keeps exact offsets', () => {
    const text = 'The council met. It voted 5-2! Was it close? Yes.';
    assert.deepEqual(sentences(md(text)), ['The council met.', 'It voted 5-2!', 'Was it close?', 'Yes.']);
  });

  it('splits after a closing quotation mark', () => {
    const text = '“We will win,” she said. “No doubt.” Then she left.';
    assert.deepEqual(sentences(md(text)), ['“We will win,” she said.', '“No doubt.”', 'Then she left.']);
  });

  it('does not split a question inside a quote followed by attribution', () => {
    assert.deepEqual(sentences(md('“Why now?” he asked.')), ['“Why now?” he asked.']);
  });

  it('offsets survive astral characters (UTF-16)', () => {
    const text = 'Fans 🎉 cheered. The mayor spoke.';
    const m = md(text);
    assert.deepEqual(sentences(m), ['Fans 🎉 cheered.', 'The mayor spoke.']);
    const mayor = m.words.find((w) => w.text === 'mayor')!;
    assert.equal(text.slice(mayor.start, mayor.end), 'mayor');
  });
});

describe('text model: words', () => {
  it('keeps apostrophes inside words and dotted abbreviations whole', () => {
    assert.deepEqual(words(md('Ukraine’s army isn’t in the U.S. yet.')), ['Ukraine’s', 'army', 'isn’t', 'in', 'the', 'U.S.', 'yet']);
  });

  it('skips numbers and measures', () => {
    assert.deepEqual(words(md('It cost $1.1bn, up 6.87% by 1830 GMT on 3rd day, 20-25% more.')), ['It', 'cost', 'up', 'by', 'GMT', 'on', 'day', 'more']);
  });

  it('marks sentence-initial words', () => {
    const m = md('Police came. Smith left.');
    assert.deepEqual(m.words.filter((w) => w.sentenceInitial).map((w) => w.text), ['Police', 'Smith']);
  });

  it('splits hyphenated compounds into their parts', () => {
    assert.deepEqual(words(md('A long-standing win-win deal.')), ['A', 'long', 'standing', 'win', 'win', 'deal']);
  });
});

describe('text model: paragraphs', () => {
  it('splits Markdown paragraphs on blank lines and keeps soft-wrapped lines together', () => {
    const text = 'First line\nstill first.\n\nSecond.';
    assert.deepEqual(paragraphs(md(text)), ['First line\nstill first.', 'Second.']);
  });

  it('gives headings and list items their own paragraphs', () => {
    const m = md('# Headline here\nBody text.\n\n- one item\n- two item\n');
    assert.deepEqual(paragraphs(m), ['Headline here', 'Body text.', 'one item', 'two item']);
    assert.deepEqual(m.paragraphs.map((p) => p.kind), ['heading', 'text', 'list-item', 'list-item']);
  });

  it('treats each line of an unwrapped plain-text draft as a paragraph', () => {
    const long = 'This sentence is long enough that nobody would hard-wrap a line of this length in an editor window.';
    const m = txt(`${long}\nThe next paragraph starts here.`);
    assert.equal(m.paragraphs.length, 2);
  });

  it('joins hard-wrapped plain-text lines that end mid-sentence', () => {
    const m = txt('The minister said the plan would\ngo ahead next week.\n\nNew paragraph.');
    assert.deepEqual(paragraphs(m), ['The minister said the plan would\ngo ahead next week.', 'New paragraph.']);
  });

  it('finds a headline without a final stop', () => {
    const m = txt('Mayor Wins Second Term\n\nThe mayor won.');
    assert.equal(m.text.slice(m.headline!.start, m.headline!.end), 'Mayor Wins Second Term');
  });
});
