import { isSpaceCode } from './char-class';

/**
 * What the words before a quote say it is: a name given (`the slogan "…"`) or words written on
 * something (`written on it, "…"`), read from the 40 characters before its opening mark.
 *
 * Each pattern is case-blind (flags `iu`) and unanchored, so it was tried at every character of
 * those 40, for every quote. A test of a few character codes first settles most quotes the
 * same way (it fails only where the pattern cannot match): on reuters-world, 10 of the 380 texts
 * NAMING_CONTEXT read and 119 of the 3,913 INSCRIPTION_CONTEXT read pass it (bbc-news: 89 of 2,815
 * and 372 of 7,391). test/unit/model/quotation-context.test.ts holds both answers to the patterns.
 */

export const NAMING_CONTEXT =
  /\b(?:to mean|means|meaning|defines?\s+[\p{L}\s]{1,30}?\s+as|stands for|headlines?|slogans?|words?|cry|mantra|titled|entitled|title|motto|banner|caption|phrase|tagline|catchphrase|question|known as|billed as|dubbed|nicknamed|branded|messages?)\b(?:\s+[\p{L}']+){0,2}\s*[:,—–-]?\s*$/iu;
/** Words painted, printed or written on something are an inscription, not speech: `see written on it, "Are you strong enough?"`. */
export const INSCRIPTION_CONTEXT = /\b(?:written|printed|painted|inscribed|engraved|emblazoned|scrawled|carved|stamped|etched)\s+(?:on|across|onto|over)\s+[^,.;:!?"“”‘’]{1,30}?\s*[,:]?\s*$/iu;

/** Headlines, slogans and questions quoted by name: `the slogan`, `known as`, `to mean`. */
export const isNamingContext = (before: string) => hasNamingWord(before) && NAMING_CONTEXT.test(before);

export const isInscriptionContext = (before: string) => hasParticipleThenPreposition(before) && INSCRIPTION_CONTEXT.test(before);

/** The first words of NAMING_CONTEXT's alternatives, in lower case. */
const NAMING_WORDS = new Set([
  'means', 'meaning', 'define', 'defines', 'stands', 'headline', 'headlines', 'slogan', 'slogans', 'word', 'words', 'cry', 'mantra', 'titled',
  'entitled', 'title', 'motto', 'banner', 'caption', 'phrase', 'tagline', 'catchphrase', 'question', 'known', 'billed', 'dubbed', 'nicknamed',
  'branded', 'message', 'messages',
]);

/** `\w` as a pattern with flags `iu` reads it: ASCII letters, digits, `_`, and `ſ` and the Kelvin sign, which fold into ASCII. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
const foldCode = (c: number) => (c === 0x17f ? 115 : c === 0x212a ? 107 : c >= 65 && c <= 90 ? c | 32 : c);

/**
 * Whether some whole run of `\w` is one of NAMING_WORDS (folded), or `to` before a space and an `m`:
 * each alternative of NAMING_CONTEXT opens with such a run, `\b` on both sides.
 */
function hasNamingWord(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let word = '';
    for (; end < text.length && isWordCode(text.charCodeAt(end)); end++) if (end - i < 12) word += String.fromCharCode(foldCode(text.charCodeAt(end)));
    if (end - i <= 11 && NAMING_WORDS.has(word)) return true;
    if (word === 'to' && text.charCodeAt(end) === 32 && foldCode(text.charCodeAt(end + 1)) === 109) return true;
    i = end;
  }
  return false;
}

/**
 * Whether `ed` or `en` (any case) comes right before white space and an `o` or an `a`: every participle
 * of INSCRIPTION_CONTEXT ends so, and every preposition after it starts so.
 */
function hasParticipleThenPreposition(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const last = text.charCodeAt(i) | 32;
    if ((last !== 100 && last !== 110) || (text.charCodeAt(i - 1) | 32) !== 101 || !isSpaceCode(text.charCodeAt(i + 1))) continue;
    let next = i + 1;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    const first = text.charCodeAt(next) | 32;
    if (first === 111 || first === 97) return true;
  }
  return false;
}
