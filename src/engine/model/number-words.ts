/** Number words as written in elapsed-time statements ("eighth", "twenty-five", "10th"). */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const CARDINALS = new Map<string, number>();
const ORDINALS = new Map<string, number>();
for (let n = 1; n < 100; n++) {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (n < 20) {
    CARDINALS.set(UNITS[n], n);
    ORDINALS.set(UNIT_ORDINALS[n], n);
  } else if (unit === 0) {
    CARDINALS.set(TENS[tens], n);
    ORDINALS.set(TENS_ORDINALS[tens], n);
  } else {
    CARDINALS.set(`${TENS[tens]}-${UNITS[unit]}`, n);
    ORDINALS.set(`${TENS[tens]}-${UNIT_ORDINALS[unit]}`, n);
  }
}
CARDINALS.set('a', 1);
CARDINALS.set('an', 1);
ORDINALS.set('hundredth', 100);

/**
 * Every word a number of CARDINAL_RE or ORDINAL_RE can end in (`five` of `twenty-five`), `a` and `an`
 * too: a word that is none of these ends no number those patterns match.
 */
export const NUMBER_WORD_ENDINGS: ReadonlySet<string> = new Set([...UNITS.slice(1), ...TENS.slice(2), ...UNIT_ORDINALS.slice(1), ...TENS_ORDINALS.slice(2), 'hundredth', 'a', 'an']);

const tensAlternation = TENS.slice(2).join('|');
/** Regex source for a cardinal: digits, "five", "twenty-five". */
export const CARDINAL_RE = `\\d{1,3}|(?:${tensAlternation})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).join('|')}`;
/** Regex source for an ordinal: "10th", "eighth", "twenty-fifth", "hundredth". */
export const ORDINAL_RE = `\\d{1,3}(?:st|nd|rd|th)|(?:${tensAlternation})[- ](?:${UNIT_ORDINALS.slice(1, 10).join('|')})|${[...TENS_ORDINALS.slice(2), ...UNIT_ORDINALS.slice(1)].join('|')}|hundredth`;

export function numberValue(word: string): number | undefined {
  const lower = word.toLowerCase().replace(' ', '-');
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(lower);
  if (digits) return Number(digits[1]);
  return CARDINALS.get(lower) ?? ORDINALS.get(lower);
}
