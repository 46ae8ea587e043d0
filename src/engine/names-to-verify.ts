import { isEverydayWord, isListedName } from './model/names';
import type { NamedEntity, NameKind, TextModel } from './model/types';
import type { Span } from './types';

/** One person, organisation or place for an editor to check, with every spelling the draft gives it. */
export interface NameToVerify {
  /** The name as first written in full (`Mary Kilroy-Silk`), else as written (`Okafor`). */
  name: string;
  kind: NameKind;
  count: number;
  /** Every place the name is written, in order (titles and roles like `the analyst` left out). */
  spans: Span[];
  /** The distinct spellings, in order of first use: `Mary Kilroy-Silk`, `Kilroy-Silk`. */
  variants: string[];
}

const NAME_PART = /[\p{L}\p{M}'’.]+/gu;

/**
 * The names of a draft an editor should confirm, one entry per entity of the names layer:
 * every person (no dictionary vouches for a person's name), and each organisation, place
 * or other name with a word no dictionary or gazetteer knows. Titles, parties, places and
 * words the dictionaries know (`Ohio`, `Senate`, `Republican`) are not listed.
 */
export function namesToVerify(model: TextModel, isDictionaryWord: (lower: string) => boolean = () => false): NameToVerify[] {
  const known = (word: string) => {
    const lower = word.toLowerCase();
    return isDictionaryWord(lower) || isEverydayWord(lower) || isListedName(word) || !/^\p{Lu}/u.test(word);
  };
  const listed: NameToVerify[] = [];
  for (const entity of model.names.entities) {
    const mentions = entity.mentions.map((i) => model.names.mentions[i]).filter((m) => m.form !== 'role');
    if (mentions.length === 0 || !needsChecking(entity, known)) continue;
    const variants = [...new Set(mentions.map((m) => m.text))];
    listed.push({ name: entity.name, kind: entity.kind, count: mentions.length, spans: mentions.map((m) => ({ start: m.start, end: m.end })), variants });
  }
  return listed.sort((a, b) => a.spans[0].start - b.spans[0].start);
}

function needsChecking(entity: NamedEntity, known: (word: string) => boolean): boolean {
  if (entity.kind === 'person') return true;
  return (entity.name.match(NAME_PART) ?? []).some((part) => !known(part.replace(/['’]s?$/u, '').replace(/\.$/, '')));
}
