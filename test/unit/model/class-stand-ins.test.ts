import assert from 'node:assert/strict';
import { madeUpTexts } from '../../helpers/made-up-texts';
import { standInPattern, standInSearch, withStandIns } from '../../../src/engine/model/class-stand-ins';
import { ATTRIBUTION_AFTER_SOURCE, ATTRIBUTION_SENTENCE_AFTER_SOURCE } from '../../../src/engine/model/missing-marks';
import { SWALLOWED_SOURCE } from '../../../src/engine/model/swallowed-clause';

/**
 * The stand-in search against the pattern itself, on made-up texts of attribution clauses whose
 * names, letters and marks come from every class the stand-ins cover (capitals and small letters
 * of other scripts, combining marks, numerals, symbols, white space outside ASCII, the curly
 * marks the patterns name) and from outside the Basic Multilingual Plane, where the pattern itself answers.
 */
const PIECES = [
  ', she said', ', said Smith', ', said Élodie Dupont', ', Ünal added', ', the minister told the BBC', ' said', ' added', ' told', 'Smith', 'É',
  'é', 'ß', 'İ', 'ǅ', 'e\u0301', '\u0301', '²', '٣', '中文', '—', '…', '¤', 'À', 'à', '\u00a0', '\u2009', '’', '‘', '“', '”', '«', '»', "'",
  '"', ', ', '. ', '! ', '? ', '.', ' on Tuesday', ' in Paris', ' that', ' the', ' he', ' I', ' also', '𝐀', '𝐀lex', '😀', '\ud835', 'Mr.',
  ' and', ' of', ' asked', ', asked Ms Ōta', '. He said', '. Ōta added', '. Smith later said', '5', 'x', '  ', '\n', ';', ':', '&', '-',
];

const TEXTS = 6_000;

describe('text model: patterns with Unicode classes run on stand-ins for characters outside ASCII', () => {
  const texts = madeUpTexts(PIECES, { count: TEXTS, seed: 7, maxPieces: 10 });

  for (const [name, source] of Object.entries({ SWALLOWED_SOURCE, ATTRIBUTION_AFTER_SOURCE, ATTRIBUTION_SENTENCE_AFTER_SOURCE })) {
    it(`finds what ${name} finds, where it finds it, on every text`, () => {
      const pattern = new RegExp(source, 'u');
      const search = standInSearch(source, 'u');
      let found = 0;
      for (const text of texts) {
        const expected = pattern.exec(text)?.index ?? -1;
        assert.equal(search(text), expected, JSON.stringify(text));
        if (expected >= 0) found++;
      }
      assert.ok(found > TEXTS / 50 && found < TEXTS - TEXTS / 50, `${found} of ${TEXTS} found`);
    });
  }

  it('keeps ASCII, white space and the curly marks, stands in for the rest by class, and leaves a surrogate to the pattern', () => {
    assert.equal(withStandIns('Said “Ōta” e\u0301 ² ٣ — x\u00a0y'), 'Said “Àta” e\u0300 ² ² ¤ x\u00a0y');
    const ascii = 'plain ASCII, she said.';
    assert.equal(withStandIns(ascii), ascii);
    assert.equal(withStandIns('𝐀lex'), undefined);
  });

  it('reads each property class as its ASCII ranges and stand-in, inside and outside brackets, and refuses any other', () => {
    assert.equal(standInPattern(String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.-]*\s\.`), String.raw`[A-ZÀ][A-Za-zÀà̀0-9²'’.-]*\s\.`);
    assert.throws(() => standInPattern(String.raw`\p{Ll}`), /no stand-in/);
    assert.throws(() => standInPattern(String.raw`\P{L}`), /no stand-in/);
  });
});
