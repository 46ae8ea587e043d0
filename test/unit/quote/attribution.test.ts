import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import type { Attribution } from '../../../src/engine/model/types';

/** Attribution of each top-level quotation as `form speaker (kind)`, or `none`. */
function attributions(text: string): string[] {
  const model = buildModel(text, { languageId: 'markdown', config: {} });
  return model.quotations.filter((q) => q.parent === -1).map((q) => show(q.attribution));
}
const show = (a: Attribution | undefined) => (a ? `${a.form} ${a.speakerText ?? '-'} (${a.speakerKind})${a.acrossParagraphs ? ' across' : ''}` : 'none');

describe('attribution layer', () => {
  describe('forms', () => {
    const cases: [string, string, string[]][] = [
      ['said-after, speaker first', '"We will not back down," Rutte said.', ['said-after Rutte (surname)']],
      ['said-after, verb first', '"We will not back down," said Mark Rutte.', ['said-after Mark Rutte (named)']],
      ['said-after with an apposition', '"Every hour counts," said David Okafor, a spokesman for the regulator.', ['said-after David Okafor (named)']],
      ['said-after across a full stop', '"We will not back down." Rutte said on Monday.', ['said-after Rutte (surname)']],
      ['a new statement after a full stop is not an attribution', '"We will not back down." The minister said the talks failed and left.', ['none']],
      ['said-before', 'He told Reuters, "The border remains closed."', ['said-before He (pronoun)']],
      ['colon', 'Rutte said: "We will not back down."', ['colon Rutte (surname)']],
      ['colon with an apposition', 'James Cridland, head of new media at Virgin Radio, said: "It places radio at the heart of it."', ['colon James Cridland (named)']],
      ['speaker label without a verb', 'BBC Two controller Roly Keating: "It is an exciting new era for the show."', ['colon BBC Two controller Roly Keating (named)']],
      ['according to', '"The border remains closed," according to a statement from the ministry.', ['according-to a statement (organisation)']],
      ['partial quote', 'Mrs Robinson said the ruling was "in line with international legal opinion and overdue".', ['partial Mrs Robinson (title-surname)']],
      ['fragment whose verb comes later', 'Growth needs "sustained and deep reform efforts over many years", the IMF said.', ['said-after the IMF (organisation)']],
      ['told with an object', '"We are ready," the minister told reporters.', ['said-after the minister (unknown)']],
      ['wrote / posted / asked / insisted', '"We need money," Ana Ruiz wrote. "Where is it?" asked Tom Hale. "Never," Hale insisted.', ['said-after Ana Ruiz (named)', 'said-after Tom Hale (named)', 'said-after Hale (surname)']],
      ['anonymous source', '"Every hour counts," said a former aide to former Ukrainian President Leonid Kuchma.', ['said-after a former aide (anonymous)']],
      ['organisation', '"Profits rose," a spokesman for the company said.', ['said-after a spokesman (organisation)']],
      ['a surname that is also a word', 'Theresa May, the shadow secretary, said: "We have a plan."', ['colon Theresa May (named)']],
      ['capitalised words inside a title', '"We are not convinced," said Treasury Under Secretary John Taylor.', ['said-after Treasury Under Secretary John Taylor (named)']],
      ['peers are named in full', '"Results were strong," BP chief executive Lord Browne said.', ['said-after BP chief executive Lord Browne (named)']],
    ];
    for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(attributions(text), expected));
  });

  describe('continuation', () => {
    it('carries the speaker on within the paragraph', () => {
      assert.deepEqual(attributions('"We will not back down," Rutte said. "Our allies know it."'), ['said-after Rutte (surname)', 'continuation Rutte (surname)']);
    });
    it('attributes an interrupted quote to the same speaker', () => {
      assert.deepEqual(attributions('"We are prepared to pay," Trump said, "but the burden must be shared by everyone."'), ['said-after Trump (surname)', 'said-before Trump (surname)']);
    });
    it('takes the speaker of reported speech earlier in the paragraph', () => {
      assert.deepEqual(attributions('Mr Abbas said such attacks were wrong. "We believe peace is possible now."'), ['continuation Mr Abbas (title-surname)']);
    });
    it('follows a participle back to its subject', () => {
      assert.deepEqual(attributions('"By buying from the US, we are stronger," Rutte said, adding that it would "create a win-win for all parties involved."'), [
        'said-after Rutte (surname)',
        'partial Rutte (surname)',
      ]);
    });
    it('does not carry a speaker into a paragraph after one that only named someone', () => {
      assert.deepEqual(attributions('Mark Rutte visited Kyiv on Monday.\n\n"We will not back down."'), ['none']);
    });
    it('carries the speaker of a quote that closed the paragraph before, marked as crossing paragraphs', () => {
      assert.deepEqual(attributions('"We will not back down," Rutte said.\n\n"Our allies know it."'), ['said-after Rutte (surname)', 'continuation Rutte (surname) across']);
    });
    it('follows the multi-paragraph convention', () => {
      assert.deepEqual(attributions('Rutte said: "We will not back down.\n\n"Our allies know it.\n\n"And so does Moscow."'), [
        'colon Rutte (surname)',
        'multi-paragraph Rutte (surname)',
        'multi-paragraph Rutte (surname)',
      ]);
    });
    it('leaves terms unattributed as speech but lets them name the speaker of later quotes', () => {
      const model = buildModel('Mr Whittingdale said the bill was a "shambles". "This is a further humiliating retreat."', { languageId: 'markdown', config: {} });
      assert.deepEqual(model.quotations.map((q) => q.kind), ['term', 'speech']);
      assert.equal(model.quotations[1].attribution?.speakerText, 'Mr Whittingdale');
    });
  });
});
