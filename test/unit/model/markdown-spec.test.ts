import assert from 'node:assert/strict';
import { compareWithParser, specExamples } from '../../../bench/lib/spec-agreement';
import { maskDraft } from '../../../src/engine/model/mask';

/**
 * The mask against markdown-it on every CommonMark spec example (bench/mask-vs-parser.ts
 * prints the same count with the sections). The examples it differs on, all deliberate:
 * 3 whose entities decode to letters (the prose keeps the draft's offsets, so an entity
 * is blanked, never decoded), and 7 where the prose holds a URL, an e-mail address, a
 * handle or a hashtag, which the mask skips in any draft (Markdown or plain text).
 */
const AGREEING_EXAMPLES = 642;

describe('text model: the Markdown mask on the CommonMark spec', () => {
  const examples = specExamples();
  const result = compareWithParser(examples, (text) => maskDraft(text, true, 0).prose);

  it(`leaves the same prose words as markdown-it on at least ${AGREEING_EXAMPLES} of ${examples.length} examples`, () => {
    const differing = result.disagreements.map((e) => `#${e.number} ${e.section}`);
    assert.ok(result.agree >= AGREEING_EXAMPLES, `${result.agree} agree; differing: ${differing.join(', ')}`);
  });

  it('keeps every example the same length, with each character either the draft\'s own or a blank', () => {
    for (const example of examples) {
      const text = example.markdown.replace(/→/g, '\t');
      const prose = maskDraft(text, true, 0).prose;
      assert.equal(prose.length, text.length, `#${example.number}`);
      for (let i = 0; i < text.length; i++) assert.ok(prose[i] === text[i] || prose[i] === ' ', `#${example.number} at ${i}`);
    }
  });
});
