import assert from 'node:assert/strict';
import { madeUpTexts } from '../../helpers/made-up-texts';
import { INSCRIPTION_CONTEXT_SOURCE, NAMING_CONTEXT_SOURCE, isInscriptionContext, isNamingContext } from '../../../src/engine/model/quotation-context';

/**
 * The spelt-out, case-sensitive forms of NAMING_CONTEXT and INSCRIPTION_CONTEXT (and the quick test in
 * front of the second) answer as the case-blind patterns first written, on made-up texts of the
 * patterns' words in any case, `ſ` and the Kelvin sign (which fold into ASCII), U+0345 (which folds
 * into a letter), words that only start or end like them, and the punctuation around quotes.
 */
const PIECES = [
  'the', 'slogan', 'SLOGANS', 'ſlogan', 'sloganeer', 'to', 'TO', 'mean', 'Mean', 'means', 'meaning', 'define', 'defines', 'DEFINES', 'as', 'stands',
  'for', 'known', 'billed', 'words', 'word', 'swords', 'cry', 'catchphrase', 'question', 'questions', 'message', 'messages', 'title', 'entitled',
  'written', 'WRITTEN', 'printed', 'painted', 'inſcribed', 'ſcrawled', 'carved', 'stamped', 'etched', 'unwritten', 'embedded', 'on', 'ON', 'onto',
  'over', 'across', 'written on', 'Painted  ACROSS', 'etched\nover', 'stamped onto', 'about', 'at', 'it', 'a', 'wall', 'Élodie', 'caf\u00e9', '\u212aelvin', 'ma\u212Ae', 'x1', 'Word\u0345', '\u0345', 'ß', 'İ', '_', '5', ',', ':', '—', '-', '.', '!',
  '"', '’', "'", ' ', ' ', ' ', '\u00a0', '\n', '  ',
];

const TEXTS = 30_000;

describe('text model: the words before a quote that name it or say it is written on something', () => {
  const texts = madeUpTexts(PIECES, { count: TEXTS, seed: 40, maxPieces: 7, spaced: 0.7 });

  for (const [name, quick, pattern] of [
    ['NAMING_CONTEXT', isNamingContext, new RegExp(NAMING_CONTEXT_SOURCE, 'iu')],
    ['INSCRIPTION_CONTEXT', isInscriptionContext, new RegExp(INSCRIPTION_CONTEXT_SOURCE, 'iu')],
  ] as const) {
    it(`answers as ${name} on every text`, () => {
      let matched = 0;
      for (const text of texts) {
        const expected = pattern.test(text);
        assert.equal(quick(text), expected, JSON.stringify(text));
        if (expected) matched++;
      }
      assert.ok(matched > TEXTS / 100 && matched < TEXTS / 2, `${matched} of ${TEXTS} matched`);
    });
  }
});
