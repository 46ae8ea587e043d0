import type { TextModel, Word } from '../model/types';
import { entitiesNamedInFull, personMentionCovering } from '../model/lazy-layer';
import { isEverydayWord } from '../model/names';
import { editDistance } from '../dictionary/edit-distance';

const POSSESSIVE = /['’]s?$/;

/**
 * The other names of the full name a word is written in (`takashi` for
 * `Kiuchi` in `Takashi Kiuchi`), in lower case; undefined when the word is
 * not written in a person's full name there (as the surname, if `surname`). A surname alone (`Mr
 * Richter`) could be anyone of that name, whatever entity the names layer
 * links it to, and everyday words are no names (`Early Elvis` in a headline).
 */
function otherNames(model: TextModel, word: Word, surname: boolean): Set<string> | undefined {
  const mention = personMentionCovering(model.names, word.start);
  if (!mention) return undefined;
  const own = word.text.replace(POSSESSIVE, '');
  const parts = mention.text.split(/\s+/).map((part) => part.replace(POSSESSIVE, ''));
  if (!parts.includes(own)) return undefined;
  if (surname && parts[parts.length - 1] !== own) return undefined;
  return namesBeside(parts, own);
}

/**
 * The names of a full name other than `own`, in lower case, that tell one
 * person from another; undefined when none does (`Mark` is also a word).
 * A hyphenated given name is its names (`Jean-Philippe`, `J-P`).
 */
function namesBeside(parts: readonly string[], own: string): Set<string> | undefined {
  const names = parts.filter((part) => part !== own).flatMap((part) => part.toLowerCase().split('-'));
  const others = new Set(names.filter((name) => name.length > 0 && !isEverydayWord(name)));
  return others.size > 0 ? others : undefined;
}

/** The people a spelling names in one draft, each by the other names of their full name. */
export type PeopleNamed = Set<string>[];

/**
 * The full names of the people of a draft, as the workspace index keeps
 * them (`Rachmat Saleh`), that hold one of `names`: first full references
 * from the names layer.
 */
export function fullNamesWith(model: TextModel, names: ReadonlySet<string>): string[] {
  const fullNames = new Set<string>();
  for (const entity of entitiesNamedInFull(model.names)) {
    if (entity.kind !== 'person' || !entity.full) continue;
    const parts = entity.name.split(/\s+/);
    if (parts.length > 1 && parts.some((part) => names.has(part))) fullNames.add(parts.join(' '));
  }
  return [...fullNames];
}

/**
 * The people the draft gives a full name ending in the surname `name`
 * (`Ismail Salleh` for `Salleh`); undefined when it gives none, or one whose
 * other names tell nobody apart. As within a draft, only a surname is judged
 * so: a given name the desk spells one way for one person (`Jelena`) is
 * spelt so for the next.
 */
export function peopleNamed(model: TextModel, name: string): PeopleNamed | undefined {
  const people: PeopleNamed = [];
  for (const fullName of fullNamesWith(model, new Set([name]))) {
    const parts = fullName.split(' ');
    if (parts[parts.length - 1] !== name) return undefined;
    const others = namesBeside(parts, name);
    if (!others) return undefined;
    people.push(others);
  }
  return people.length > 0 ? people : undefined;
}

/**
 * Whether another draft's full name holding `name` (`Rachmat Saleh`) may be
 * one of `people`: they share another name (`Kiichi Miyazawa`, `Kiichi
 * Miyazwa`), or it has no other name that tells people apart.
 */
export function mayBeOneOf(people: PeopleNamed, fullName: string, name: string): boolean {
  const theirs = namesBeside(fullName.split(' '), name);
  return theirs === undefined || people.some((mine) => shareAName(mine, theirs));
}

/**
 * Two full names share a name when one of their other names is the same, an
 * initial of it (`P Grandclaude`, `Philippe Grandclaude`), or one letter
 * from it: a slip may touch both names (`Elene Likhotseva` is `Elena
 * Likhovtseva`), while two people's names differ by more (`Rachmat`, `Ismail`).
 */
function shareAName(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  for (const a of mine) {
    for (const b of theirs) {
      if (a === b) return true;
      if (a[0] !== b[0]) continue;
      if (a.length === 1 || b.length === 1) return true;
      if (Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1) return true;
    }
  }
  return false;
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
      return theirs !== undefined && !shareAName(mine, theirs);
    })
  );
}
