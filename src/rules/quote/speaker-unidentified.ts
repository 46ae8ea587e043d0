import type { TextModel } from '../../engine/model/types';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation } from '../../engine/types';
import { speechQuotations } from './shared';

const OWN_FORMS = new Set(['said-after', 'said-before', 'colon', 'partial', 'according-to']);
/** Words that precede a surname without making a full name: titles and determiners. */
const NOT_A_GIVEN_NAME = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'president', 'minister', 'secretary',
  'general', 'gen', 'chancellor', 'senator', 'sen', 'rep', 'gov', 'governor', 'judge', 'justice', 'chief', 'coach', 'captain', 'king',
  'queen', 'prince', 'princess', 'pope', 'mayor', 'chairman', 'speaker', 'commissioner', 'inspector', 'detective', 'sergeant', 'officer',
  'the', 'a', 'an', 'and', 'but', 'in', 'on', 'at', 'as', 'if', 'when', 'of', 'for', 'to', 'by', 'with', 'from', 'said', 'says',
]);
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

const bareName = (w: string) => w.replace(/['’]s$/u, '');

/** First offset at which each surname appears after a given name (`Mark Rutte`), and the first full name at all. */
function fullNames(model: TextModel): { firstFull: Map<string, number>; titled: Set<string>; firstProperAt: number } {
  const firstFull = new Map<string, number>();
  const titled = new Set<string>();
  let firstProperAt = Infinity;
  const { words, prose } = model;
  const headlineEnd = model.headline?.end ?? -1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const prev = words[k - 1];
    if (firstProperAt === Infinity && !w.sentenceInitial && w.start > headlineEnd && /^\p{Lu}\p{Ll}/u.test(w.text)) firstProperAt = w.start;
    if (COURTESY.has(prev.text.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(w.text)) titled.add(bareName(w.text));
    if (prev.sentence !== w.sentence || !/^\p{Lu}\p{Ll}/u.test(w.text) || !/^\p{Lu}/u.test(prev.text)) continue;
    if (NOT_A_GIVEN_NAME.has(prev.text.toLowerCase().replace(/\.$/, '')) || !/^[\s.]*$/.test(prose.slice(prev.end, w.start)) || /['’]s$/u.test(prev.text)) continue;
    const surname = bareName(w.text);
    if (!firstFull.has(surname)) firstFull.set(surname, prev.start);
    // `Serena Williams` also introduces `Serena`.
    const given = bareName(prev.text);
    if (!firstFull.has(given)) firstFull.set(given, prev.start);
  }
  return { firstFull, titled, firstProperAt };
}

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
    let names: ReturnType<typeof fullNames> | undefined;
    const seen = new Set<number>();
    for (const q of speechQuotations(model)) {
      const a = q.attribution;
      if (!a || !a.speaker || !a.speakerText || !OWN_FORMS.has(a.form) || seen.has(a.speaker.start)) continue;
      if (a.speakerKind !== 'surname' && a.speakerKind !== 'title-surname' && a.speakerKind !== 'pronoun') continue;
      seen.add(a.speaker.start);
      names ??= fullNames(model);
      const at = a.speaker.start;
      if (a.speakerKind === 'pronoun') {
        // Any proper name before the pronoun may be its antecedent; only a pronoun with none is flagged.
        if (!PERSON_PRONOUNS.has(a.speakerText.toLowerCase()) || names.firstProperAt < at) continue;
        report({ start: a.speaker.start, end: a.speaker.end, message: `“${a.speakerText}” stands for a speaker the draft has not named yet. Name the speaker in full before this quote.` });
        continue;
      }
      const surname = bareName(a.speakerText.split(/\s+/).pop() ?? '');
      // Words split at hyphens, so `Robert Kilroy-Silk` introduces `Kilroy`.
      const full = names.firstFull.get(surname) ?? names.firstFull.get(surname.split('-')[0]);
      if (full !== undefined && full < at) continue;
      // A lone capitalised word never given in full may be a company or a mononym (`Fosters`, `Mido`);
      // it is flagged only when the draft shows it is a person's surname (`Mr Rutte`, or `Mark Rutte` later).
      if (full === undefined && a.speakerKind === 'surname' && !names.titled.has(surname)) continue;
      const related: RelatedLocation[] = full !== undefined ? [{ start: full, end: full + model.text.slice(full, full + 80).indexOf(surname) + surname.length, message: 'Named in full only here, later in the draft.' }] : [];
      report({
        start: a.speaker.start,
        end: a.speaker.end,
        message: `“${a.speakerText}” is not named in full before this quote. Give the speaker’s full name at first reference${full !== undefined ? ' (it appears only later)' : ''}.`,
        ...(related.length ? { related } : {}),
      });
    }
  },
});
