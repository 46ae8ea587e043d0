import type { TextModel, Word } from '../model/types';
import { mentionCovering } from './place-evidence';

const POSSESSIVE = /['’]s?$/;

/**
 * The other words of the full name of the person a word names (`takashi` for
 * `Kiuchi` when the draft writes `Takashi Kiuchi`), in lower case; undefined
 * when the draft never gives the person's full name, or the word is not part
 * of it.
 */
function restOfFullName(model: TextModel, word: Word): string | undefined {
  const mention = mentionCovering(model, word);
  if (!mention) return undefined;
  const entity = model.names.entities[mention.entity];
  if (entity.kind !== 'person' || !entity.full) return undefined;
  const parts = model.prose.slice(entity.full.start, entity.full.end).split(/\s+/).map((part) => part.replace(POSSESSIVE, ''));
  const own = word.text.replace(POSSESSIVE, '');
  const at = parts.indexOf(own);
  if (parts.length < 2 || at < 0) return undefined;
  parts.splice(at, 1);
  return parts.join(' ').toLowerCase();
}

/**
 * Two close spellings that the draft gives as parts of two full names that
 * differ otherwise (`Takashi Kiuchi`, `Kiichi Miyazawa`) name two people, not
 * one misspelt, when no use of the other spelling could be the same person.
 * `Mark Rutte` and `Mark Rtute` stay one person.
 */
export function differentPeople(model: TextModel, word: Word, others: readonly Word[]): boolean {
  const mine = restOfFullName(model, word);
  if (mine === undefined) return false;
  // `Tony Blari` is a slip for `Blair` if any Blair is a Tony, whatever Cherie Blair does.
  return others.length > 0 && others.every((other) => {
    const theirs = restOfFullName(model, other);
    return theirs !== undefined && theirs !== mine;
  });
}
