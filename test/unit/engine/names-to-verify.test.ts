import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../../src/engine/model/build';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { dictionaryFor } from '../../../src/engine/dictionary/word-list';
import { namesToVerify } from '../../../src/engine/names-to-verify';

function names(text: string) {
  const model = buildModel(text, { languageId: 'markdown', config: { ...DEFAULT_CONFIG } });
  const dictionary = dictionaryFor('en-US');
  return namesToVerify(model, (lower) => dictionary.has(lower)).map((n) => [n.name, n.count, text.slice(n.spans[0].start, n.spans[0].end)]);
}

describe('engine: names to verify', () => {
  it('lists each person once, with the title split off, in order of first use', () => {
    const text = 'Mayor Ellen Hartwell opened the bridge in Riverside on Monday. Hartwell said the Riverside bridge was late. The council agreed.';
    assert.deepEqual(names(text), [['Ellen Hartwell', 2, 'Ellen Hartwell']]);
  });

  it('counts a possessive as a use of the name, and leaves out places the gazetteer knows', () => {
    assert.deepEqual(names("The talks in Warsaw failed. Zbrzyce's mayor left, and the Zbrzyce envoy stayed."), [['Zbrzyce', 2, 'Zbrzyce']]);
  });

  it('drops titles, calendar words and ordinary sentence-initial words', () => {
    const text = 'Later, Mr Okonkwo spoke. Later still, the mayor left on Friday, March 1.';
    assert.deepEqual(names(text), [['Okonkwo', 1, 'Okonkwo']]);
  });

  it('groups a person\'s variants: full name, surname, hyphenated surname', () => {
    const model = buildModel('Rep. Mary Kilroy-Silk spoke. "No," Kilroy-Silk said. Ms Kilroy-Silk left.', { languageId: 'markdown', config: { ...DEFAULT_CONFIG } });
    assert.deepEqual(namesToVerify(model).map((n) => [n.name, n.count, n.variants]), [['Mary Kilroy-Silk', 3, ['Mary Kilroy-Silk', 'Kilroy-Silk']]]);
  });

  it('on a 600-word AP story with six people, lists each real name once and no place, party or title word', () => {
    const text = readFileSync(join(__dirname, '../../../examples/names-story.md'), 'utf8');
    const model = buildModel(text, { languageId: 'markdown', config: { ...DEFAULT_CONFIG } });
    const listed = namesToVerify(model, (lower) => dictionaryFor('en-US').has(lower));
    assert.deepEqual(
      listed.map((n) => `${n.kind} ${n.name}: ${n.variants.join(' / ')}`),
      [
        'person Andrea Valdespino: Andrea Valdespino / Valdespino',
        'person Marcus Okonjo-Reyes: Marcus Okonjo-Reyes / Okonjo-Reyes',
        'person Dana Pruitt: Dana Pruitt / Pruitt',
        'person Claire Whitcombe: Claire Whitcombe / Whitcombe',
        'organisation Velmora Engineering: Velmora Engineering',
        'other Franklinton: Franklinton',
        'person Theo Landsverk: Theo Landsverk',
        'person Loretta Fairbanks: Loretta Fairbanks / Fairbanks',
      ],
    );
    const words = listed.flatMap((n) => n.variants.join(' ').split(/\s+/));
    for (const word of ['Ohio', 'Senate', 'Rep', 'Sen', 'Republican', 'Democrat', 'Transportation', 'Department', 'Columbus', 'Mayor']) assert.ok(!words.includes(word), word);
  });
});
