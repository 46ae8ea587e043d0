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

describe('text model: Markdown read by markdown-it', () => {
  const wordsAt = (text: string) => md(text).words.map((w) => [w.text, text.slice(w.start, w.end)]);
  const kinds = (text: string) => md(text).paragraphs.map((p) => p.kind);

  it('keeps offsets exact with CRLF and lone CR line ends', () => {
    const text = 'First *qzx* line\r\nsecond `code` line\rthird';
    const m = md(text);
    assert.deepEqual(m.words.map((w) => w.text), ['First', 'qzx', 'line', 'second', 'line', 'third']);
    for (const w of m.words) assert.equal(text.slice(w.start, w.end), w.text);
    assert.equal(m.prose.length, text.length);
  });

  it('reads headings, list items, block quotes and table rows as paragraphs of their kind', () => {
    assert.deepEqual(kinds('## Qzx headline ##\n\nA paragraph.\n- an item\n- another\n\n> quoted\nlazy line\n\n| a | b |\n|---|---|\n| c | d |\n| e | f |'), [
      'heading', 'text', 'list-item', 'list-item', 'blockquote', 'table', 'table', 'table',
    ]);
    assert.deepEqual(wordsAt('## Qzx headline ##').map(([w]) => w), ['Qzx', 'headline']);
  });

  it('reads nested containers and tab-indented continuation lines', () => {
    const text = '> - Quoted *item* here\n>   continued qzx\n\n-\tTabbed\n\tmore';
    assert.deepEqual(wordsAt(text), [['Quoted', 'Quoted'], ['item', 'item'], ['here', 'here'], ['continued', 'continued'], ['qzx', 'qzx'], ['Tabbed', 'Tabbed'], ['more', 'more']]);
    assert.deepEqual(kinds(text), ['list-item', 'list-item']);
  });

  it('keeps table cells with an escaped pipe, and blanks the backslash', () => {
    const m = md('| Name | Note |\n|---|---|\n| Ramnatein \\| base | qzx |');
    assert.deepEqual(m.words.map((w) => w.text), ['Name', 'Note', 'Ramnatein', 'base', 'qzx']);
    assert.ok(m.prose.includes('Ramnatein  | base'));
  });

  it('skips link destinations and titles, reference definitions, autolinks and entities', () => {
    assert.deepEqual(words('[Read](https://qzx.example "A qzx title") now, <https://qzx.example> AT&amp;T.\n\n[ref]: /qzx "qzx title"'), ['Read', 'now', 'AT', 'T']);
  });

  it('keeps an entity that is a letter inside a word as written, and blanks the others', () => {
    const text = 'The caf&eacute; sells AT&amp;T phones&nbsp;now &#42;here&#42;.';
    assert.equal(md(text).prose, 'The caf&eacute; sells AT     T phones      now      here     .');
  });

  it('keeps the text of escaped punctuation and unpaired delimiters, blanking the backslash only', () => {
    const m = md('\\*not emphasis\\* and snake_case 2 * 3');
    assert.deepEqual(m.words.map((w) => w.text), ['not', 'emphasis', 'and', 'snake', 'case']);
    assert.equal(m.prose, ' *not emphasis * and snake_case 2 * 3');
  });

  it('blanks a task box and keeps the item', () => {
    assert.deepEqual(words('- [x] done qzx\n- [ ] to do'), ['done', 'qzx', 'to', 'do']);
  });

  it('reads directives in HTML blocks and inline comments, not in code', () => {
    const m = md('<div>\n<!-- copydesk-disable quote -->\n</div>\n\nText <!-- copydesk-disable-line date --> here.\n\n`<!-- copydesk-enable -->`\n\n    <!-- copydesk-enable -->');
    assert.deepEqual(m.directives.map((d) => [d.kind, d.rules, d.line]), [['disable', ['quote'], 1], ['disable-line', ['date'], 4]]);
    assert.deepEqual(m.words.map((w) => w.text), ['Text', 'here']);
  });

  it('reads an unterminated comment inside a paragraph as text, as CommonMark does', () => {
    assert.deepEqual(words('Before <!-- qzx after'), ['Before', 'qzx', 'after']);
  });

  it('keeps nothing from one draft for the next (link references are per draft)', () => {
    assert.deepEqual(words('[Qzx][r]\n\n[r]: /u'), ['Qzx']);
    assert.deepEqual(words('[Qzx][r]'), ['Qzx', 'r']);
  });

  it('reads the body after front matter as Markdown, and survives NUL characters', () => {
    assert.deepEqual(words('---\ntitle: x\n---\n# Qzx *head*\n\nBody\u0000text.'), ['Qzx', 'head', 'Body', 'text']);
  });
});
