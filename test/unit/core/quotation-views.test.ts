import * as assert from 'node:assert/strict';
import { quotationHoverAt, quotationViews, speakerHintsFrom } from '../../../src/core/quotation-views';
import { quoteSheet, speakerHints } from '../../../src/core/quote-sheet';
import { analyze } from '../../../src/index';

const STORY = [
  'LONDON (AP) — The council met on Monday.',
  '',
  '"The bridge will open in spring," said Marcus Bell, the council leader. "We kept our word, \'every word\' of it."',
  '',
  '"Nobody asked us," said a senior official. "Unclosed and unattributed',
  '',
].join('\n');

describe('quotation views: hover and speaker hints without the model (a whole check in the worker)', () => {
  const { model } = analyze(STORY, { filePath: 'story.md' });
  const views = quotationViews(model);

  it('show at every offset what the model shows', () => {
    assert.equal(views.length, quoteSheet(model).length);
    assert.equal(views.length, 3);
    for (let offset = 0; offset <= STORY.length; offset++) {
      assert.deepEqual(quotationHoverAt({ model, views }, offset), quotationHoverAt({ model }, offset), `at offset ${offset}`);
    }
    assert.equal(quotationHoverAt({ model, views }, STORY.indexOf('every word'))?.hover, '**Copydesk · Quote by Marcus Bell**\n\nSpeaker found: same paragraph.');
    assert.equal(quotationHoverAt({ model, views }, STORY.indexOf('Unclosed')), undefined);
  });

  it('give the same speaker hints', () => {
    assert.deepEqual(speakerHintsFrom({ model, views }), speakerHints(model));
    assert.deepEqual(speakerHintsFrom({ model, views }).map((h) => h.label), ['— Marcus Bell', '— Marcus Bell', '— a senior official']);
  });

  it('are plain data, as a worker thread sends them', () => {
    assert.deepEqual(structuredClone(views), views);
  });
});
