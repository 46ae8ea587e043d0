import assert from 'node:assert/strict';
import { madeUpTexts } from '../../helpers/made-up-texts';
import { FINITE_VERB_ALTERNATION, VERB_ALTERNATION, attributionVerbPattern } from '../../../src/engine/model/speech-verbs';
import { colonAfterVerb, forEachAttributionVerb, nextFiniteVerb, spokenRightBefore } from '../../../src/engine/model/verb-runs';

/**
 * The scanners of verb-runs.ts against the patterns they replace, on made-up texts built from
 * pieces that sit on every edge those patterns have: verbs in any case, phrases with one space or
 * two, `of`/`to`/`be` and words that only start so, letters that fold into ASCII (`ſ`, the Kelvin
 * sign), letters outside ASCII and outside the Basic Multilingual Plane, surrogates alone, digits,
 * apostrophes, hyphens and the punctuation around quotes.
 */
const PIECES = [
  'said', 'Said', 'SAID', 'ſaid', 'asKs', 'asks', 'told', 'telling', 'e-mailed', 'went', 'on', 'went on', 'Went  on', 'according', 'to',
  'according to', 'pointed out', 'hit out', 'that', 'THAT', 'of', 'Of', 'often', 'to-do', 'toſ', 'tok', 'be', 'being', 'be’s', "of's",
  'the', 'minister', 'Smith', 'Élysée', 'née', '𝐀', '𝐀said', 'said𝐀', '\ud835', '\udc00', '😀', '😀said', '5', 'said5', "'", '’', '-',
  ' ', ' ', '  ', '\u00a0', '\n', ',', ':', '.', ';', '"', '“', 'x', 'unsaid', 'saidx', 'adds', 'claims', 'states',
];

const SPOKEN_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}'’-])(?:that|${VERB_ALTERNATION})(?:\\s+(?!of\\b|to\\b|be\\b)[\\p{L}'’-]+){0,2}[\\s,:]*$`, 'iu');
const ANY_FINITE_VERB = new RegExp(String.raw`(?<![\p{L}'’-])(?:${FINITE_VERB_ALTERNATION})(?![\p{L}'’-])`, 'u');
const VERB = attributionVerbPattern();
const TEXTS = 20_000;

describe('text model: attribution verbs read by runs, as their patterns read them', () => {
  const texts = madeUpTexts(PIECES, { count: TEXTS, seed: 13, maxPieces: 8, spaced: 0.5 });

  it('spokenRightBefore answers as SPOKEN_RIGHT_BEFORE on every text', () => {
    let spoken = 0;
    for (const text of texts) {
      const expected = SPOKEN_RIGHT_BEFORE.test(text);
      assert.equal(spokenRightBefore(text), expected, JSON.stringify(text));
      if (expected) spoken++;
    }
    // Both answers are common among the texts, so neither side goes untested.
    assert.ok(spoken > TEXTS / 10 && spoken < TEXTS - TEXTS / 10, `${spoken} of ${TEXTS} spoken`);
  });

  it('nextFiniteVerb finds where ANY_FINITE_VERB first matches on every text', () => {
    let found = 0;
    for (const text of texts) {
      const expected = ANY_FINITE_VERB.exec(text)?.index ?? -1;
      assert.equal(nextFiniteVerb(text), expected, JSON.stringify(text));
      if (expected >= 0) found++;
    }
    assert.ok(found > TEXTS / 10 && found < TEXTS - TEXTS / 10, `${found} of ${TEXTS} with a verb`);
  });

  it('forEachAttributionVerb visits the matches of VERB, in order, on every text', () => {
    for (const text of texts) {
      const expected = [...text.matchAll(VERB)].map((m) => [m.index, m.index + m[0].length]);
      const visited: number[][] = [];
      forEachAttributionVerb(text, (start, end) => visited.push([start, end]));
      assert.deepEqual(visited, expected, JSON.stringify(text));
    }
  });

  it('colonAfterVerb ends where ^[^,:.]{0,30}[:,]\\s* does after each verb, on every text', () => {
    const colon = /^[^,:.]{0,30}[:,]\s*/;
    let found = 0;
    // Longer texts too, so that colons beyond the reach (counted in UTF-16 units, as the pattern counts) come up.
    for (const text of [...texts, ...madeUpTexts(PIECES, { count: 5_000, seed: 30, maxPieces: 24, spaced: 0.5 })]) {
      forEachAttributionVerb(text, (_, end) => {
        const m = colon.exec(text.slice(end));
        assert.equal(colonAfterVerb(text, end), m ? end + m[0].length : -1, JSON.stringify(text));
        if (m) found++;
      });
    }
    assert.ok(found > 100, `${found} colons found`);
  });
});
