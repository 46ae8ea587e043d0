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

/**
 * The words of a draft whose spelling is a form of one dialect (`dialectOfSpelling`), when a
 * caller looked them up already: their indices in order, and that dialect for each.
 */
export interface SidedWords {
  at: number[];
  sides: Dialect[];
}

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
export function draftDialect(model: TextModel, config: CopydeskConfig, sided?: SidedWords): DraftDialect {
  if (config.dialect !== 'auto') return { dialect: config.dialect, auto: false, tied: false, british: 0, american: 0 };
  let known = cache.get(model);
  if (known) return known;
  let british = 0;
  let american = 0;
  let quotedBritish = 0;
  let quotedAmerican = 0;
  // A capitalised word inside a sentence is a name.
  const votes = (word: Word) => word.sentenceInitial || !(word.text.charCodeAt(0) < 97);
  const count = (word: Word, side: Dialect) => {
    const quoted = word.quotation >= 0;
    if (side === 'en-GB') quoted ? quotedBritish++ : british++;
    else quoted ? quotedAmerican++ : american++;
  };
  const { words } = model;
  if (sided) {
    for (let k = 0; k < sided.at.length; k++) if (votes(words[sided.at[k]])) count(words[sided.at[k]], sided.sides[k]);
  } else {
    for (const word of words) {
      // The cheaper test first: most words are ruled out before their spelling is looked up.
      if (!votes(word)) continue;
      const side = dialectOfSpelling(word.text);
      if (side) count(word, side);
    }
  }
  if (british + american === 0) [british, american] = [quotedBritish, quotedAmerican];
  known = { dialect: british > american ? 'en-GB' : 'en-US', auto: true, tied: british > 0 && british === american, british, american };
  cache.set(model, known);
  return known;
}
