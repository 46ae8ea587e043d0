import type { TextModel } from '../../engine/model/types';
import { editDistance } from '../../engine/dictionary/edit-distance';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation, Span } from '../../engine/types';
import { speechQuotations } from './shared';

const OWN_FORMS = new Set(['said-after', 'said-before', 'colon', 'partial', 'according-to']);
/** Words that precede a surname without making a full name: titles and determiners. */
const NOT_A_GIVEN_NAME = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'president', 'minister', 'secretary',
  'general', 'gen', 'chancellor', 'senator', 'sen', 'rep', 'gov', 'governor', 'judge', 'justice', 'chief', 'coach', 'captain', 'king',
  'queen', 'prince', 'princess', 'pope', 'mayor', 'chairman', 'speaker', 'commissioner', 'inspector', 'detective', 'sergeant', 'officer',
  'the', 'a', 'an', 'and', 'but', 'in', 'on', 'at', 'as', 'if', 'when', 'of', 'for', 'to', 'by', 'with', 'from', 'said', 'says',
  // Determiners and quantifiers open sentences before a name without being a given name (`Some Citigroup operations`).
  'some', 'many', 'most', 'all', 'several', 'both', 'each', 'every', 'other', 'another', 'these', 'those', 'this', 'that', 'its',
  'his', 'her', 'their', 'our', 'no', 'any', 'few', 'such', 'what', 'which', 'while', 'after', 'before', 'since', 'so', 'or',
]);
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/** A word as the title and determiner lists hold it: lower case, without an abbreviation's full stop. */
function titleForm(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Only spaces between two words (a single space, nearly always). */
function spaceBetween(prose: string, from: number, to: number): boolean {
  if (to - from === 1 && prose.charCodeAt(from) === 32) return true;
  return /^\s*$/.test(prose.slice(from, to));
}

/** The name without a possessive `'s`; most words have none, so no pattern is run for them. */
function bareName(w: string): string {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  const apostrophe = w.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? w.slice(0, -2) : w;
}

const UPPER = /^\p{Lu}/u;
/** Capitalised, cheaply: ASCII by char code, the rest by regex. */
function capitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(text);
}

/**
 * For the surnames asked about only: the first offset at which each follows a given name
 * (`Mark Rutte`, `Serena Williams` also introduces `Serena`), and whether it is ever used
 * with a courtesy title (`Mr Rutte`, a person). Plus the first proper name after the headline.
 */
function fullNames(model: TextModel, wanted: ReadonlySet<string>): { firstFull: Map<string, number>; firstGiven: Map<string, number>; titled: Set<string>; firstProperAt: number; pairs: number[] } {
  const firstFull = new Map<string, number>();
  const firstGiven = new Map<string, number>();
  const titled = new Set<string>();
  let firstProperAt = Infinity;
  // Two capitalised words in a row outside quotes, for allFullNames: one scan of the draft serves both.
  const pairs: number[] = [];
  const { words, prose } = model;
  const headlineEnd = model.headline?.end ?? -1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (!capitalised(w.text)) continue;
    if (firstProperAt === Infinity && !w.sentenceInitial && w.start > headlineEnd && w.text.length > 1 && !capitalised(w.text.slice(1, 2))) firstProperAt = w.start;
    const before = words[k - 1];
    if (before.sentence === w.sentence && w.quotation === -1 && capitalised(before.text)) pairs.push(k);
    const prev = words[beforeNickname(model, k)];
    if (!prev || prev.sentence !== w.sentence || !capitalised(prev.text)) continue;
    const surname = bareName(w.text);
    const given = bareName(prev.text);
    if (!wanted.has(surname) && !wanted.has(given)) continue;
    const prevLower = titleForm(prev.text);
    if (COURTESY.has(prevLower)) titled.add(surname);
    if (NOT_A_GIVEN_NAME.has(prevLower) || !/^[\s.]*$/.test(prose.slice(prev.end, nickname(model, w)?.start ?? w.start)) || /['’]s$/u.test(prev.text)) continue;
    if (!firstFull.has(surname)) firstFull.set(surname, prev.start);
    if (!firstGiven.has(given)) firstGiven.set(given, prev.start);
  }
  return { firstFull, firstGiven, titled, firstProperAt, pairs };
}

/** A quoted nickname right before word `w` (`Jimmy "the Whirlwind" White`), as its outer span. */
function nickname(model: TextModel, w: TextModel['words'][number]): { start: number; end: number } | undefined {
  const before = model.words[w.index - 1];
  if (!before || before.quotation === -1 || w.quotation === before.quotation) return undefined;
  const q = model.quotations[before.quotation];
  if (q.kind !== 'term' || q.parent !== -1 || !/^\s*$/.test(model.prose.slice(q.outer.end, w.start))) return undefined;
  return q.outer;
}

/** Index of the word before word k, looking past a quoted nickname between a given name and a surname. */
function beforeNickname(model: TextModel, k: number): number {
  const nick = nickname(model, model.words[k]);
  if (!nick) return k - 1;
  let j = k - 1;
  while (j >= 0 && model.words[j].end > nick.start) j--;
  return j;
}

/**
 * Every full name of the draft (`Jacques Barrot`) by surname, at its first use,
 * grouped by the surname's first letter; built only when a finding needs it.
 */
function allFullNames(model: TextModel, pairs: readonly number[]): Map<string, Map<string, Span>> {
  const byInitial = new Map<string, Map<string, Span>>();
  const { words, prose } = model;
  for (const k of pairs) {
    const w = words[k];
    const prev = words[k - 1];
    if (NOT_A_GIVEN_NAME.has(titleForm(prev.text)) || !spaceBetween(prose, prev.end, w.start)) continue;
    const surname = bareName(w.text);
    let bySurname = byInitial.get(surname[0]);
    if (!bySurname) byInitial.set(surname[0], (bySurname = new Map()));
    if (!bySurname.has(surname)) bySurname.set(surname, { start: prev.start, end: w.end });
  }
  return byInitial;
}

/** A full name given before `at` whose surname is one or two letters from `surname` (`Jacques Barrot` for `Mr Barot`). */
function nearName(names: Map<string, Map<string, Span>>, surname: string, at: number): Span | undefined {
  const max = surname.length >= 6 ? 2 : 1;
  for (const [other, span] of names.get(surname[0]) ?? []) {
    if (span.start >= at || other === surname) continue;
    if (editDistance(other, surname, max) <= max) return span;
  }
  return undefined;
}

/** The name a surname-only attribution hangs on, and its first hyphen part (`Kilroy-Silk` → `Kilroy`). */
const surnameOf = (speakerText: string) => bareName(speakerText.split(/\s+/).pop() ?? '');

export const speakerUnidentified = defineRule({
  meta: {
    id: 'quote/speaker-unidentified',
    family: 'quote',
    description: 'A quote attributed by surname, title and surname, or pronoun before the speaker is named in full.',
    rationale: 'Readers meet a speaker by full name first; “Rutte said” before any “Mark Rutte” leaves them guessing who is speaking.',
    defaultLevel: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    const candidates = speechQuotations(model)
      .map((q) => q.attribution)
      .filter((a): a is NonNullable<typeof a> => !!a?.speaker && !!a.speakerText && OWN_FORMS.has(a.form) && (a.speakerKind === 'surname' || a.speakerKind === 'title-surname' || a.speakerKind === 'pronoun'));
    if (candidates.length === 0) return;
    const wanted = new Set<string>();
    for (const a of candidates) {
      const surname = surnameOf(a.speakerText!);
      wanted.add(surname).add(surname.split('-')[0]);
    }
    const names = fullNames(model, wanted);
    let everyFullName: Map<string, Map<string, Span>> | undefined;
    const seen = new Set<number>();
    for (const a of candidates) {
      if (!a.speaker || !a.speakerText || seen.has(a.speaker.start)) continue;
      seen.add(a.speaker.start);
      const at = a.speaker.start;
      if (a.speakerKind === 'pronoun') {
        // Any proper name before the pronoun may be its antecedent; only a pronoun with none is flagged.
        if (!PERSON_PRONOUNS.has(a.speakerText.toLowerCase()) || names.firstProperAt < at) continue;
        report({ start: a.speaker.start, end: a.speaker.end, message: `“${a.speakerText}” stands for a speaker the draft has not named yet. Name the speaker in full before this quote.` });
        continue;
      }
      const surname = surnameOf(a.speakerText);
      // Words split at hyphens, so `Robert Kilroy-Silk` introduces `Kilroy`.
      const full = names.firstFull.get(surname) ?? names.firstFull.get(surname.split('-')[0]);
      if (full !== undefined && full < at) continue;
      const given = names.firstGiven.get(surname);
      if (given !== undefined && given < at) continue; // `Serena Williams` … `Serena said`
      // A lone capitalised word never given in full may be a company or a mononym (`Fosters`, `Mido`);
      // it is flagged only when the draft shows it is a person's surname (`Mr Rutte`, or `Mark Rutte` later).
      if (full === undefined && a.speakerKind === 'surname' && !names.titled.has(surname)) continue;
      const related: RelatedLocation[] = full !== undefined ? [{ start: full, end: full + model.text.slice(full, full + 80).indexOf(surname) + surname.length, message: 'Named in full only here, later in the draft.' }] : [];
      // `Mr Barot` after `Jacques Barrot`: more likely a misspelt surname than a new speaker.
      everyFullName ??= allFullNames(model, names.pairs);
      const near = nearName(everyFullName, surname, at);
      if (near) related.push({ ...near, message: 'A full name with a similar surname.' });
      const nearText = near ? model.text.slice(near.start, near.end) : '';
      report({
        start: a.speaker.start,
        end: a.speaker.end,
        message: near
          ? `“${a.speakerText}” is not named in full before this quote, but “${nearText}” is: check the spelling of the surname.`
          : `“${a.speakerText}” is not named in full before this quote. Give the speaker’s full name at first reference${full !== undefined ? ' (it appears only later)' : ''}.`,
        ...(related.length ? { related } : {}),
      });
    }
  },
});
