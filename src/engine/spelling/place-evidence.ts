import type { GazetteerEntry } from '../dictionary/word-list';
import { personMentionCovering, spanOfMentionCovering } from '../model/lazy-layer';
import type { NameMention, TextModel, Word } from '../model/types';

/** Words after which a name is read as a place: `in Yokohama`, `flights to Canberra`. */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'near', 'outside', 'across', 'throughout', 'into', 'via', 'around', 'toward', 'towards', 'visit', 'visited', 'visiting']);

/** How many of the spans (sorted by start) start at or before `offset`. */
function startingBy(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention of the names layer that covers the word, if any. */
export function mentionCovering(model: TextModel, word: Word): NameMention | undefined {
  const mention = model.names.mentions[startingBy(model.names.mentions, word.start) - 1];
  return mention && mention.end > word.start ? mention : undefined;
}

/**
 * Whether a name one or two letters from a gazetteer place is written as the
 * place would be. A word that stands alone (`the ‘Ramnatein’ contact group`,
 * `Eqypt also owes`) or that the names layer reads as a place may be a slip
 * for it. A word inside a longer name of a person or an organisation
 * (`Naoki Yokoyama`, `Canterra Energy Ltd`, `Chrysler LeBaron Turbo`) is that
 * name, unless a preposition of place comes before it (`in Yokohma Bay`).
 * A nationality opens names of institutions (`Uruguyan Agriculture
 * Ministry`), but not of people (`Tadahiko Nashimoto`).
 */
export function placeMeant(model: TextModel, word: Word, target: GazetteerEntry): boolean {
  // Where the covering name lies, when that is known without reading the names layer: none, or one
  // inside the word, stands alone; one after a preposition of place is a place, whatever it is.
  const span = spanOfMentionCovering(model.names, word.start);
  if (span === undefined || (span && ((span.start >= word.start && span.end <= word.end) || placePrepositionBefore(model, span.start, word)))) return true;
  // A person's longer name, with no preposition of place before it (`Naoki Yokoyama`): that person's.
  if (span && personMentionCovering(model.names, word.start)) return false;
  return placeMeantInLayer(model, word, target);
}

/** placeMeant as the whole names layer reads it: what its shortcuts must agree with (bench/place-shortcuts.ts). */
export function placeMeantInLayer(model: TextModel, word: Word, target: GazetteerEntry): boolean {
  const mention = mentionCovering(model, word);
  if (!mention) return true;
  const kind = model.names.entities[mention.entity].kind;
  const alone = mention.start >= word.start && mention.end <= word.end;
  if (alone || kind === 'place' || (target.kind === 'demonym' && kind !== 'person')) return true;
  return placePrepositionBefore(model, mention.start, word);
}

/** Whether the word before `start`, in the word's sentence, is a preposition of place. */
function placePrepositionBefore(model: TextModel, start: number, word: Word): boolean {
  const before = model.words[startingBy(model.words, start - 1) - 1];
  return before !== undefined && before.sentence === word.sentence && PLACE_PREPOSITIONS.has(before.text.toLowerCase());
}
