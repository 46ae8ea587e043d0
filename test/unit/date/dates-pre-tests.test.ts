import assert from 'node:assert/strict';
import { DAY_BEFORE, mayEndInDay } from '../../../src/engine/model/dates';
import { seededRandom as random } from '../../helpers/seeded-random';

/*
 * readAroundMonth runs DAY_BEFORE on the twelve characters before a month word only when
 * mayEndInDay says it could match. On made-up windows (digits, ordinals, "of", every kind of white
 * space, Unicode letters and digits, punctuation), mayEndInDay must say yes wherever DAY_BEFORE matches.
 */

const PIECES = ['1', '15', '3', '31', '123', 'st', 'nd', 'rd', 'th', 'TH', 'of', 'OF', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff',
  'é', 'Ж', '٣', '①', '.', ',', ':', '/', '-', '–', '(', 'a', 'May', 'on'];

describe('mayEndInDay', () => {
  it('never turns away a window DAY_BEFORE matches, on 20,000 made-up windows', () => {
    const next = random(15);
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      let before = '';
      for (let n = Math.floor(next() * 7); n > 0; n--) before += PIECES[Math.floor(next() * PIECES.length)];
      const prose = `${before}March 2005`;
      const at = before.length;
      const windowStart = Math.max(0, at - 12);
      if (DAY_BEFORE.exec(prose.slice(windowStart, at))) {
        matched++;
        assert.ok(mayEndInDay(prose, windowStart, at), JSON.stringify(before));
      }
    }
    assert.ok(matched > 200, `only ${matched} windows matched`);
  });
});
