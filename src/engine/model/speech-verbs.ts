import { isAsciiUpper } from './char-class';
/**
 * The one list of attribution verbs (speech and writing), by form, and the finder the model uses
 * to locate them among a draft's words. Finite forms attach a speaker of their own; participles
 * (`adding that …`) carry on the speaker of their clause.
 */
const FINITE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'writes', 'posted', 'posts', 'added', 'adds', 'asked', 'asks',
  'insisted', 'insists', 'explained', 'explains', 'continued', 'continues', 'replied', 'replies', 'warned', 'warns',
  'stated', 'states', 'claimed', 'claims', 'admitted', 'admits', 'noted', 'notes', 'revealed', 'reveals', 'slammed', 'slams',
  'argued', 'argues', 'declared', 'declares', 'announced', 'announces', 'confirmed', 'confirms', 'acknowledged', 'acknowledges',
  'conceded', 'concedes', 'suggested', 'suggests', 'recalled', 'recalls', 'complained', 'complains', 'urged', 'urges',
  'predicted', 'predicts', 'maintained', 'maintains', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'tweeted', 'tweets', 'commented', 'comments', 'remarked', 'remarks', 'responded', 'responds', 'observed', 'observes',
  'agreed', 'agrees', 'joked', 'jokes', 'boasted', 'boasts', 'blasted', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges',
  'cautioned', 'cautions', 'countered', 'counters', 'concluded', 'concludes', 'exclaimed', 'proclaimed', 'asserted', 'asserts',
  'opined', 'quipped', 'snapped', 'gushed', 'fumed', 'raged', 'confessed', 'confesses', 'believes', 'believed', 'thinks', 'thought',
  'feels', 'felt', 'described', 'describes', 'called', 'calls', 'testified', 'testifies', 'reported', 'reports', 'shouted', 'whispered',
  'cried', 'yelled', 'demanded', 'demands', 'wondered', 'reckons', 'reckoned', 'hinted', 'indicated', 'indicates', 'accused', 'accuses',
  'welcomed', 'welcomes', 'criticised', 'criticized', 'dismissed', 'denied', 'denies', 'defended', 'hailed', 'praised', 'mused',
  'answered', 'texted', 'emailed', 'e-mailed', 'messaged', 'read', 'reads', 'wrote', 'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared',
  'told', 'labelled', 'labeled', 'branded', 'dubbed', 'recounted', 'recounts', 'echoed', 'summed', 'sums', 'put', 'puts',
  'quoted', 'thanked', 'screamed', 'chanted', 'sang', 'sings', 'specified', 'stipulated', 'acknowledge', 'quip', 'insist', 'warn',
  'admit', 'describe', 'urge', 'ask', 'add', 'claim', 'reply', 'explain', 'argue', 'scream', 'shout', 'write', 'respond',
  // wire copy (issue 14): views put forward, answers given, documents quoted
  'speculated', 'speculates', 'alleged', 'alleges', 'retorted', 'retorts', 'mumbled', 'muttered', 'murmured', 'repeated', 'repeats',
  'reaffirmed', 'reaffirms', 'reiterated', 'reiterates', 'concurred', 'contended', 'contends', 'lamented', 'laments', 'disclosed',
  'affirmed', 'termed', 'forecast', 'forecasts', 'protested', 'grumbled', 'scoffed', 'sighed', 'interjected', 'ventured', 'elaborated',
  'showed', 'shows',
  'wants', 'wanted', 'remembers', 'remembered', 'recalled', 'attributed', 'added', 'hailed', 'promised', 'assured', 'assures', 'reassured', 'pleaded', 'begged', 'signalled', 'signaled',
];
const PARTICIPLES = [
  'saying', 'adding', 'insisting', 'telling', 'writing', 'noting', 'stating', 'arguing', 'warning', 'explaining', 'claiming',
  'describing', 'calling', 'urging', 'declaring', 'stressing', 'suggesting', 'admitting', 'acknowledging', 'promising', 'vowing',
  'predicting', 'accusing', 'asking', 'conceding', 'recalling', 'complaining', 'joking', 'replying', 'posting', 'tweeting',
  'speculating', 'alleging', 'reiterating', 'repeating', 'contending', 'cautioning', 'disclosing',
];
const longestFirst = (verbs: string[]) => [...new Set(verbs)].sort((a, b) => b.length - a.length).join('|');
const VERB_SOURCE = longestFirst([...FINITE_VERBS, ...PARTICIPLES]);
/** The finite attribution verbs (`said`, `added`, `told`), longest first: the verb of a clause `, she said.` */
export const FINITE_VERB_ALTERNATION = longestFirst(FINITE_VERBS);
/** Verbs of speech that come before their speaker in an inverted attribution (`said Smith`, `added the minister`). */
const INVERTING_VERBS = FINITE_VERBS.filter((verb) =>
  /^(?:said|says|added|adds|told|asked|asks|wrote|writes|explained|continued|replied|insisted|recalled|warned|noted|argued|concluded|countered|retorted|quipped|cautioned|conceded|admitted|declared|stated|observed|remarked|commented|answered|responded|joked|mused)$/.test(verb),
);
export const INVERTING_VERB_ALTERNATION = longestFirst(INVERTING_VERBS);
const INVERTING_VERB_WORDS = new Set(INVERTING_VERBS);
/** Whether a word in lower case is one of INVERTING_VERB_ALTERNATION's. */
export const isInvertingAttributionVerb = (word: string) => INVERTING_VERB_WORDS.has(word);
/** The attribution verbs and phrases as one alternation, longest first. */
export const VERB_ALTERNATION = `went on|goes on|go on|pointed out|points out|hit out|hits out|according to|${VERB_SOURCE}`;
/**
 * The attribution verbs and phrases as one pattern (flags `giu`), made on each call: the model finds them
 * with verb-runs.ts, which answers as this pattern would; benches and tests may build it.
 */
export const attributionVerbPattern = () => new RegExp(`(?<![\\p{L}'’-])(?:${VERB_ALTERNATION})(?![\\p{L}'’-])`, 'giu');
const PARTICIPLE = new Set(PARTICIPLES);
const VERB_WORDS = new Set([...FINITE_VERBS, ...PARTICIPLES]);
const FINITE_VERB_WORDS = new Set(FINITE_VERBS);
/** Whether a word in lower case is one of VERB_ALTERNATION's single words (a finite verb or a participle). */
export const isAttributionVerb = (word: string) => VERB_WORDS.has(word);
/** Whether a word in lower case is one of FINITE_VERB_ALTERNATION's. */
export const isFiniteAttributionVerb = (word: string) => FINITE_VERB_WORDS.has(word);
/** First words of attribution phrases, with the word that must follow. */
const PHRASES = new Map([['went', 'on'], ['goes', 'on'], ['go', 'on'], ['pointed', 'out'], ['points', 'out'], ['hit', 'out'], ['hits', 'out'], ['according', 'to']]);
/** The second word of the attribution phrase a word in lower case opens (`on` for `went`), if any. */
export const attributionPhraseEnd = (first: string) => PHRASES.get(first);
const PHRASE_INITIALS = new Set([...PHRASES.keys()].map((first) => first.charCodeAt(0)));
/**
 * First three letters of every verb and phrase, as a bitmap over a–z (plus "end of word"):
 * most words are rejected by one typed-array read, without hashing the string.
 */
const letterIndex = (code: number) => {
  const c = code | 32;
  return c >= 97 && c <= 122 ? c - 96 : 0;
};
const prefixAt = (text: string, i: number) => (letterIndex(text.charCodeAt(i)) << 10) | (letterIndex(text.charCodeAt(i + 1)) << 5) | letterIndex(text.charCodeAt(i + 2));
/**
 * By the number VERB_PREFIXES gives first three letters, a bit for each fourth letter a verb or phrase has after them (bit 0: none,
 * the verb is that short). Why the fourth letter: the first three pass `that`, `than`, `this`, `for`
 * and `all`; with it, of bbc-news's 804,015 words 55,362 pass where 136,440 did, and only those are
 * lower-cased and looked up.
 */
const VERB_FOURTH_LETTERS: number[] = [0];
/**
 * By first three letters, where their fourth letters are in VERB_FOURTH_LETTERS (0: no verb starts
 * so). A byte per prefix, as the table of prefixes alone was: a mask per prefix made it four times
 * bigger, and each word's read of it more often a cache miss.
 */
const VERB_PREFIXES = new Uint8Array(1 << 15);
for (const verb of [...VERB_WORDS, ...PHRASES.keys()]) {
  const prefix = prefixAt(verb, 0);
  if (VERB_PREFIXES[prefix] === 0) {
    VERB_PREFIXES[prefix] = VERB_FOURTH_LETTERS.length;
    VERB_FOURTH_LETTERS.push(0);
  }
  VERB_FOURTH_LETTERS[VERB_PREFIXES[prefix]] |= 1 << (verb.length > 3 ? letterIndex(verb.charCodeAt(3)) : 0);
}
if (VERB_FOURTH_LETTERS.length > 256) throw new Error('speech-verbs: more first three letters than a byte numbers');

export interface VerbHit {
  start: number;
  end: number;
  text: string;
}

/** Attribution verbs outside quotations among words [from, to), in order, appended to `hits`. */
export function findVerbs(words: readonly VerbSearchWord[], text: string, from: number, to: number, hits: VerbHit[]): void {
  for (let k = from; k < to; k++) {
    const w = words[k];
    // A word in a quotation is settled by a field the word has, before its letters are read.
    if (w.quotation !== -1 || w.end - w.start < 2) continue;
    const prefix = VERB_PREFIXES[prefixAt(text, w.start)];
    if (prefix === 0) continue;
    const fourthLetters = VERB_FOURTH_LETTERS[prefix];
    // A letter beyond ASCII may lower-case to one (the Kelvin sign to `k`): only ASCII is turned away.
    const fourth = w.end - w.start > 3 ? text.charCodeAt(w.start + 3) : 0;
    if (fourth < 128 && (fourthLetters & (1 << letterIndex(fourth))) === 0) continue;
    // Verbs are nearly always lower case; only capitalised words pay for toLowerCase.
    const code = w.text.charCodeAt(0);
    const word = isAsciiUpper(code) ? w.text.toLowerCase() : w.text;
    // Only a word with a phrase's first letter is looked up among the phrases (`that`, `this`, `for` pass the prefixes).
    const next = PHRASE_INITIALS.has(word.charCodeAt(0)) ? PHRASES.get(word) : undefined;
    if (next !== undefined) {
      // Read only inside the array: a read past its end deoptimised findVerbs (node --trace-deopt, `out of bounds`).
      const following = k + 1 < words.length ? words[k + 1] : undefined;
      if (following !== undefined && following.text === next && following.start - w.end <= 2) {
        hits.push({ start: w.start, end: following.end, text: text.slice(w.start, following.end) });
        continue;
      }
    }
    if (VERB_WORDS.has(word) && !isNounOrName(words, k, word)) hits.push({ start: w.start, end: w.end, text: w.text });
  }
}

/** What findVerbs reads of a draft's words. */
interface VerbSearchWord {
  start: number;
  end: number;
  text: string;
  quotation: number;
  sentenceInitial: boolean;
}

/** Words before a verb's `-s` form that make it the plural noun: `member states`, `the claims`, `these notes`, `Smith's claims`. */
const BEFORE_PLURAL_NOUN = new Set([
  'the', 'these', 'those', 'other', 'many', 'all', 'several', 'both', 'some', 'such', 'any', 'no', 'two', 'three', 'four', 'five', 'six',
  'seven', 'ten', 'member', 'nation', 'city', 'island', 'sovereign', 'neighbouring', 'neighboring', 'frontline', 'front-line', 'federal',
  'individual', 'southern', 'northern', 'eastern', 'western', 'arab', 'baltic', 'gulf', 'african', 'european', 'american', 'small', 'large',
  'most', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'of', 'in', 'between', 'among', 'across', 'rogue', 'failed', 'successor',
  'republican', 'democratic', 'swing', 'ex-soviet', 'new', 'false', 'wild', 'recent', 'earlier', 'further', 'fresh',
]);

/**
 * `the United States`, `member states`, `Grand Slams`, `the claims`: a noun or part of a name, not
 * the verb of `the order states`. Capitalised inside a sentence (and not a headline in capitals) it
 * is part of a name; an `-s` form after a determiner, a possessive or a closed set of adjectives is the plural noun.
 */
function isNounOrName(words: readonly VerbSearchWord[], k: number, word: string): boolean {
  const w = words[k];
  const code = w.text.charCodeAt(0);
  if (!w.sentenceInitial && isAsciiUpper(code) && w.text !== w.text.toUpperCase()) return true;
  if (word.length < 4 || word[word.length - 1] !== 's' || word.endsWith('ss')) return false;
  const before = k > 0 ? words[k - 1] : undefined;
  if (!before || w.sentenceInitial || w.start - before.end > 2) return false;
  const previous = before.text.toLowerCase();
  return BEFORE_PLURAL_NOUN.has(previous) || /['’]s?$/.test(previous);
}

export const isParticiple = (verb: string) => PARTICIPLE.has(verb.toLowerCase());

/** Verbs of the list that report a view, a wish or a deed rather than words spoken: `expects`, `hoped`, `called a witness`. */
const NOT_SPEECH_ACTS = new Set([
  'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'wants', 'wanted',
  'wondered', 'called', 'calls', 'showed', 'shows', 'thanked', 'welcomed', 'welcomes', 'praised', 'hailed', 'quoted', 'attributed',
]);
/** Whether the verb says that words were spoken or written, so the speaker may go on talking (`said`, `told`, `according to`). */
export const isSpeechAct = (verb: string) => !NOT_SPEECH_ACTS.has(verb.toLowerCase());
