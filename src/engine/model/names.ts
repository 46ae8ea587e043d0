import { dialectVariant, dictionaryFor, gazetteerEntry, wordList } from '../dictionary/word-list';
import { firstSpanFrom, spanIndexAt } from '../positions';
import type { Span } from '../types';
import {
  CALENDAR_WORDS, COURTESY_TITLES, HEAD_OF_STATE_TITLES, HYPHEN_SUFFIXES, JOB_TITLES, listForm, NAME_PARTICLES, NEVER_NAMES, OF_HEADS,
  ORGANISATION_ENDINGS, PEERAGE, POST_NOMINALS, PUBLIC_OFFICES, ROLE_NOUNS, WEAK_TITLES,
} from './name-words';
import type { NamedEntity, NameKind, NameMention, NameRole, NamesLayer, TextModel, Word } from './types';
import { startsWithCapital } from './char-class';

/** An everyday word in lower case (either dialect's spelling): `shares`, `senate`, `colour`. */
export function isEverydayWord(lower: string): boolean {
  const us = dictionaryFor('en-US');
  if (us.has(lower)) return true;
  const american = dialectVariant(lower, 'en-US');
  return american !== undefined && us.has(american);
}

/** A capitalised word a dictionary's name list or the gazetteer holds: `Ohio`, `Andrea`, `Columbus`. */
export function isListedName(word: string): boolean {
  return wordList('names').has(word) || gazetteerEntry(word) !== undefined;
}

const PLACE_KINDS = new Set(['country', 'capital', 'city', 'town', 'territory', 'country-part', 'capital-part', 'city-part', 'town-part', 'territory-part']);
/** The gazetteer's kind for a word (`city`, `first-name`, `demonym`), '' when unlisted; kept on a run's word, asked up to five times. */
function gazetteerKind(word: RunWord | string): string {
  if (typeof word === 'string') return gazetteerEntry(word)?.kind ?? '';
  return (word.gazetteer ??= gazetteerEntry(word.text)?.kind ?? '');
}
const isPlaceWord = (word: RunWord | string) => PLACE_KINDS.has(gazetteerKind(word));
const isFirstName = (word: RunWord | string) => gazetteerKind(word) === 'first-name';
const isDemonym = (word: RunWord | string) => gazetteerKind(word) === 'demonym';
/** Whether a run's word is an everyday word in lower case, kept on the word. */
const everyday = (word: RunWord) => (word.everyday ??= isEverydayWord(word.lower));

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;
const POSSESSIVE = /['’]s?$/u;
const withoutPossessive = (text: string) => (text.length > 2 && POSSESSIVE.test(text) && /['’]/u.test(text.slice(-2)) ? text.replace(POSSESSIVE, '') : text);

/** A word of a run of capitalised words: hyphenated parts joined (`Kilroy-Silk`), the possessive dropped. */
interface RunWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the model word it starts at. */
  word: number;
  initial: boolean;
  gazetteer?: string;
  everyday?: boolean;
}

/** A run of capitalised words read as one reference: its title split off, its kind judged from its words. */
interface Reference extends Span {
  words: RunWord[];
  /** The words without particles and connectors: `Ludwig Beethoven` of `Ludwig van Beethoven`. */
  parts: RunWord[];
  text: string;
  kind: NameKind;
  /**
   * `identifies`: the title and surname name the person in full: a head of state or government
   * (`President Reagan`), a peer or knight (`Lord Barber`), or an office named in full
   * (`Minister of Mines and Energy Subroto`).
   */
  title?: NameRole & { courtesy: boolean; identifies: boolean };
  /** `the Senate`, `the Pentagon`: an institution, not a person. */
  afterThe: boolean;
}

/** Words between which a name runs on: a space, or the full stop of an initial or a title (`J. R.`, `Rep. Mary`). */
function joins(prose: string, left: Word, right: Word): boolean {
  const gap = right.start - left.end;
  if (gap === 1) {
    const c = prose.charCodeAt(left.end);
    return c === 32 || c === 0xa0;
  }
  if (gap !== 2 || prose[left.end] !== '.' || prose[left.end + 1] !== ' ') return false;
  const lower = listForm(left.text);
  return left.text.length === 1 || COURTESY_TITLES.has(lower) || JOB_TITLES.has(lower) || lower === 'st' || lower === 'jr';
}

/** `"Shares …`, `(Former …`, `— Police …`: a word after these opens its phrase like a sentence's first word. */
const opensQuoteOrAside = (code: number) => code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0x2014 || code === 0x2013;
const startsName = (w: Word | undefined) => w !== undefined && startsWithCapital(w.text);
/** `Kilroy-Silk`, `Tae-woo`, `Jong-il`, but not `Ohio-based`. */
const continuesHyphenated = (w: Word) => startsWithCapital(w.text) || (!HYPHEN_SUFFIXES.has(w.text) && (w.text.length <= 3 || !isEverydayWord(w.text)) && /^\p{Ll}+$/u.test(w.text));

/**
 * The runs of capitalised words of the draft, outside the dateline, with
 * the particles and `of` that continue a name (`Osama bin Laden`, `Department of Transportation`).
 * Each word is read once.
 */
/**
 * The most words one name runs to: `International Bank for Reconstruction and Development` has six.
 * A longer run of capitalised words (a title-case headline, a pasted list of names) is cut here, so
 * that no per-word look-up into its name costs the length of the whole run.
 */
const MAX_NAME_WORDS = 12;

function findRuns(model: TextModel): RunWord[][] {
  const { words, prose } = model;
  const dateline = model.dateline;
  const skipped = (w: Word) => dateline !== undefined && w.start >= dateline.start && w.end <= dateline.end;
  const runs: RunWord[][] = [];
  let k = 0;
  while (k < words.length) {
    if (!startsName(words[k]) || skipped(words[k]) || loneNeverName(words, k, prose)) {
      k++;
      continue;
    }
    const run: RunWord[] = [];
    let j = k;
    for (;;) {
      // Join hyphenated parts: `Kilroy-Silk`, `Al-Assad`.
      let end = j;
      while (end + 1 < words.length && words[end + 1].start === words[end].end + 1 && prose[words[end].end] === '-' && continuesHyphenated(words[end + 1])) end++;
      const first = words[j];
      const text = prose.slice(first.start, words[end].end);
      run.push({ text, lower: listForm(text), start: first.start, end: words[end].end, word: j, initial: first.sentenceInitial || opensQuoteOrAside(prose.charCodeAt(first.start - 1)) });
      if ((POSSESSIVE.test(text) && /['’]/u.test(text.slice(-2))) || run.length >= MAX_NAME_WORDS) {
        j = end + 1;
        break;
      }
      const next = words[end + 1];
      const afterNickname = next ? wordAfterNickname(model, words[end], next) : -1;
      if (afterNickname >= 0) {
        j = afterNickname;
        continue;
      }
      if (!next || next.sentence !== first.sentence || !joins(prose, words[end], next)) {
        j = end + 1;
        break;
      }
      if (startsName(next)) {
        j = end + 1;
        continue;
      }
      // `bin Laden`, `van Gogh`; `Department of Transportation`, `Trade and Industry`.
      const after = words[end + 2];
      // `Trade and Industry`, `Mines and Energy`, but not `Transportation and General Motors` (another name).
      const joinsWithAnd = (next.text === 'and' || next.text === '&') && run.some((w) => w.text === 'of') && after !== undefined && isEverydayWord(after.text.toLowerCase()) && !startsOtherName(words[end + 3], after, prose);
      const connector = NAME_PARTICLES.has(next.text) || (next.text === 'of' && OF_HEADS.has(run[run.length - 1].lower)) || joinsWithAnd;
      if (connector && after && after.sentence === next.sentence && joins(prose, next, after) && startsName(after)) {
        run.push({ text: next.text, lower: next.text, start: next.start, end: next.end, word: end + 1, initial: false });
        j = end + 2;
        continue;
      }
      j = end + 1;
      break;
    }
    runs.push(run);
    k = j;
  }
  return runs;
}

/** Whether `next` continues the name `word` starts with another everyday capitalised word (`General Motors`). */
function startsOtherName(next: Word | undefined, word: Word, prose: string): boolean {
  return next !== undefined && next.sentence === word.sentence && joins(prose, word, next) && startsName(next) && isEverydayWord(next.text.toLowerCase());
}

/** `The`, `But`, `He` with no capitalised word after it: the commonest capitalised words, dropped before any run is built. */
function loneNeverName(words: Word[], k: number, prose: string): boolean {
  const w = words[k];
  if (w.text.length > 7 || !NEVER_NAMES.has(w.text.toLowerCase())) return false;
  const next = words[k + 1];
  return !next || !startsName(next) || !joins(prose, w, next);
}

/** `Jimmy "the Whirlwind" White`: the index of the surname after a quoted nickname that follows `word`, or -1. */
function wordAfterNickname(model: TextModel, word: Word, next: Word): number {
  if (next.quotation === -1 || next.quotation === word.quotation) return -1;
  const q = model.quotations[next.quotation];
  if (q.kind !== 'term' || q.parent !== -1 || q.outer.start !== word.end + 1) return -1;
  let k = next.index;
  while (k < model.words.length && model.words[k].start < q.outer.end) k++;
  const after = model.words[k];
  return after && after.start === q.outer.end + 1 && model.prose[q.outer.end] === ' ' && startsName(after) ? k : -1;
}

/** Whether a word the draft capitalises is an ordinary word that merely opens a sentence (`Shares`, `Former`). */
function opensSentenceOnly(word: RunWord, usedMidSentence: () => Set<string>): boolean {
  return word.initial && everyday(word) && !isListedName(word.text) && !usedMidSentence().has(word.text);
}

/** A title word before a name: always for `Mr`, `Rep.`, `Mayor`; for `General`, `State` only before a word that is no everyday one. */
function isTitleBefore(word: RunWord, next: RunWord): boolean {
  if (!COURTESY_TITLES.has(word.lower) && !JOB_TITLES.has(word.lower)) return false;
  if (!WEAK_TITLES.has(word.lower)) return true;
  // `Shadow Europe minister`, `State Bank`, `General Motors`.
  if (isPlaceWord(next) || isDemonym(next) || ACRONYM.test(next.text)) return false;
  return !everyday(next) || isFirstName(next) || COURTESY_TITLES.has(next.lower) || JOB_TITLES.has(next.lower);
}

const isConnector = (w: RunWord) => w.text === 'of' || w.text === 'and' || w.text === '&' || NAME_PARTICLES.has(w.text);

/** What a run of capitalised words refers to, and the title written with it. */
function readRun(model: TextModel, run: RunWord[], usedMidSentence: () => Set<string>): Reference | undefined {
  let first = 0;
  // Function words and calendar words open runs without being names: `But Mr Roe`, `On Friday`.
  while (first < run.length && (NEVER_NAMES.has(run[first].lower) || isConnector(run[first]) || (first === 0 && opensSentenceOnly(run[first], usedMidSentence)) || (CALENDAR_WORDS.has(run[first].lower) && first === run.length - 1))) first++;
  // `Conservative Graham Brady`, `Former Andrea Ginther`: an everyday word describing the person before a given name.
  while (first + 2 < run.length && everyday(run[first]) && !isFirstName(run[first]) && isFirstName(run[first + 1]) && !COURTESY_TITLES.has(run[first].lower) && !JOB_TITLES.has(run[first].lower)) first++;
  let stop = run.length;
  while (stop - first > 1 && POST_NOMINALS.has(run[stop - 1].lower)) stop--;
  const words = run.slice(first, stop);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1];
  last.text = withoutPossessive(last.text);
  // The title ends at the last title word that a name follows: `Columbus Mayor | Andrea Ginther`, `Deputy Prime Minister Mr | Prescott`.
  let titleEnd = -1;
  for (let i = 0; i + 1 < words.length; i++) if (isTitleBefore(words[i], words[i + 1])) titleEnd = i;
  let nameStart = titleEnd + 1;
  // `Mayor of London Sadiq Khan`: what the title governs stays with it.
  if (titleEnd >= 0 && words[nameStart].text === 'of') {
    while (nameStart + 1 < words.length && !isFirstName(words[nameStart]) && (isConnector(words[nameStart]) || isPlaceWord(words[nameStart]) || everyday(words[nameStart]))) nameStart++;
  }
  const name = words.slice(nameStart);
  if (name.length === 0 || (name.length === 1 && (NEVER_NAMES.has(name[0].lower) || COURTESY_TITLES.has(name[0].lower)))) return undefined;
  // `May` alone is a month; after another name word it is a surname (`Theresa May`).
  if (name.length === 1 && CALENDAR_WORDS.has(name[0].lower) && titleEnd < 0) return undefined;
  const start = name[0].start;
  const end = name[name.length - 1].start + name[name.length - 1].text.length;
  const text = name.length === 1 ? name[0].text : model.prose.slice(start, end).replace(/\s+/g, ' ');
  const before = model.words[words[0].word - 1];
  const afterThe = before !== undefined && before.text.toLowerCase() === 'the' && before.sentence === model.words[words[0].word].sentence;
  let title: Reference['title'];
  if (titleEnd >= 0) {
    const titleWords = words.slice(0, nameStart);
    const head = titleWords[titleEnd].lower;
    const pair = titleEnd > 0 ? `${titleWords[titleEnd - 1].lower} ${head}` : head;
    title = {
      start: titleWords[0].start,
      end: titleWords[titleWords.length - 1].end,
      text: model.prose.slice(titleWords[0].start, titleWords[titleWords.length - 1].end),
      head,
      courtesy: COURTESY_TITLES.has(head) && !PEERAGE.has(head),
      identifies: HEAD_OF_STATE_TITLES.has(pair) || HEAD_OF_STATE_TITLES.has(head) || PEERAGE.has(head) || (PUBLIC_OFFICES.has(head) && namesItsJurisdiction(model, titleWords)),
    };
  }
  const parts = name.length === 1 ? name : name.filter((w) => !isConnector(w));
  return { start, end, words: name, parts, text, kind: kindOf(name, parts, title !== undefined, afterThe), title, afterThe };
}

/**
 * An office named with its jurisdiction, which only one person holds: `Minister of Mines and Energy`,
 * `Indonesian Energy Minister`, `Indonesia's Mines and Energy Minister`.
 */
function namesItsJurisdiction(model: TextModel, titleWords: RunWord[]): boolean {
  if (titleWords.some((w) => w.text === 'of' || isPlaceWord(w) || isDemonym(w))) return true;
  const { words } = model;
  const first = titleWords[0].word;
  for (let k = first - 1; k >= 0 && k >= first - 3 && words[k].sentence === words[first].sentence; k--) {
    const bare = withoutPossessive(words[k].text);
    if (bare !== words[k].text && (isPlaceWord(bare) || ACRONYM.test(bare))) return true;
  }
  return false;
}

function kindOf(name: RunWord[], parts: RunWord[], titled: boolean, afterThe: boolean): NameKind {
  const lastLower = listForm(name[name.length - 1].text);
  if (name.some((w) => w.text === 'of' || w.text === '&') || ORGANISATION_ENDINGS.has(lastLower)) return 'organisation';
  if (titled) return 'person';
  if (name.length === 1) {
    const only = name[0].text;
    if (ACRONYM.test(only) && !isEverydayWord(only.toLowerCase())) return isPlaceWord(name[0]) || isPlaceWord(only[0] + only.slice(1).toLowerCase()) ? 'place' : 'organisation';
    if (isDemonym(name[0])) return 'other';
    // `the Kremlin` or `the Franklinton neighborhood`: `the` alone does not say which.
    return isPlaceWord(name[0]) ? 'place' : 'other';
  }
  if (parts.every((w) => isPlaceWord(w))) return 'place';
  const firstWord = parts[0];
  const lastWord = parts[parts.length - 1];
  if (afterThe || parts.some((w) => isDemonym(w))) return 'other';
  if (isFirstName(firstWord) && !ACRONYM.test(lastWord.text)) return 'person';
  if (isPlaceWord(lastWord)) return 'other';
  if (!everyday(firstWord) && !everyday(lastWord) && !ACRONYM.test(firstWord.text) && !ACRONYM.test(lastWord.text)) return 'person';
  return 'other';
}

/** Capitalised words the draft uses inside sentences: names, unlike ordinary words that merely open one. */
function capitalisedMidSentence(model: TextModel): Set<string> {
  const seen = new Set<string>();
  for (const w of model.words) if (!w.sentenceInitial && startsWithCapital(w.text)) seen.add(w.text);
  return seen;
}

/** Builds the names layer: one pass over the words for runs, then map look-ups; linear in the draft. */
export function findNames(model: TextModel): NamesLayer {
  // Needed only for a sentence's first word that is also an everyday word: built on the first such question.
  let midSentence: Set<string> | undefined;
  const usedMidSentence = () => (midSentence ??= capitalisedMidSentence(model));
  const references: Reference[] = [];
  const headline = model.headline;
  for (let run of findRuns(model)) {
    const inHeadline = headline !== undefined && run[0].start < headline.end && run[run.length - 1].end > headline.start;
    // `Mark Rutte Warns Allies`: in a headline, a name ends at the first everyday word.
    if (inHeadline) {
      const cut = run.findIndex((w, i) => i > 0 && everyday(w) && !isListedName(w.text));
      if (cut > 0) run = run.slice(0, cut);
    }
    const reference = readRun(model, run, usedMidSentence);
    if (!reference) continue;
    // A headline capitalises every word; only a person's full name there (`Mark Rutte warns allies`) is read.
    if (inHeadline && (reference.kind !== 'person' || reference.title || reference.words.length < 2 || reference.words.some((w) => everyday(w) && !isListedName(w.text)))) continue;
    references.push(reference);
  }
  const entities: NamedEntity[] = [];
  const mentions: NameMention[] = [];
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number>();
  const byName = new Map<string, number>();
  const byFullName = new Map<string, number>();
  const otherBySurname = new Map<string, number>();
  const otherByFirst = new Map<string, number>();
  const newEntity = (kind: NameKind, name: string): NamedEntity => {
    const entity: NamedEntity = { index: entities.length, kind, name, roles: [], mentions: [] };
    entities.push(entity);
    return entity;
  };
  const mention = (entity: NamedEntity, reference: Reference, form: NameMention['form']) => {
    const m: NameMention = { start: reference.start, end: reference.end, entity: entity.index, form, text: reference.text };
    if (reference.title) m.title = { start: reference.title.start, end: reference.title.end };
    mentions.push(m);
    if (reference.title && !reference.title.courtesy) entity.roles.push({ start: reference.title.start, end: reference.title.end, text: reference.title.text, head: reference.title.head });
  };

  // Full names first, so a surname used before the full name still finds its person.
  const singles: Reference[] = [];
  for (const reference of references) {
    const parts = reference.parts;
    if (reference.kind !== 'person' || parts.length < 2) {
      if (parts.length < 2) singles.push(reference);
      else {
        let index = byName.get(reference.text);
        if (index === undefined) byName.set(reference.text, (index = newEntity(reference.kind, reference.text).index));
        const entity = entities[index];
        // `Mahmoud Abbas` may yet prove a person's name, when the draft writes `Mr Abbas`.
        if (entity.kind === 'other' && parts.length <= 3 && parts.length === reference.words.length) {
          if (!otherBySurname.has(parts[parts.length - 1].text)) otherBySurname.set(parts[parts.length - 1].text, entity.index);
          if (!otherByFirst.has(parts[0].text)) otherByFirst.set(parts[0].text, entity.index);
        }
        entity.full ??= { start: reference.start, end: reference.end };
        mention(entity, reference, 'name');
      }
      continue;
    }
    const surname = parts[parts.length - 1].text;
    const given = parts[0].text;
    const key = `${given} ${surname}`;
    const same = byFullName.get(key);
    const entity = same !== undefined ? entities[same] : newEntity('person', reference.text);
    if (same === undefined) {
      entity.surname = surname;
      entity.given = given;
      entity.full = { start: reference.start, end: reference.end };
      byFullName.set(key, entity.index);
      // Full names arrive in text order, so each surname's list is sorted by first full reference.
      const list = bySurname.get(surname);
      if (list) list.push(entity.index);
      else bySurname.set(surname, [entity.index]);
      if (!byGiven.has(given)) byGiven.set(given, entity.index);
    }
    mention(entity, reference, 'full');
  }
  const personCalled = (surname: string, at: number): NamedEntity | undefined => {
    const candidates = bySurname.get(surname);
    if (!candidates) return undefined;
    // The person last introduced before this point, else the first one introduced later.
    const before = lastBefore(candidates, at, (e) => entities[e].full?.start ?? 0);
    return entities[before >= 0 ? candidates[before] : candidates[0]];
  };
  const givenBefore = (word: string, at: number): NamedEntity | undefined => {
    const index = byGiven.get(word);
    return index !== undefined && entities[index].full!.start < at ? entities[index] : undefined;
  };
  // Then titled surnames (`Mr Rutte`, `President Reagan`), which say a lone word is a person's name.
  for (const reference of singles) {
    if (!reference.title) continue;
    const surname = reference.words[reference.words.length - 1].text;
    // `Kim Yungmin` … `Mr Kim`: a family name written first.
    let entity = personCalled(surname, reference.start) ?? givenBefore(surname, reference.start);
    const other = entity ? undefined : otherBySurname.get(surname);
    if (other !== undefined) {
      entity = entities[other];
      const words = entity.name.split(' ');
      entity.kind = 'person';
      entity.surname = surname;
      entity.given = words[0];
      bySurname.set(surname, [entity.index]);
      if (!byGiven.has(words[0])) byGiven.set(words[0], entity.index);
    }
    if (!entity) {
      entity = newEntity('person', surname);
      entity.surname = surname;
      bySurname.set(surname, [entity.index]);
    }
    if (reference.title?.identifies && (!entity.full || entity.full.start > reference.start)) entity.full = { start: reference.title.start, end: reference.end };
    mention(entity, reference, 'title-surname');
  }
  for (const reference of singles) {
    if (reference.title) continue;
    const word = reference.words[reference.words.length - 1].text;
    const person = personCalled(word, reference.start);
    if (person) {
      mention(person, reference, 'surname');
      continue;
    }
    const given = byGiven.get(word);
    if (given !== undefined) {
      mention(entities[given], reference, 'given');
      continue;
    }
    // `Lim` after `Lim Keng Yaik`: one of the words of a longer name the draft gave.
    let index = byName.get(word) ?? (reference.kind === 'other' ? otherBySurname.get(word) ?? otherByFirst.get(word) : undefined);
    if (index === undefined) byName.set(word, (index = newEntity(reference.kind, word).index));
    else if (entities[index].kind === 'other' && reference.kind !== 'other') entities[index].kind = reference.kind;
    const entity = entities[index];
    entity.full ??= { start: reference.start, end: reference.end };
    mention(entity, reference, 'name');
  }
  for (const m of mentions) if (m.form === 'name' && entities[m.entity].kind === 'person') m.form = 'full';
  mentions.sort((a, b) => a.start - b.start);
  addRoles(model, entities, mentions);
  for (const entity of entities) entity.roles.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => entities[m.entity].mentions.push(i));
  return { entities, mentions };
}

/** Words that end a role's head: `an analyst | with Acme Securities`, `vice chairman | of …`. */
const ROLE_HEAD_END = new Set(['of', 'with', 'at', 'for', 'in', 'to', 'from', 'on', 'within', 'inside', 'who', 'whom', 'which', 'that', 'and', 'based', 'since', 'until', 'under', 'by']);
/** How an apposition that describes a person opens: `a`, `an`, `the`, `former`, or a title word. */
const ROLE_OPENERS = new Set(['a', 'an', 'the', 'one', 'his', 'her', 'their', 'its', 'former', 'senior', 'acting', 'assistant', 'associate', 'managing', 'interim', 'deputy', 'vice', 'chief', 'executive', 'then', 'now', 'also', 'longtime', 'veteran']);
const MAX_ROLE_WORDS = 16;
const APPOSITION_GAP = /^,\s$/;

/**
 * Roles written beside a person's full name, `Jane Roe, an analyst with Acme Securities,`,
 * `analyst Jane Roe`; then the later references that repeat the role's noun with `the`
 * (`the analyst`), each resolved to the person last given that role.
 */
function addRoles(model: TextModel, entities: NamedEntity[], mentions: NameMention[]): void {
  const { words, prose } = model;
  const wordAt = (offset: number) => Math.max(0, spanIndexAt(words, offset));
  for (const m of mentions) {
    const entity = entities[m.entity];
    if (entity.kind !== 'person') continue;
    const first = wordAt(m.title?.start ?? m.start);
    const before = words[first - 1];
    // `analyst Jane Roe`, `director general Noboru Hatakeyama`.
    const roleWord = before && (before.sentenceInitial || !startsWithCapital(before.text)) ? before.text.toLowerCase() : '';
    if (roleWord && before.sentence === words[first].sentence && prose.slice(before.end, words[first].start) === ' ' && (ROLE_NOUNS.has(roleWord) || JOB_TITLES.has(roleWord))) {
      let from = first - 1;
      while (from > 0 && words[from - 1].sentence === before.sentence && prose.slice(words[from - 1].end, words[from].start) === ' ' && (ROLE_NOUNS.has(words[from - 1].text) || JOB_TITLES.has(words[from - 1].text)) && first - from < 3) from--;
      entity.roles.push({ start: words[from].start, end: before.end, text: prose.slice(words[from].start, before.end), head: roleWord });
    }
    if (m.form !== 'full') continue;
    const last = wordAt(m.end - 1);
    const opener = words[last + 1];
    if (!opener || opener.sentence !== words[last].sentence || !APPOSITION_GAP.test(prose.slice(m.end, opener.start).replace(/^['’]s?/u, ''))) continue;
    const lower = opener.text.toLowerCase();
    if (!ROLE_OPENERS.has(lower) && !ROLE_NOUNS.has(lower) && !JOB_TITLES.has(lower)) continue;
    let end = last + 1;
    let head = '';
    let headDone = false;
    while (end < words.length && end - last <= MAX_ROLE_WORDS && words[end].sentence === opener.sentence) {
      const w = words[end];
      if (!headDone && ROLE_HEAD_END.has(w.text) && end > last + 1) headDone = true;
      if (!headDone) head = listForm(w.text);
      const gap = prose.slice(w.end, words[end + 1]?.start ?? w.end);
      end++;
      if (/[,.;:!?()"“”—–]/.test(gap)) break;
    }
    if (head && !ROLE_OPENERS.has(head)) entity.roles.push({ start: opener.start, end: words[end - 1].end, text: prose.slice(opener.start, words[end - 1].end), head });
  }
  // Roles by head noun, in text order: `the analyst` points back to the latest.
  const byHead = new Map<string, { role: NameRole; entity: number }[]>();
  const all: { role: NameRole; entity: number }[] = [];
  for (const entity of entities) for (const role of entity.roles) all.push({ role, entity: entity.index });
  all.sort((a, b) => a.role.start - b.role.start);
  for (const r of all) {
    const list = byHead.get(r.role.head);
    if (list) list.push(r);
    else byHead.set(r.role.head, [r]);
  }
  if (byHead.size === 0) return;
  const added: NameMention[] = [];
  for (let k = 1; k < words.length; k++) {
    const the = words[k - 1];
    if (the.text !== 'the' && the.text !== 'The') continue;
    const w = words[k];
    const roles = byHead.get(w.text.toLowerCase());
    if (!roles || the.sentence !== w.sentence || w.start !== the.end + 1) continue;
    // `the analyst Jane Roe` introduces a name of its own.
    const next = words[k + 1];
    if (next && next.sentence === w.sentence && startsWithCapital(next.text) && prose.slice(w.end, next.start) === ' ') continue;
    const at = lastBefore(roles, the.start, (r) => r.role.start);
    const latest = at >= 0 ? roles[at] : undefined;
    if (!latest || latest.role.end > the.start) continue;
    added.push({ start: the.start, end: w.end, entity: latest.entity, form: 'role', text: prose.slice(the.start, w.end) });
  }
  if (added.length === 0) return;
  const merged = [...mentions, ...added].sort((a, b) => a.start - b.start);
  mentions.length = 0;
  mentions.push(...merged);
}

/** Index of the last item of a list sorted by `startOf` that starts before `at`, or -1. */
function lastBefore<T>(list: readonly T[], at: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The mention a phrase refers to: the last person's that starts inside `span`, else the first mention there. */
export function mentionIn(layer: NamesLayer, span: Span): NameMention | undefined {
  const { mentions, entities } = layer;
  const lo = firstSpanFrom(mentions, span.start);
  // `Shadow Europe minister Mr Brady`: the name that ends the phrase is the speaker's.
  let found: NameMention | undefined;
  let person: NameMention | undefined;
  for (let i = lo; i < mentions.length && mentions[i].start < span.end; i++) {
    if (entities[mentions[i].entity].kind === 'person') person = mentions[i];
    found ??= mentions[i];
  }
  return person ?? found;
}
