import type { CopydeskConfig, Dialect } from '../config';
import { dialectOfSpelling } from '../dictionary/word-list';
import type { TextModel, Word } from '../model/types';

/** The dialect a draft is checked in, and what decided it. */
export interface DraftDialect {
  dialect: Dialect;
  /** True when the draft's own spellings chose it (`dialect: "auto"`). */
  auto: boolean;
  /** Under `auto`, a draft with as many British as American spellings: neither side is a slip. */
  tied: boolean;
  /** Words of the draft spelt the British or the American way (outside quoted speech when it has any). */
  british: number;
  american: number;
}

const cache = new WeakMap<TextModel, DraftDialect>();

/** For each word of a draft, in order, the dialect its spelling is a form of (`dialectOfSpelling`), when a caller looked them up already. */
export type SidesOfWords = readonly (Dialect | undefined)[];

/**
 * A word inside quotation marks keeps the spelling of whoever is quoted (a
 * speaker, a report), when the desk lets it stand.
 */
export function keepsSpeakersSpelling(word: Word, config: CopydeskConfig): boolean {
  return config.dialectInQuotes === 'speaker' && word.quotation >= 0;
}

/**
 * With `dialect: "auto"`, the draft's majority decides: its -ise/-ize,
 * -our/-or, -re/-er, -ll-/-l- spellings and the other pairs of the
 * dictionaries, counted outside quotations (the speaker's spelling is no sign
 * of the desk's). Oxford `-ize` counts for neither side, and neither does a
 * capitalised word inside a sentence: it is a name (`the Louvre accord`, `the
 * Defense Department` in British copy). A draft with no such word is checked
 * as American, as the setting's default was; a tie leaves both spellings be.
 */
export function draftDialect(model: TextModel, config: CopydeskConfig, sides?: SidesOfWords): DraftDialect {
  if (config.dialect !== 'auto') return { dialect: config.dialect, auto: false, tied: false, british: 0, american: 0 };
  let known = cache.get(model);
  if (known) return known;
  let british = 0;
  let american = 0;
  let quotedBritish = 0;
  let quotedAmerican = 0;
  const { words } = model;
  for (let w = 0; w < words.length; w++) {
    const side = sides ? sides[w] : dialectOfSpelling(words[w].text);
    if (side === undefined) continue;
    const word = words[w];
    if (!word.sentenceInitial && word.text.charCodeAt(0) < 97) continue;
    const quoted = word.quotation >= 0;
    if (side === 'en-GB') quoted ? quotedBritish++ : british++;
    else quoted ? quotedAmerican++ : american++;
  }
  if (british + american === 0) [british, american] = [quotedBritish, quotedAmerican];
  known = { dialect: british > american ? 'en-GB' : 'en-US', auto: true, tied: british > 0 && british === american, british, american };
  cache.set(model, known);
  return known;
}
