import type { TextModel, Word } from '../engine/model/types';
import type { Span } from '../engine/types';

export interface NameToVerify {
  name: string;
  count: number;
  /** Every place the name is written, in order. */
  spans: Span[];
}

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u;
/** Capitalised words that are not names: calendar words, pronouns, function words. */
const NOT_NAMES = new Set(
  (
    'I A An The This That These Those It Its He His Him She Her They Their Them We Our Us You Your ' +
    'And But Or Nor So Yet If When While As At By For From In Into Of On Onto To With Without After Before ' +
    'Mr Mrs Ms Dr Sir Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'May June July August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec TK'
  ).split(' '),
);
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sir']);

function isNameWord(word: Word): boolean {
  return CAPITALISED.test(word.text) && !NOT_NAMES.has(word.text) || TITLES.has(word.text);
}

/**
 * Proper names in the draft, for an editor to check one by one: runs of capitalised words
 * inside a sentence, with a sentence's first word kept only when it is not an ordinary word
 * that merely starts the sentence (written in lower case elsewhere, or a dictionary word).
 * Linear in the number of words.
 */
export function namesToVerify(model: TextModel, isDictionaryWord: (lower: string) => boolean = () => false): NameToVerify[] {
  const lowercaseSeen = new Set<string>();
  for (const word of model.words) if (!CAPITALISED.test(word.text)) lowercaseSeen.add(word.text.toLowerCase());
  const isOrdinary = (lower: string) => lowercaseSeen.has(lower) || isDictionaryWord(lower);
  const byName = new Map<string, NameToVerify>();
  const words = model.words;
  for (let i = 0; i < words.length; ) {
    if (!isNameWord(words[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && words[j].sentence === words[i].sentence && isNameWord(words[j]) && /^[ \u00a0-]?$/.test(model.prose.slice(words[j - 1].end, words[j].start))) j++;
    let first = i;
    while (first < j && (TITLES.has(words[first].text) || (words[first].sentenceInitial && first === i && isOrdinary(words[first].text.toLowerCase())))) first++;
    if (first < j) {
      const last = words[j - 1];
      // "Ukraine's" is a use of "Ukraine".
      const possessive = /['’]s?$/.exec(last.text);
      const span = { start: words[first].start, end: possessive && last.text.length - possessive[0].length >= 2 ? last.end - possessive[0].length : last.end };
      const name = model.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      const entry = byName.get(name) ?? { name, count: 0, spans: [] };
      entry.count++;
      entry.spans.push(span);
      byName.set(name, entry);
    }
    i = j;
  }
  return [...byName.values()].sort((a, b) => a.spans[0].start - b.spans[0].start);
}
