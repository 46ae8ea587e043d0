import type { CopydeskConfig, Dialect } from '../config';
import { dialectOfSpelling } from '../dictionary/word-list';
import type { TextModel, Word } from '../model/types';

/** The dialect a draft is checked in, and what decided it. */
export interface DraftDialect {
  dialect: Dialect;
  /** True when the draft's own spellings chose it (`dialect: "auto"`). */
  auto: boolean;
  /** Words of the draft spelt the British or the American way (outside quoted speech when it has any). */
  british: number;
  american: number;
}

const cache = new WeakMap<TextModel, DraftDialect>();

/** Quoted speech whose spelling is its speaker's, when the desk lets it stand. */
export function keepsSpeakersSpelling(word: Word, model: TextModel, config: CopydeskConfig): boolean {
  return config.dialectInQuotes === 'speaker' && word.quotation >= 0 && model.quotations[word.quotation].kind === 'speech';
}

/**
 * With `dialect: "auto"`, the draft's majority decides: its -ise/-ize,
 * -our/-or, -re/-er, -ll-/-l- spellings and the other pairs of the
 * dictionaries, counted outside quoted speech (the speaker's spelling is no
 * sign of the desk's). A tie, or a draft with no such word, is American, as
 * the setting's default was. Oxford `-ize` counts for neither side.
 */
export function draftDialect(model: TextModel, config: CopydeskConfig): DraftDialect {
  if (config.dialect !== 'auto') return { dialect: config.dialect, auto: false, british: 0, american: 0 };
  let known = cache.get(model);
  if (known) return known;
  let british = 0;
  let american = 0;
  let quotedBritish = 0;
  let quotedAmerican = 0;
  for (const word of model.words) {
    const side = dialectOfSpelling(word.text);
    if (side === undefined) continue;
    const quoted = word.quotation >= 0 && model.quotations[word.quotation].kind === 'speech';
    if (side === 'en-GB') quoted ? quotedBritish++ : british++;
    else quoted ? quotedAmerican++ : american++;
  }
  if (british + american === 0) [british, american] = [quotedBritish, quotedAmerican];
  known = { dialect: british > american ? 'en-GB' : 'en-US', auto: true, british, american };
  cache.set(model, known);
  return known;
}
