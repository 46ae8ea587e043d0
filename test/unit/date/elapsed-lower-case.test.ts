import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import { keywordsIn } from '../../../src/engine/model/elapsed';
import { seededRandom as random } from '../../helpers/seeded-random';

/*
 * findElapsedStatements reads the prose in lower case with plain patterns, and falls back to the
 * case-blind patterns when lower case would change the letters (a Kelvin sign anywhere in the
 * draft). Both ways must find the same statements: each made-up draft is read as it is and with a
 * Kelvin sign in a paragraph of its own after it, which sends it down the case-blind way.
 */

const FRAGMENTS = [
  'enters its eighth year', 'entered their 12th straight year', 'marks the twenty-fifth anniversary', 'its 20th anniversary',
  'ten years after', 'three years since', 'a year into', 'for the past five years', 'over the last 10 years', 'two decades since',
  'a decade after', 'founded in 1998', 'since 2014', 'began on 24 February 2022', 'launched in March 2001', 'more than', 'nearly',
  'year', 'years', 'yearly', 'anniversary', 'anniversarys', 'versary', 'niversary', 'decade', 'decades', 'cade', 'arcade',
  'Zürich', 'café', 'ßyear', 'éanniversary', 'decadeé', 'year’s', "decade's", 'mid-year', 'anni-versary', 'the', 'its', 'their',
  'in', 'into', 'since', 'after', 'war', 'Kyiv', 'the firm', 'seventeenth', 'ninety-ninth', '123rd', '7',
];
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00a0', ', ', '. ', '-', '\n', ' — '];

function madeUpDraft(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  for (let i = 0, n = 10 + Math.floor(next() * 60); i < n; i++) {
    let fragment = pick(FRAGMENTS);
    const casing = next();
    if (casing < 0.15) fragment = fragment.toUpperCase();
    else if (casing < 0.3) fragment = [...fragment].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
    parts.push(fragment, pick(GAPS));
  }
  return `${parts.join('')}.`;
}

const statements = (text: string) => buildModel(text, { languageId: 'plaintext', config: { referenceDate: '2025-07-16' }, today: '2025-07-16' }).elapsed;

describe('elapsed statements in lower case', () => {
  it('finds what the case-blind patterns find, on 400 made-up drafts', () => {
    const next = random(20261203);
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const text = madeUpDraft(next);
      const expected = statements(`${text}\n\n\u212a`);
      assert.deepEqual(statements(text), expected, text);
      found += expected.length;
    }
    // The drafts must hold statements for the comparison to say anything.
    assert.ok(found > 200, `only ${found} statements`);
  });

  it('finds the keywords the case-blind pattern finds, searching from a rare letter', () => {
    const next = random(3);
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const text = madeUpDraft(next);
      const expected = keywordsIn(text, undefined);
      assert.deepEqual(keywordsIn(text, text.toLowerCase()), expected, text);
      found += expected.length;
    }
    assert.ok(found > 2000, `only ${found / 2} keywords`);
  });
});
