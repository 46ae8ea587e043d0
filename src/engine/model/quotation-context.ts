/**
 * What the words before a quote say it is: a name given (`the slogan "…"`) or words written on
 * something (`written on it, "…"`), read from the 40 characters before its opening mark.
 */

/** Headlines, slogans and questions quoted by name: `the slogan`, `known as`, `to mean` (as first written, flags `iu`). */
export const NAMING_CONTEXT_SOURCE = String.raw`\b(?:to mean|means|meaning|defines?\s+[\p{L}\s]{1,30}?\s+as|stands for|headlines?|slogans?|words?|cry|mantra|titled|entitled|title|motto|banner|caption|phrase|tagline|catchphrase|question|known as|billed as|dubbed|nicknamed|branded|messages?)\b(?:\s+[\p{L}']+){0,2}\s*[:,—–-]?\s*$`;
/** Words painted, printed or written on something are an inscription, not speech: `see written on it, "Are you strong enough?"` (flags `iu`). */
export const INSCRIPTION_CONTEXT_SOURCE = String.raw`\b(?:written|printed|painted|inscribed|engraved|emblazoned|scrawled|carved|stamped|etched)\s+(?:on|across|onto|over)\s+[^,.;:!?"“”‘’]{1,30}?\s*[,:]?\s*$`;

/**
 * A run of ASCII letters as a case-blind pattern (flags `iu`) matches it, spelt out for a pattern
 * without the `i` flag: each letter or its capital, `s` also `ſ` and `k` also the Kelvin sign, the
 * only letters outside ASCII that fold into it. Why: a case-blind pattern with a Unicode class
 * (`[\p{L}\s]`) makes V8 close the class over case at its first uses: NAMING_CONTEXT cost 2.9 ms to
 * build and run twice, 0.9 spelt out (node, ICU loaded first; commit message of this change).
 */
const caseBlind = (letters: string) => letters.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}${c === 's' ? 'ſ' : c === 'k' ? 'K' : ''}]`);
/** `\w` under flags `iu`: ASCII letters, digits, `_`, and the two letters that fold into ASCII. */
const WORD_CHAR = String.raw`[\w\u017f\u212a]`;
/** `[\p{L}]` under flags `iu` also holds U+0345, whose case folds to a letter (ι). */
const LETTER_IU = String.raw`\p{L}\u0345`;

/**
 * NAMING_CONTEXT_SOURCE spelt out: every alternative starts and ends with a letter, so its `\b`s say
 * that no word character comes before it and none after it.
 */
const NAMING_CONTEXT = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?:${caseBlind('to mean')}|${caseBlind('means')}|${caseBlind('meaning')}|${caseBlind('define')}${caseBlind('s')}?\s+[${LETTER_IU}\s]{1,30}?\s+${caseBlind('as')}|${[
    'stands for', 'headlines?', 'slogans?', 'words?', 'cry', 'mantra', 'titled', 'entitled', 'title', 'motto', 'banner', 'caption', 'phrase', 'tagline',
    'catchphrase', 'question', 'known as', 'billed as', 'dubbed', 'nicknamed', 'branded', 'messages?',
  ]
    .map(caseBlind)
    .join('|')})(?!${WORD_CHAR})(?:\s+[${LETTER_IU}']+){0,2}\s*[:,—–-]?\s*$`,
  'u',
);
/**
 * INSCRIPTION_CONTEXT_SOURCE spelt out as NAMING_CONTEXT is; `ed` or `en`, white space and `o` or `a`,
 * which every match has (each participle ends so, each preposition starts so), are looked for first:
 * on reuters-world 119 of the 3,913 texts it reads have them (bbc-news 372 of 7,391).
 */
const INSCRIPTION_CONTEXT = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?:${['written', 'printed', 'painted', 'inscribed', 'engraved', 'emblazoned', 'scrawled', 'carved', 'stamped', 'etched'].map(caseBlind).join('|')})\s+(?:${['on', 'across', 'onto', 'over'].map(caseBlind).join('|')})\s+[^,.;:!?"“”‘’]{1,30}?\s*[,:]?\s*$`,
  'u',
);
const PARTICIPLE_THEN_PREPOSITION = /[eE][dDnN]\s+[oOaA]/;

export const isNamingContext = (before: string) => NAMING_CONTEXT.test(before);
export const isInscriptionContext = (before: string) => PARTICIPLE_THEN_PREPOSITION.test(before) && INSCRIPTION_CONTEXT.test(before);
