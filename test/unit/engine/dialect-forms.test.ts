import assert from 'node:assert/strict';
import { dialectFormLines, dialectFormOf } from '../../../src/engine/dictionary/dialect-forms';
import { readDataLines } from '../../../src/engine/dictionary/files';
import { dialectOfSpelling, dialectVariant } from '../../../src/engine/dictionary/word-list';

describe('dialect forms: the dialect pairs looked up in place', () => {
  it('say of each spelling what the pairs say: its side, as written and capitalised, and its other form', () => {
    let american = 0;
    for (const line of readDataLines('variants')) {
      const [gb, us, both] = line.split('\t');
      assert.equal(dialectOfSpelling(gb), 'en-GB', gb);
      assert.equal(dialectOfSpelling(gb[0].toUpperCase() + gb.slice(1)), 'en-GB', gb);
      assert.ok(dialectVariant(gb, 'en-US') !== undefined, gb);
      if (!both && dialectOfSpelling(us) !== 'en-GB') {
        assert.equal(dialectOfSpelling(us), 'en-US', us);
        assert.ok(dialectVariant(us, 'en-GB') !== undefined, us);
        american++;
      }
    }
    assert.ok(american > 1000);
    assert.equal(dialectOfSpelling('the'), undefined);
    assert.equal(dialectVariant('colour', 'en-US'), 'color');
    assert.equal(dialectVariant('color', 'en-GB'), 'colour');
    assert.equal(dialectVariant('Colour', 'en-US'), undefined, 'only lower-case forms have a variant');
  });

  it('keep the first British form of an American spelling, the last American form of a British one, and no side for a form both list', () => {
    const lines = dialectFormLines(['grey\tgray', 'greye\tgray', 'colour\tcolor', 'colour\tcolr', 'organise\torganize', 'realise\trealize\tboth']);
    const formOf = (spelling: string) => {
      const line = lines.find((l) => l.startsWith(`${spelling}\t`));
      return line === undefined ? undefined : dialectFormOf(line.slice(spelling.length + 1));
    };
    assert.deepEqual(formOf('gray'), { side: 'en-US', american: undefined, british: 'grey' });
    assert.deepEqual(formOf('colour'), { side: 'en-GB', american: 'colr', british: undefined });
    assert.deepEqual(formOf('Organize'), { side: 'en-US', american: undefined, british: undefined });
    assert.equal(formOf('realize'), undefined, 'an American form British dictionaries list too says no side');
    assert.deepEqual(formOf('realise'), { side: 'en-GB', american: 'realize', british: undefined });
    assert.equal(new Set(lines.map((l) => l.split('\t')[0])).size, lines.length, 'one line per spelling: the hash table keys them');
  });
});
