import { isSpaceCode } from './char-class';
import { standInPattern, withStandIns } from './class-stand-ins';
import { lazyPattern } from './lazy-pattern';
import { FINITE_VERB_ALTERNATION, INVERTING_VERB_ALTERNATION, isInvertingAttributionVerb } from './speech-verbs';
import { nextFiniteVerb, runEnd } from './verb-runs';

/**
 * An attribution clause that ends a sentence inside an unclosed quote (`, she said.`, `, said Smith
 * on Tuesday.`, `, the minister added.`): where the quote's closing mark was dropped.
 */

const WORD = String.raw`[\p{L}\p{M}\p{N}'’.&-]+`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*`;
const NAME_JOINER = String.raw`(?:of|de|del|da|di|du|van|von|der|al|bin|y|and|&|the|for)`;
const NAME = String.raw`${CAPITALISED}(?:\s+(?:${CAPITALISED}|${NAME_JOINER})){0,5}`;
const PRONOUN = String.raw`(?:he|she|they|we|I|it|you)`;
const DETERMINED = String.raw`(?:[Tt]he|[Aa]n?|one|its|his|her|their|our|two|three|several)\s+(?:${WORD}\s+){0,5}?${WORD}`;
/** `, vice chairman of Acme Corp's finance unit,` between a name and its verb. */
const APPOSITIVE = String.raw`(?:,\s+[^,.!?"“”‘’«»;:]{1,100},)?`;
const SPEAKER_BEFORE_VERB = String.raw`(?:${PRONOUN}|${DETERMINED}|${NAME}|(?:${WORD}\s+){1,4}?${NAME})${APPOSITIVE}\s+(?:(?:also|later|then|again)\s+)?`;
/** `said Smith`, `said the minister`, `said union leader Vincenzo Lilliu`: a role in lower case may come before the name. */
const SPEAKER_AFTER_VERB = String.raw`(?:${DETERMINED}|${NAME}|(?:${WORD}\s+){1,5}?${NAME})(?:,\s+[^.!?"“”‘’«»;:]{1,100})?`;
/** What may follow the verb before the sentence ends: when and where it was said (`agreed with them that …` says more, so it is no attribution). */
const CIRCUMSTANCE = String.raw`(?:\s+(?:on|in|at|from|during|after|before|last|this|yesterday|today|tonight|earlier|later|when|while|as|of|about|with|via|by|through|following|${NAME})\b(?:(?!\bthat\b)[^.!?"“”‘’«»;:]){0,80})?`;
const VERB_WORD = String.raw`(?:${FINITE_VERB_ALTERNATION})(?![\p{L}'’-])`;
/** `told the BBC`, `told Reuters news agency`: whom the words were said to. */
const TOLD_SOMEONE = String.raw`(?:told|tells|asked|asks)\s+[^.!?"“”‘’«»;:,]{1,60}`;
const INVERTED_VERB = String.raw`(?:${INVERTING_VERB_ALTERNATION})(?![\p{L}'’-])`;
/** The end of the clause after its verb: when and where, then the end of the sentence (or of the text). */
const CLAUSE_END = String.raw`${CIRCUMSTANCE}\s*(?:[.!?](?=\s|$)|$)`;
/**
 * The whole clause, after the comma (or `?`, `!`) that opens it: the speaker and the verb (`she said`),
 * or the verb and the speaker (`said Smith`), then CLAUSE_END. Exported for the test that holds
 * swallowedClauseComma to it.
 */
export const SWALLOWED_SOURCE = String.raw`[,?!](?=\s+(?:${SPEAKER_BEFORE_VERB}(?:${TOLD_SOMEONE}|${VERB_WORD})|${INVERTED_VERB}\s+${SPEAKER_AFTER_VERB})${CLAUSE_END})`;

/**
 * SWALLOWED_SOURCE read in parts around each verb the window has, found by a look-up of its runs: why,
 * the verbs' hundreds of alternatives were most of what V8 compiled of the pattern at its first uses
 * (figures in the commit that made this change). Each part is in stand-in form (class-stand-ins.ts)
 * and built on first need; a window with a surrogate is read by the whole pattern.
 */
const commaBeforeSpeaker = lazyPattern(() => standInPattern(String.raw`[,?!](?=\s+${SPEAKER_BEFORE_VERB}$)`), 'u');
const clauseEndAt = lazyPattern(() => standInPattern(CLAUSE_END), 'uy');
const toldSomeoneAt = lazyPattern(() => standInPattern(TOLD_SOMEONE + CLAUSE_END), 'uy');
const speakerAfterVerbAt = lazyPattern(() => standInPattern(String.raw`\s+${SPEAKER_AFTER_VERB}${CLAUSE_END}`), 'uy');
const swallowedWhole = lazyPattern(() => SWALLOWED_SOURCE, 'u');
const TOLD_VERBS = new Set(['told', 'tells', 'asked', 'asks']);

const matchesAt = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.test(text);
};
const opensClause = (c: number) => c === 44 || c === 63 || c === 33;

/**
 * The offset of the leftmost `,`, `?` or `!` in `window` that opens a whole clause, or -1: the index
 * SWALLOWED_SOURCE's first match has. Every match puts a finite verb of attribution right after white
 * space, so the verbs settle it: a verb before its speaker needs the comma right before that space
 * and SPEAKER_AFTER_VERB and CLAUSE_END after it; a verb after its speaker needs CLAUSE_END (or
 * TOLD_SOMEONE and CLAUSE_END) after it, and the leftmost comma from which SPEAKER_BEFORE_VERB runs up to it.
 */
export function swallowedClauseComma(window: string): number {
  let verb = nextFiniteVerb(window);
  if (verb < 0) return -1;
  const copy = withStandIns(window);
  if (copy === undefined) return swallowedWhole().exec(window)?.index ?? -1;
  let first = -1;
  for (; verb >= 0; verb = nextFiniteVerb(copy, runEnd(copy, verb))) {
    let space = verb;
    while (space > 0 && isSpaceCode(copy.charCodeAt(space - 1))) space--;
    if (space === verb || space === 0) continue;
    const verbEnd = runEnd(copy, verb);
    const word = copy.slice(verb, verbEnd);
    const comma = space - 1;
    if ((first < 0 || comma < first) && opensClause(copy.charCodeAt(comma)) && isInvertingAttributionVerb(word) && matchesAt(speakerAfterVerbAt(), copy, verbEnd)) first = comma;
    if (matchesAt(clauseEndAt(), copy, verbEnd) || (TOLD_VERBS.has(word) && matchesAt(toldSomeoneAt(), copy, verb))) {
      const before = commaBeforeSpeaker().exec(copy.slice(0, verb));
      if (before && (first < 0 || before.index < first)) first = before.index;
    }
  }
  return first;
}
