import type { TextModel, Word } from '../model/types';
import { isEverydayWord } from '../model/names';
import { mentionCovering } from './place-evidence';

const POSSESSIVE = /['’]s?$/;

/**
 * The other names of the full name a word is written in (`takashi` for
 * `Kiuchi` in `Takashi Kiuchi`), in lower case; undefined when the word is
 * not written in a person's full name there (as the surname, if `surname`). A surname alone (`Mr
 * Richter`) could be anyone of that name, whatever entity the names layer
 * links it to, and everyday words are no names (`Early Elvis` in a headline).
 */
function otherNames(model: TextModel, word: Word, surname: boolean): Set<string> | undefined {
  const mention = mentionCovering(model, word);
  if (!mention || model.names.entities[mention.entity].kind !== 'person') return undefined;
  const own = word.text.replace(POSSESSIVE, '');
  const parts = mention.text.split(/\s+/).map((part) => part.replace(POSSESSIVE, ''));
  if (!parts.includes(own)) return undefined;
  if (surname && parts[parts.length - 1] !== own) return undefined;
  const others = new Set(parts.filter((part) => part !== own && !isEverydayWord(part.toLowerCase())).map((part) => part.toLowerCase()));
  return others.size > 0 ? others : undefined;
}

/**
 * Two close spellings that the draft gives in two full names with no other
 * name in common (`Takashi Kiuchi`, `Kiichi Miyazawa`) name two people, not
 * one misspelt, when no use of the other spelling could be the same person.
 * Only a surname is judged so: given names are shared by many people, and
 * `Biran Mulroney` beside `Brian Peckford` is a slip all the same.
 * `Mark Rutte` and `Mark Rtute` stay one person, and so do `Michael Symmons
 * Roberts` and `Symmons Roebrts`.
 */
export function differentPeople(model: TextModel, word: Word, others: readonly Word[]): boolean {
  const mine = otherNames(model, word, true);
  if (mine === undefined) return false;
  // `Tony Blari` is a slip for `Blair` if any Blair is a Tony, whatever Cherie Blair does.
  return (
    others.length > 0 &&
    others.every((other) => {
      const theirs = otherNames(model, other, false);
      return theirs !== undefined && ![...theirs].some((name) => mine.has(name));
    })
  );
}
