import assert from 'node:assert/strict';
import { madeUpTexts } from '../../helpers/made-up-texts';
import { SWALLOWED_SOURCE, swallowedClauseComma } from '../../../src/engine/model/swallowed-clause';

/**
 * swallowedClauseComma, which reads SWALLOWED_SOURCE in parts around each verb, against the whole
 * pattern on made-up windows: speakers before and after their verbs (pronouns, determined roles,
 * names with joiners and appositives, letters outside ASCII), `told`/`asked` and whom, circumstances
 * (`on Tuesday`, a name, `that`), several commas and verbs in one window, verbs glued to other
 * letters, and windows with a character outside the Basic Multilingual Plane.
 */
const PIECES = [
  ', she said', ', he added', ' said', ' added', ' says', ' told', ' asked', ' also said', ' later told', ' e-mailed', ' wrote', ' noted', ' believes',
  ', said Smith', ', said the minister', ', said union leader Vincenzo Lilliu', ', Élodie Dupont said', ', Ünal added', ', the party’s spokesman said',
  ', told the BBC', ', she told Reuters news agency', ', asked Ms Ōta', ', Smith, vice chairman of Acme Corp, said', ', Jean de la Fontaine wrote',
  ' on Tuesday', ' in Paris', ' at the meeting', ' that', ' the', ' of', ' and', ' we will', ' not', ' back down', ' We', ' Mr.', ' U.S.', ' Smith',
  ' Smith Jones', ' the BBC', ', ', ', ', '? ', '! ', '. ', '.', '?', '!', ';', ':', '"', '’', '“', '\n', '  ', 'saidx', 'unsaid', '5',
  ' 𝐀lex said', '😀', ' é', ' ²',
];

const WINDOWS = 20_000;

describe('text model: the attribution clause a quote swallowed, read around its verbs', () => {
  it('finds the comma SWALLOWED_SOURCE finds on every window', () => {
    const pattern = new RegExp(SWALLOWED_SOURCE, 'u');
    let found = 0;
    for (const window of madeUpTexts(PIECES, { count: WINDOWS, seed: 500, maxPieces: 12 })) {
      const expected = pattern.exec(window)?.index ?? -1;
      assert.equal(swallowedClauseComma(window), expected, JSON.stringify(window));
      if (expected >= 0) found++;
    }
    assert.ok(found > WINDOWS / 10 && found < WINDOWS - WINDOWS / 10, `${found} of ${WINDOWS} found`);
  });
});
