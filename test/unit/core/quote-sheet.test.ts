import * as assert from 'node:assert/strict';
import { escapeMarkdown, quotationAt, quoteSheet, speakerHints, speakerHoverMarkdown } from '../../../src/core/quote-sheet';
import { analyze } from '../../../src/index';

const STORY = [
  'LONDON (AP) — The council met on Monday.',
  '',
  '"The bridge will open in spring," said Marcus Bell, the council leader. "We kept our word."',
  '',
  '"Nobody asked us," said a senior official.',
  '',
].join('\n');

describe('quote sheet: whom each quotation is credited to', () => {
  const { model } = analyze(STORY, { filePath: 'story.md' });

  it('gives one row per quotation with line, first words, speaker and how the speaker was found', () => {
    assert.deepEqual(
      quoteSheet(model).map((r) => [r.line, r.firstWords, r.speaker, r.source, r.anonymous, r.unattributed]),
      [
        [3, 'The bridge will open in spring,', 'Marcus Bell', 'same sentence', false, false],
        [3, 'We kept our word.', 'Marcus Bell', 'same paragraph', false, false],
        [5, 'Nobody asked us,', 'a senior official', 'same sentence', true, false],
      ],
    );
  });

  it('puts an inlay hint after each closing mark', () => {
    const hints = speakerHints(model);
    assert.deepEqual(hints.map((h) => [STORY.slice(h.offset - 2, h.offset), h.label]), [
      [',"', '— Marcus Bell'],
      ['."', '— Marcus Bell'],
      [',"', '— a senior official'],
    ]);
    assert.equal(STORY.slice(0, hints[0].offset).split('\n').pop(), '"The bridge will open in spring,"');
  });

  it('explains the speaker on hover, marking an anonymous source', () => {
    const at = (text: string) => quotationAt(model, STORY.indexOf(text))!;
    assert.equal(speakerHoverMarkdown(model, at('We kept')), '**Copydesk · Quote by Marcus Bell**\n\nSpeaker found: same paragraph.');
    assert.equal(speakerHoverMarkdown(model, at('Nobody')), '**Copydesk · Quote by a senior official** (anonymous source)\n\nSpeaker found: same sentence.');
    assert.equal(quotationAt(model, STORY.indexOf('council met')), undefined);
  });

  it('says so when no speaker was found', () => {
    const bare = analyze('The council met.\n\n"Nobody asked us."\n', { filePath: 'bare.md' }).model;
    assert.equal(speakerHoverMarkdown(bare, quotationAt(bare, bare.text.indexOf('Nobody'))!), '**Copydesk · Quote with no speaker found**');
    assert.deepEqual(speakerHints(bare), []);
  });

  it('escapes Markdown with plain spaces, so a hover wraps between words', () => {
    assert.equal(escapeMarkdown('Names *matter* — see [docs] and `code`.'), 'Names \\*matter\\* — see \\[docs\\] and \\`code\\`.');
    assert.equal(escapeMarkdown('- a list? 1. no'), '\\- a list? 1. no');
    assert.ok(!escapeMarkdown('a b c').includes('&nbsp;'));
  });
});
