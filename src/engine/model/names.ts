import { firstSpanFrom } from '../positions';
import type { Span } from '../types';
import type { ParagraphReference, TheNoun } from './name-runs';
import { namesByParagraph, readAll, type KeptNames, type PlacedNames } from './names-cache';
import { Field, Placements } from './names-relink';
import type { NamedEntity, NameKind, NameMention, NameRole, NamesLayer, TextModel } from './types';

export { isEverydayWord, isListedName } from './run-word';

/**
 * Builds the names layer: each paragraph's references read alone (`name-runs.ts`, kept between
 * keystrokes by a NamesCache), then linked across the draft with map look-ups; linear in the draft.
 */
export function findNames(model: TextModel, kept?: KeptNames): NamesLayer {
  const placed = namesByParagraph(model, kept);
  if (!kept) return linkReferences(placed);
  return kept.cache.linked(placed, (placements) => linkReferences(placed, placements));
}

/**
 * The entities of the draft's full names and titled names, as the whole layer has them (same kind,
 * name and first full reference, in the same order), for readers that need no more: lone words are
 * not read and nothing is linked to them; the entities carry no mentions and no roles. Why: the
 * CLI asks every draft for its people named in full (the workspace's list of names), and in most
 * drafts nothing else reads the layer.
 */
export function findFullNames(model: TextModel): NamedEntity[] {
  return linkReferences(readAll(model, true), undefined, true).entities;
}

/**
 * Full names first, then titled surnames, then lone words: which entity each reference names.
 * With `placements`, records where each offset of the layer comes from (see names-relink.ts).
 * With `fullNamesOnly`, stops once full and titled names are linked, and makes no mentions.
 */
function linkReferences(placed: PlacedNames[], placements?: Placements, fullNamesOnly = false): NamesLayer {
  // The draft's references in text order, each with its paragraph's start, its paragraph and its index there.
  const references: ParagraphReference[] = [];
  const bases: number[] = [];
  const paragraphOf: number[] = [];
  const indexIn: number[] = [];
  placed.forEach(({ names, base }, p) => {
    names.references.forEach((reference, k) => {
      references.push(reference);
      bases.push(base);
      paragraphOf.push(p);
      indexIn.push(k);
    });
  });
  const place = <T extends Span>(span: T, r: number, field: Field): T => {
    placements?.add(span, paragraphOf[r], indexIn[r], field);
    return span;
  };
  const entities: NamedEntity[] = [];
  // One mention per reference, in the references' (text) order.
  const mentions: NameMention[] = new Array(references.length);
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
  const mention = (entity: NamedEntity, r: number, form: NameMention['form']) => {
    if (fullNamesOnly) return;
    const reference = references[r];
    const base = bases[r];
    const m: NameMention = place({ start: base + reference.start, end: base + reference.end, entity: entity.index, form, text: reference.text }, r, Field.Reference);
    const title = reference.title;
    if (title) m.title = place({ start: base + title.start, end: base + title.end }, r, Field.Title);
    mentions[r] = m;
    if (title && !title.courtesy) entity.roles.push(place({ start: base + title.start, end: base + title.end, text: title.text, head: title.head }, r, Field.Title));
  };
  const fullSpan = (r: number): Span => place({ start: bases[r] + references[r].start, end: bases[r] + references[r].end }, r, Field.Reference);

  // Full names first, so a surname used before the full name still finds its person.
  const singles: number[] = [];
  for (let r = 0; r < references.length; r++) {
    const reference = references[r];
    if (reference.kind !== 'person' || reference.partCount < 2) {
      if (reference.partCount < 2) singles.push(r);
      else {
        let index = byName.get(reference.text);
        if (index === undefined) byName.set(reference.text, (index = newEntity(reference.kind, reference.text).index));
        const entity = entities[index];
        // `Mahmoud Abbas` may yet prove a person's name, when the draft writes `Mr Abbas`.
        if (entity.kind === 'other' && reference.partCount <= 3 && reference.partCount === reference.wordCount) {
          if (!otherBySurname.has(reference.lastPart)) otherBySurname.set(reference.lastPart, entity.index);
          if (!otherByFirst.has(reference.firstPart)) otherByFirst.set(reference.firstPart, entity.index);
        }
        entity.full ??= fullSpan(r);
        mention(entity, r, 'name');
      }
      continue;
    }
    const surname = reference.lastPart;
    const given = reference.firstPart;
    const key = `${given} ${surname}`;
    const same = byFullName.get(key);
    const entity = same !== undefined ? entities[same] : newEntity('person', reference.text);
    if (same === undefined) {
      entity.surname = surname;
      entity.given = given;
      entity.full = fullSpan(r);
      byFullName.set(key, entity.index);
      // Full names arrive in text order, so each surname's list is sorted by first full reference.
      const list = bySurname.get(surname);
      if (list) list.push(entity.index);
      else bySurname.set(surname, [entity.index]);
      if (!byGiven.has(given)) byGiven.set(given, entity.index);
    }
    mention(entity, r, 'full');
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
  for (const r of singles) {
    const reference = references[r];
    const title = reference.title;
    if (!title) continue;
    const start = bases[r] + reference.start;
    const surname = reference.lastWord;
    // `Kim Yungmin` … `Mr Kim`: a family name written first.
    let entity = personCalled(surname, start) ?? givenBefore(surname, start);
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
    if (title.identifies && (!entity.full || entity.full.start > start)) entity.full = place({ start: bases[r] + title.start, end: bases[r] + reference.end }, r, Field.TitleToEnd);
    mention(entity, r, 'title-surname');
  }
  // Lone words make no entity of two names, and change the kind of none.
  if (fullNamesOnly) return { entities, mentions: [] };
  for (const r of singles) {
    const reference = references[r];
    if (reference.title) continue;
    const word = reference.lastWord;
    const person = personCalled(word, bases[r] + reference.start);
    if (person) {
      mention(person, r, 'surname');
      continue;
    }
    const given = byGiven.get(word);
    if (given !== undefined) {
      mention(entities[given], r, 'given');
      continue;
    }
    // `Lim` after `Lim Keng Yaik`: one of the words of a longer name the draft gave.
    let index = byName.get(word) ?? (reference.kind === 'other' ? otherBySurname.get(word) ?? otherByFirst.get(word) : undefined);
    if (index === undefined) byName.set(word, (index = newEntity(reference.kind, word).index));
    else if (entities[index].kind === 'other' && reference.kind !== 'other') entities[index].kind = reference.kind;
    const entity = entities[index];
    entity.full ??= fullSpan(r);
    mention(entity, r, 'name');
  }
  for (const m of mentions) if (m.form === 'name' && entities[m.entity].kind === 'person') m.form = 'full';
  addRoles(entities, references, bases, mentions, place);
  for (const entity of entities) entity.roles.sort((a, b) => a.start - b.start);
  const all = mentionsPointingBack(entities, placed, mentions, placements);
  all.forEach((m, i) => entities[m.entity].mentions.push(i));
  return { entities, mentions: all };
}

const placeRole = (role: NameRole, base: number): NameRole => ({ start: base + role.start, end: base + role.end, text: role.text, head: role.head });

/** Roles written beside a person's name (`analyst Jane Roe`; `Jane Roe, an analyst with Acme Securities,` after a full name). */
function addRoles(entities: NamedEntity[], references: ParagraphReference[], bases: number[], mentions: NameMention[], place: <T extends Span>(span: T, r: number, field: Field) => T): void {
  for (let r = 0; r < references.length; r++) {
    const entity = entities[mentions[r].entity];
    if (entity.kind !== 'person') continue;
    const { roleBefore, apposition } = references[r];
    if (roleBefore) entity.roles.push(place(placeRole(roleBefore, bases[r]), r, Field.RoleBefore));
    if (mentions[r].form === 'full' && apposition) entity.roles.push(place(placeRole(apposition, bases[r]), r, Field.Apposition));
  }
}

/**
 * The later references that repeat a role's noun with `the` (`the analyst`), each resolved to the
 * person last given that role, merged into the mentions in text order.
 */
function mentionsPointingBack(entities: NamedEntity[], placed: PlacedNames[], mentions: NameMention[], placements: Placements | undefined): NameMention[] {
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
  if (byHead.size === 0) return mentions;
  const added: NameMention[] = [];
  placed.forEach(({ names, base }, p) => {
    names.theNouns.forEach((the, k) => {
      const roles = byHead.get(the.noun);
      if (!roles) return;
      const start = base + the.start;
      const at = lastBefore(roles, start, (r) => r.role.start);
      const latest = at >= 0 ? roles[at] : undefined;
      if (!latest || latest.role.end > start) return;
      const m = pointingBack(the, base, latest.entity);
      placements?.add(m, p, k, Field.The);
      added.push(m);
    });
  });
  return added.length === 0 ? mentions : mergeByStart(mentions, added);
}

const pointingBack = (the: TheNoun, base: number, entity: number): NameMention => ({ start: base + the.start, end: base + the.end, entity, form: 'role', text: the.text });

/** Two lists sorted by start as one; on a tie the first list's item comes first. */
function mergeByStart(a: NameMention[], b: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
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
