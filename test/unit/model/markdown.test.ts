import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';

const md = (text: string) => buildModel(text, { languageId: 'markdown', config: {} });
const txt = (text: string) => buildModel(text, { languageId: 'plaintext', config: {} });
const words = (text: string, plain = false) => (plain ? txt(text) : md(text)).words.map((w) => w.text);

describe('text model: what is never checked', () => {
  it('skips YAML front matter and reads its data', () => {
    const m = md('---\ndate: 2025-07-16\ntitle: Zzyzx Report\ncopydesk:\n  dialect: en-GB\n---\nBody here.');
    assert.deepEqual(m.words.map((w) => w.text), ['Body', 'here']);
    assert.equal(m.frontMatter?.data.title, 'Zzyzx Report');
    assert.equal(m.referenceDate?.iso, '2025-07-16');
    assert.equal(m.referenceDate?.source, 'front-matter');
  });

  it('keeps broken front matter out of the prose and reports where it broke', () => {
    const m = md('---\ntitle: [oops\n---\nBody.');
    assert.ok(m.frontMatter?.error);
    assert.deepEqual(m.words.map((w) => w.text), ['Body']);
  });

  it('skips fenced and indented code', () => {
    assert.deepEqual(words('Before.\n\n```js\nconst qzx = 1;\n```\n\n    indented qzx code\n\nAfter.'), ['Before', 'After']);
  });

  it('skips inline code, HTML tags and comments', () => {
    assert.deepEqual(words('Run `qzx --fix` now <span class="qzx">here</span> <!-- qzx note --> ok.'), ['Run', 'now', 'here', 'ok']);
  });

  it('keeps link text but skips link targets, images and reference definitions', () => {
    assert.deepEqual(words('Read [the report](https://example.com/qzx-report) and ![qzx chart](qzx.png) today.\n\n[ref]: https://qzx.example'), ['Read', 'the', 'report', 'and', 'today']);
  });

  it('skips URLs, e-mail addresses, handles and hashtags in plain text too', () => {
    assert.deepEqual(words('See www.qzx.com or https://qzx.org/a_b, mail qzx@example.com, follow @qzxnews #qzxvote.', true), ['See', 'or', 'mail', 'follow']);
  });

  it('removes emphasis markers without losing words', () => {
    const m = md('This is **very** _important_ news.');
    assert.deepEqual(m.words.map((w) => w.text), ['This', 'is', 'very', 'important', 'news']);
    const very = m.words[2];
    assert.equal(m.text.slice(very.start, very.end), 'very');
  });

  it('keeps underscores inside words', () => {
    assert.deepEqual(words('The file_name stays.'), ['The', 'file', 'name', 'stays']);
  });

  it('keeps prose the same length as the text', () => {
    const text = '# Title\n\n> Quoted *text* with `code` and [link](http://x.y).\n';
    assert.equal(md(text).prose.length, text.length);
  });
});

describe('text model: directives', () => {
  it('reads Markdown comment directives', () => {
    const m = md('<!-- copydesk-disable spelling/unknown-word -->\nText.\n<!-- copydesk-enable -->\n<!-- copydesk-disable-next-line quote/unattributed, date -->\nMore.');
    assert.deepEqual(m.directives.map((d) => [d.kind, d.rules, d.line]), [
      ['disable', ['spelling/unknown-word'], 0],
      ['enable', [], 2],
      ['disable-next-line', ['quote/unattributed', 'date'], 3],
    ]);
  });

  it('reads plain-text directives on a line of their own', () => {
    const m = txt('copydesk-disable-next-line spelling\nQzxy here.');
    assert.deepEqual(m.directives.map((d) => [d.kind, d.rules]), [['disable-next-line', ['spelling']]]);
    assert.deepEqual(m.words.map((w) => w.text), ['Qzxy', 'here']);
  });
});
