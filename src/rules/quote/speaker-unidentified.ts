import type { NamedEntity, TextModel } from '../../engine/model/types';
import { editDistance } from '../../engine/dictionary/edit-distance';
import { COURTESY_TITLES, ROLE_NOUNS } from '../../engine/model/name-words';
import { entitiesNamedInFull, firstNamedInFullWhoMayBePerson, mayBePerson, personNamedIn, speakerNamedInFullBefore } from '../../engine/model/lazy-layer';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation, Span } from '../../engine/types';
import { speechQuotations } from './shared';
import { isAsciiUpper } from '../../engine/model/char-class';

const OWN_FORMS = new Set(['said-after', 'said-before', 'colon', 'partial', 'according-to']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * Where the draft first refers to someone a pronoun can stand for: a noun for a person
 * (`a company spokesman`, `a broker`), a courtesy title and name (`Mr Blair`), or a name the names
 * layer reads as a person's or gives no kind (not a place or an organisation). The words are read
 * first, so most drafts answer without building the names layer; each is read once per lint.
 */
class FirstPerson {
  /** The first noun for a person or titled name among the words read so far (Infinity if none), and how many words were read. */
  private inWords = Infinity;
  private wordsRead = 0;
  private inFullNames?: number;
  private inNames?: number;

  constructor(private readonly model: TextModel) {}

  before(at: number): boolean {
    if (this.personWordBefore(at)) return true;
    // A full or titled name before the pronoun answers without building the whole layer.
    this.inFullNames ??= firstNamedInFullWhoMayBePerson(this.model.names);
    if (this.inFullNames < at) return true;
    this.inNames ??= firstPersonName(this.model);
    return this.inNames < at;
  }

  /**
   * Whether a noun for a person or a courtesy title and name comes before `at`, reading the words
   * only as far as the question needs, each once. Why: reading every word of each draft that
   * attributes a quote to `he` took 4 of the rule's 53 ms in main-thread profiles of a
   * reuters-world check at a011c60 (`node --cpu-prof dist/cli.js check --format json`, 6 runs).
   */
  private personWordBefore(at: number): boolean {
    const { words } = this.model;
    let k = this.wordsRead;
    while (this.inWords === Infinity && k < words.length && words[k].start < at) {
      if (isPersonWord(words, k)) this.inWords = words[k].start;
      k++;
    }
    this.wordsRead = k;
    return this.inWords < at;
  }
}

/**
 * Nouns for a person (ROLE_NOUNS, 1) and courtesy titles (COURTESY_TITLES, 2) in one map: one
 * look-up a word. Why: a scan of every word of reuters-world with it took 24 ms against 33 with
 * a look-up in each set (median of the warm rounds of a bundled loop over the models, 6 rounds).
 */
const PERSON_WORDS = new Map<string, 1 | 2>([...[...COURTESY_TITLES].map((w) => [w, 2] as const), ...[...ROLE_NOUNS].map((w) => [w, 1] as const)]);

/** Whether model word `k` is a noun for a person (`a company spokesman`, `a broker`), or a courtesy title before a name (`Mr Blair`), outside quotations. */
function isPersonWord(words: TextModel['words'], k: number): boolean {
  const w = words[k];
  const { text } = w;
  if (w.quotation !== -1 || text.length < 2) return false;
  // A noun in both lists (`professor`) is a noun for a person: the later entry wins.
  const kind = PERSON_WORDS.get(w.sentenceInitial || isAsciiUpper(text.charCodeAt(0)) ? text.toLowerCase() : text);
  if (kind !== 2) return kind === 1;
  const next = words[k + 1];
  return next !== undefined && next.sentence === w.sentence && isAsciiUpper(next.text.charCodeAt(0));
}

function firstPersonName(model: TextModel): number {
  const { mentions, entities } = model.names;
  for (const m of mentions) if (mayBePerson(entities[m.entity])) return m.start;
  return Infinity;
}

type People = Map<string, NamedEntity[]>;

/** The draft's people named in full, by the first letter of their surname: built only when a finding needs it. */
function peopleBySurnameInitial(model: TextModel): People {
  const byInitial: People = new Map();
  // Every person, surname and first full reference comes of full and titled names.
  for (const e of entitiesNamedInFull(model.names)) {
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
    let firstPerson: FirstPerson | undefined;
    const seen = new Set<number>();
    for (const q of speechQuotations(model)) {
      const a = q.attribution;
      if (!a?.speaker || !a.speakerText || !OWN_FORMS.has(a.form) || seen.has(a.speaker.start)) continue;
      if (a.speakerKind !== 'surname' && a.speakerKind !== 'title-surname' && a.speakerKind !== 'pronoun') continue;
      seen.add(a.speaker.start);
      const at = a.speaker.start;
      if (a.speakerKind === 'pronoun') {
        // A name or a noun for a person before the pronoun may be its antecedent; only a pronoun with none is flagged.
        if (!PERSON_PRONOUNS.has(a.speakerText.toLowerCase()) || (firstPerson ??= new FirstPerson(model)).before(at)) continue;
        report({ start: a.speaker.start, end: a.speaker.end, message: `“${a.speakerText}” stands for a speaker the draft has not named yet. Name the speaker in full before this quote.` });
        continue;
      }
      // Most speakers were named in full earlier, which is told without linking the draft's names.
      if (speakerNamedInFullBefore(names, a.speaker)) continue;
      // A company or agency (`Citicorp said`) needs no full name; nor a lone word the draft never shows to be a person's.
      const mention = personNamedIn(names, a.speaker);
      const entity = mention?.entity;
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
