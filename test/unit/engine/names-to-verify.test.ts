import * as assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { dictionaryFor } from '../../../src/engine/dictionary/word-list';
import { namesToVerify } from '../../../src/extension/names';

function names(text: string) {
  const model = buildModel(text, { languageId: 'markdown', config: { ...DEFAULT_CONFIG } });
  const dictionary = dictionaryFor('en-US');
  return namesToVerify(model, (lower) => dictionary.has(lower)).map((n) => [n.name, n.count, text.slice(n.spans[0].start, n.spans[0].end)]);
}

describe('extension: names to verify', () => {
  it('lists multi-word names with their counts, in order of first use', () => {
    const text = 'Mayor Ellen Hartwell opened the bridge in Riverside on Monday. Hartwell said the Riverside bridge was late. The council agreed.';
    assert.deepEqual(names(text), [
      ['Ellen Hartwell', 1, 'Ellen Hartwell'],
      ['Riverside', 2, 'Riverside'],
      ['Hartwell', 1, 'Hartwell'],
    ]);
  });

  it('counts a possessive as a use of the name', () => {
    assert.deepEqual(names("The talks in Warsaw failed. Warsaw's mayor left, and Kyiv’s envoy stayed."), [
      ['Warsaw', 2, 'Warsaw'],
      ['Kyiv', 1, 'Kyiv'],
    ]);
  });

  it('drops titles, calendar words and ordinary sentence-initial words', () => {
    const text = 'Later, Mr Okonkwo spoke. Later still, the mayor left on Friday, March 1.';
    assert.deepEqual(names(text), [['Okonkwo', 1, 'Okonkwo']]);
  });
});
