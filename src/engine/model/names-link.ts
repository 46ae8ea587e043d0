import type { Span } from '../types';
import type { ParagraphReference } from './name-runs';
import type { TheNoun } from './name-roles';
import type { PlacedNames } from './names-cache';
import { Field, Placements } from './names-relink';
import type { NamedEntity, NameKind, NameMention, NameRole, NamesLayer, TextModel } from './types';

/** How a lone word names a person: by surname (`Blair`), or by given name (`Serena`). */
export interface LoneWordPerson {
  entity: NamedEntity;
  form: 'surname' | 'given';
}

/**
 * Links the draft's references across it, in three stages that each read the maps the ones before
 * left: full names, then titled surnames, then lone words (see findNames). A reader that needs only
 * the entities of full and titled names stops after the second stage (findFullNames); the lone-word
 * stage asks `personNamedBy` first, which answers alike from the first two stages alone.
 */
export class Linker {
  /** The draft's references in text order, each with its paragraph's start, its paragraph and its index there. */
  private readonly references: ParagraphReference[];
  private readonly bases: number[];
  private readonly paragraphOf: number[];
  private readonly indexIn: number[];
  readonly entities: NamedEntity[] = [];
  /** The entity each reference names, once its stage has linked it; -1 before. */
  private readonly entityOf: number[];
  /** One mention per reference, in the references' (text) order: made only when `withMentions`. */
  private readonly mentions: NameMention[];
  /** References of one word (titled or not), in text order, for the later stages. */
  private readonly singles: number[] = [];
  private readonly bySurname = new Map<string, number[]>();
  private readonly byGiven = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  private readonly byFullName = new Map<string, number>();
  private readonly otherBySurname = new Map<string, number>();
  private readonly otherByFirst = new Map<string, number>();

  /** With `placements`, records where each offset of the layer comes from (see names-relink.ts). */
  constructor(
    readonly model: TextModel,
    private readonly placed: PlacedNames[],
    private readonly placements: Placements | undefined,
    private readonly withMentions: boolean,
  ) {
    let count = 0;
    for (const { names } of placed) count += names.references.length;
    this.references = new Array(count);
    this.bases = new Array(count);
    this.paragraphOf = new Array(count);
    this.indexIn = new Array(count);
    this.entityOf = new Array<number>(count).fill(-1);
    this.mentions = new Array(withMentions ? count : 0);
    for (let p = 0, r = 0; p < placed.length; p++) {
      const { names, base } = placed[p];
      for (let k = 0; k < names.references.length; k++, r++) {
        this.references[r] = names.references[k];
        this.bases[r] = base;
        this.paragraphOf[r] = p;
        this.indexIn[r] = k;
      }
    }
  }

  private place<T extends Span>(span: T, r: number, field: Field): T {
    this.placements?.add(span, this.paragraphOf[r], this.indexIn[r], field);
    return span;
  }

  private newEntity(kind: NameKind, name: string): NamedEntity {
    const entity: NamedEntity = { index: this.entities.length, kind, name, roles: [], mentions: [] };
    this.entities.push(entity);
    return entity;
  }

  private mention(entity: NamedEntity, r: number, form: NameMention['form']): void {
    this.entityOf[r] = entity.index;
    if (!this.withMentions) return;
    const reference = this.references[r];
    const base = this.bases[r];
    const m: NameMention = this.place({ start: base + reference.start, end: base + reference.end, entity: entity.index, form, text: reference.text }, r, Field.Reference);
    const title = reference.title;
    if (title) m.title = this.place({ start: base + title.start, end: base + title.end }, r, Field.Title);
    this.mentions[r] = m;
    if (title && !title.courtesy) entity.roles.push(this.place({ start: base + title.start, end: base + title.end, text: title.text, head: title.head }, r, Field.Title));
  }

  private fullSpan(r: number): Span {
    return this.place({ start: this.bases[r] + this.references[r].start, end: this.bases[r] + this.references[r].end }, r, Field.Reference);
  }

  /** Full names first, so a surname used before the full name still finds its person. */
  linkFullNames(): void {
    const { references, entities, byName, byFullName, bySurname, byGiven, otherBySurname, otherByFirst } = this;
    for (let r = 0; r < references.length; r++) {
      const reference = references[r];
      if (reference.kind !== 'person' || reference.partCount < 2) {
        if (reference.partCount < 2) this.singles.push(r);
        else {
          let index = byName.get(reference.text);
          if (index === undefined) byName.set(reference.text, (index = this.newEntity(reference.kind, reference.text).index));
          const entity = entities[index];
          // `Mahmoud Abbas` may yet prove a person's name, when the draft writes `Mr Abbas`.
          if (entity.kind === 'other' && reference.partCount <= 3 && reference.partCount === reference.wordCount) {
            if (!otherBySurname.has(reference.lastPart)) otherBySurname.set(reference.lastPart, entity.index);
            if (!otherByFirst.has(reference.firstPart)) otherByFirst.set(reference.firstPart, entity.index);
          }
          entity.full ??= this.fullSpan(r);
          this.mention(entity, r, 'name');
        }
        continue;
      }
      const surname = reference.lastPart;
      const given = reference.firstPart;
      const key = `${given} ${surname}`;
      const same = byFullName.get(key);
      const entity = same !== undefined ? entities[same] : this.newEntity('person', reference.text);
      if (same === undefined) {
        entity.surname = surname;
        entity.given = given;
        entity.full = this.fullSpan(r);
        byFullName.set(key, entity.index);
        // Full names arrive in text order, so each surname's list is sorted by first full reference.
        const list = bySurname.get(surname);
        if (list) list.push(entity.index);
        else bySurname.set(surname, [entity.index]);
        if (!byGiven.has(given)) byGiven.set(given, entity.index);
      }
      this.mention(entity, r, 'full');
    }
  }

  private personCalled(surname: string, at: number): NamedEntity | undefined {
    const candidates = this.bySurname.get(surname);
    if (!candidates) return undefined;
    // The person last introduced before this point, else the first one introduced later.
    const before = lastBefore(candidates, at, (e) => this.entities[e].full?.start ?? 0);
    return this.entities[before >= 0 ? candidates[before] : candidates[0]];
  }

  private givenBefore(word: string, at: number): NamedEntity | undefined {
    const index = this.byGiven.get(word);
    return index !== undefined && this.entities[index].full!.start < at ? this.entities[index] : undefined;
  }

  /** Then titled surnames (`Mr Rutte`, `President Reagan`), which say a lone word is a person's name. */
  linkTitledNames(): void {
    const { references, bases, entities, bySurname, byGiven, otherBySurname } = this;
    for (const r of this.singles) {
      const reference = references[r];
      const title = reference.title;
      if (!title) continue;
      const start = bases[r] + reference.start;
      const surname = reference.lastWord;
      // `Kim Yungmin` … `Mr Kim`: a family name written first.
      let entity = this.personCalled(surname, start) ?? this.givenBefore(surname, start);
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
        entity = this.newEntity('person', surname);
        entity.surname = surname;
        bySurname.set(surname, [entity.index]);
      }
      if (title.identifies && (!entity.full || entity.full.start > start)) entity.full = this.place({ start: bases[r] + title.start, end: bases[r] + reference.end }, r, Field.TitleToEnd);
      this.mention(entity, r, 'title-surname');
    }
  }

  /**
   * The person an untitled lone word at offset `at` names, as the lone-word stage links it, read
   * from the first two stages' maps alone (lone words change none of them).
   */
  personNamedBy(word: string, at: number): LoneWordPerson | undefined {
    const person = this.personCalled(word, at);
    if (person) return { entity: person, form: 'surname' };
    const given = this.byGiven.get(word);
    return given !== undefined ? { entity: this.entities[given], form: 'given' } : undefined;
  }

  /**
   * The entity a lone word that names no person may yet be linked to by a word of a longer name
   * (`Lim` after `Lim Keng Yaik`), from the first two stages; the lone-word stage may instead find
   * an entity an earlier lone word made, which is never a person's.
   */
  otherNameHolding(word: string, kind: NameKind): NamedEntity | undefined {
    const index = kind === 'other' ? (this.otherBySurname.get(word) ?? this.otherByFirst.get(word)) : undefined;
    return index === undefined ? undefined : this.entities[index];
  }

  /** The entity the full or titled reference starting at offset `start` names, if the first two stages linked one there. */
  entityLinkedAt(start: number): NamedEntity | undefined {
    const { references, bases } = this;
    let lo = 0;
    let hi = references.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bases[mid] + references[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === references.length || bases[lo] + references[lo].start !== start || this.entityOf[lo] < 0) return undefined;
    return this.entities[this.entityOf[lo]];
  }

  /** Where the first full or titled reference whose entity passes `test` starts, once the first two stages have linked them; Infinity if none. */
  firstLinked(test: (entity: NamedEntity) => boolean): number {
    for (let r = 0; r < this.references.length; r++) if (this.entityOf[r] >= 0 && test(this.entities[this.entityOf[r]])) return this.bases[r] + this.references[r].start;
    return Infinity;
  }

  /** Lone words last: they make no entity of two names, and change the kind of none. Then roles, and `the` nouns that point back to them. */
  linkLoneWords(): NamesLayer {
    const { references, bases, entities, byName, mentions } = this;
    for (const r of this.singles) {
      const reference = references[r];
      if (reference.title) continue;
      const word = reference.lastWord;
      const person = this.personNamedBy(word, bases[r] + reference.start);
      if (person) {
        this.mention(person.entity, r, person.form);
        continue;
      }
      // `Lim` after `Lim Keng Yaik`: one of the words of a longer name the draft gave.
      let index = byName.get(word) ?? this.otherNameHolding(word, reference.kind)?.index;
      if (index === undefined) byName.set(word, (index = this.newEntity(reference.kind, word).index));
      else if (entities[index].kind === 'other' && reference.kind !== 'other') entities[index].kind = reference.kind;
      const entity = entities[index];
      entity.full ??= this.fullSpan(r);
      this.mention(entity, r, 'name');
    }
    for (const m of mentions) if (m.form === 'name' && entities[m.entity].kind === 'person') m.form = 'full';
    this.addRoles();
    for (const entity of entities) if (entity.roles.length > 1) entity.roles.sort((a, b) => a.start - b.start);
    const all = mentionsPointingBack(entities, this.placed, mentions, this.placements);
    all.forEach((m, i) => entities[m.entity].mentions.push(i));
    return { entities, mentions: all };
  }

  /** Roles written beside a person's name (`analyst Jane Roe`; `Jane Roe, an analyst with Acme Securities,` after a full name). */
  private addRoles(): void {
    const { references, bases, entities, mentions } = this;
    for (let r = 0; r < references.length; r++) {
      const entity = entities[mentions[r].entity];
      if (entity.kind !== 'person') continue;
      const { roleBefore, apposition } = references[r];
      if (roleBefore) entity.roles.push(this.place(placeRole(roleBefore, bases[r]), r, Field.RoleBefore));
      if (mentions[r].form === 'full' && apposition) entity.roles.push(this.place(placeRole(apposition, bases[r]), r, Field.Apposition));
    }
  }
}

const placeRole = (role: NameRole, base: number): NameRole => ({ start: base + role.start, end: base + role.end, text: role.text, head: role.head });

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
