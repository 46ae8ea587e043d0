import assert from 'node:assert/strict';
import { readDataLines } from '../../../src/engine/dictionary/files';
import { dialectOfSpelling } from '../../../src/engine/dictionary/word-list';
import { WordShapeFilter } from '../../../src/engine/dictionary/word-shape-filter';

describe('WordShapeFilter', () => {
  it('lets through every word added, and rules out most others', () => {
    const filter = new WordShapeFilter();
    const added = ['colour', 'Colour', 'organise', 'travelled', 'centre', 'a'];
    for (const word of added) filter.add(word);
    for (const word of added) assert.equal(filter.mayHave(word), true, word);
    const others = 'the of and to in is was for that on with said by at from his as be it has have'.split(' ');
    assert.ok(others.filter((w) => filter.mayHave(w)).length <= 1);
  });

  it('leaves dialectOfSpelling as the pairs file says, both sides and capitalised', () => {
    let checked = 0;
    for (const line of readDataLines('variants')) {
      const [gb, us, both] = line.split('\t');
      assert.equal(dialectOfSpelling(gb), 'en-GB', gb);
      assert.equal(dialectOfSpelling(gb[0].toUpperCase() + gb.slice(1)), 'en-GB', gb);
      if (!both && dialectOfSpelling(us) !== 'en-GB') {
        assert.equal(dialectOfSpelling(us), 'en-US', us);
        checked++;
      }
    }
    assert.ok(checked > 1000);
    assert.equal(dialectOfSpelling('the'), undefined);
  });
});
