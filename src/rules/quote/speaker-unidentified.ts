import type { NamedEntity, TextModel } from '../../engine/model/types';
import { editDistance } from '../../engine/dictionary/edit-distance';
import { ROLE_NOUNS } from '../../engine/model/name-words';
import { mentionIn } from '../../engine/model/names';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation, Span } from '../../engine/types';
import { speechQuotations } from './shared';

const OWN_FORMS = new Set(['said-after', 'said-before', 'colon', 'partial', 'according-to']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * Where the draft first refers to someone a pronoun can stand for: a name that may be a person's
 * (not a place's or an organisation's), or a noun for a person (`a company spokesman`, `a broker`).
 */
function firstMaybePerson(model: TextModel): number {
  const { mentions, entities } = model.names;
  let first = Infinity;
  for (const m of mentions) {
    if (entities[m.entity].kind === 'person' || entities[m.entity].kind === 'other') {
      first = m.start;
      break;
    }
  }
  for (const w of model.words) {
    if (w.start >= first) break;
    if (w.quotation === -1 && ROLE_NOUNS.has(w.text.toLowerCase())) return w.start;
  }
  return first;
}

type People = Map<string, NamedEntity[]>;

/** The draft's people named in full, by the first letter of their surname: built only when a finding needs it. */
function peopleBySurnameInitial(model: TextModel): People {
  const byInitial: People = new Map();
  for (const e of model.names.entities) {
    if (e.kind !== 'person' || !e.full || !e.surname) continue;
    const list = byInitial.get(e.surname[0]);
    if (list) list.push(e);
    else byInitial.set(e.surname[0], [e]);
  }
  return byInitial;
}

/** A person named in full before `at` whose surname is one or two letters from `surname` (`Jacques Barrot` for `Mr Barot`). */
function nearName(people: People, surname: string, at: number): Span | undefined {
  const max = surname.length >= 6 ? 2 : 1;
  for (const e of people.get(surname[0]) ?? []) {
    if (e.full!.start >= at || e.surname === surname) continue;
    if (editDistance(e.surname!, surname, max) <= max) return e.full;
  }
  return undefined;
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
    const { names } = model;
    let people: People | undefined;
    let firstPersonAt: number | undefined;
    const seen = new Set<number>();
    for (const q of speechQuotations(model)) {
      const a = q.attribution;
      if (!a?.speaker || !a.speakerText || !OWN_FORMS.has(a.form) || seen.has(a.speaker.start)) continue;
      if (a.speakerKind !== 'surname' && a.speakerKind !== 'title-surname' && a.speakerKind !== 'pronoun') continue;
      seen.add(a.speaker.start);
      const at = a.speaker.start;
      if (a.speakerKind === 'pronoun') {
        // A name or a noun for a person before the pronoun may be its antecedent; only a pronoun with none is flagged.
        if (!PERSON_PRONOUNS.has(a.speakerText.toLowerCase()) || (firstPersonAt ??= firstMaybePerson(model)) < at) continue;
        report({ start: a.speaker.start, end: a.speaker.end, message: `“${a.speakerText}” stands for a speaker the draft has not named yet. Name the speaker in full before this quote.` });
        continue;
      }
      // A company or agency (`Citicorp said`) needs no full name; nor a lone word the draft never shows to be a person's.
      const mention = mentionIn(names, a.speaker);
      const entity = mention && names.entities[mention.entity];
      // `Serena said` is a given name the draft may use alone; only a surname asks for the full name.
      if (!entity || entity.kind !== 'person' || !entity.surname || (mention.form !== 'surname' && mention.form !== 'title-surname')) continue;
      const full = entity.full;
      // `President Reagan` is his own full reference (see the names layer).
      if (full && full.start <= at) continue;
      const related: RelatedLocation[] = full ? [{ start: full.start, end: full.end, message: 'Named in full only here, later in the draft.' }] : [];
      // `Mr Barot` after `Jacques Barrot`: more likely a misspelt surname than a new speaker.
      people ??= peopleBySurnameInitial(model);
      const near = nearName(people, entity.surname, at);
      if (near) related.push({ ...near, message: 'A full name with a similar surname.' });
      const nearText = near ? model.text.slice(near.start, near.end) : '';
      report({
        start: a.speaker.start,
        end: a.speaker.end,
        message: near
          ? `“${a.speakerText}” is not named in full before this quote, but “${nearText}” is: check the spelling of the surname.`
          : `“${a.speakerText}” is not named in full before this quote. Give the speaker’s full name at first reference${full ? ' (it appears only later)' : ''}.`,
        ...(related.length ? { related } : {}),
      });
    }
  },
});
