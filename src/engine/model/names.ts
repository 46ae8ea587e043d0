import { firstSpanFrom } from '../positions';
import type { Span } from '../types';
import { readParagraphNames, type SpanReader } from './name-paragraphs';
import { NameReader, runMayComeFrom, startsLoneRun, startsRun, withoutPossessive, type ParagraphReference, type UsedMidSentence } from './name-runs';
import { midSentenceTest, namesByParagraph, readAll, type KeptNames } from './names-cache';
import { Linker } from './names-link';
import type { SurnameUse } from './names-for-words';
import type { NamedEntity, NameKind, NameMention, NamesLayer, Paragraph, TextModel } from './types';

export { isEverydayWord, isListedName } from './run-word';

/**
 * Builds the names layer: each paragraph's references read alone (`name-runs.ts`, kept between
 * keystrokes by a NamesCache), then linked across the draft with map look-ups; linear in the draft.
 */
export function findNames(model: TextModel, kept?: KeptNames): NamesLayer {
  const placed = namesByParagraph(model, kept);
  if (!kept) return linkAll(new Linker(model, placed, undefined, true));
  return kept.cache.linked(placed, (placements) => linkAll(new Linker(model, placed, placements, true)));
}

/** Full names first, then titled surnames, then lone words: which entity each reference names. */
function linkAll(linker: Linker): NamesLayer {
  linker.linkFullNames();
  linker.linkTitledNames();
  return linker.linkLoneWords();
}

/**
 * The entities of the draft's full names and titled names, as the whole layer has them (same kind,
 * name and first full reference, in the same order), for readers that need no more: lone words are
 * not read and nothing is linked to them; the entities carry no mentions and no roles. Why: the
 * CLI asks every draft for its people named in full (the workspace's list of names), and for many
 * drafts nothing else reads the layer: at 68db9bf, builds for that list were 518 of the 990 ms of
 * findNames in the profile of a Reuters check. This reading costs about half the whole layer's.
 */
export function findFullNames(model: TextModel): NamedEntity[] {
  return linkFullNames(model).entities;
}

/** findFullNames, with the linking's look-ups kept for personMentionFromFullNames. */
export function linkFullNames(model: TextModel, usedMidSentence: UsedMidSentence = midSentenceTest(model)): Linker {
  const linker = new Linker(model, readAll(model, true, usedMidSentence), undefined, false);
  linker.linkFullNames();
  linker.linkTitledNames();
  return linker;
}

/**
 * Where the first full or titled name whose entity may be a person's (of kind `person` or `other`)
 * starts, as linkFullNames links them (Linker.firstLinked), reading paragraphs only up to it: a
 * titled single name and a person's full name always make a person; any other name has the kind of
 * the first reference written the same, which linking changes only from `other` (to a person's).
 * Infinity if none. Why: a quote attributed to `he` asks whether someone is named before it.
 */
export function firstPossiblePersonInFullNames(model: TextModel, usedMidSentence: UsedMidSentence): number {
  const reader = new NameReader(model, true);
  const kindOfText = new Map<string, NameKind>();
  for (const paragraph of model.paragraphs) {
    for (const reference of readParagraphNames(reader, paragraph, [], usedMidSentence, false).references) {
      if (reference.partCount < 2 || reference.kind === 'person') return paragraph.start + reference.start;
      let kind = kindOfText.get(reference.text);
      if (kind === undefined) kindOfText.set(reference.text, (kind = reference.kind));
      if (kind === 'other') return paragraph.start + reference.start;
    }
  }
  return Infinity;
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

/** mentionIn's answer when it is a person's mention, else undefined. */
export function personMentionInLayer(layer: NamesLayer, span: Span): NameMention | undefined {
  const mention = mentionIn(layer, span);
  return mention && layer.entities[mention.entity].kind === 'person' ? mention : undefined;
}

/** The mention that covers `offset` (the last that starts at or before it, if it ends after it) when it is a person's, else undefined. */
export function personMentionCoveringInLayer(layer: NamesLayer, offset: number): NameMention | undefined {
  const { mentions } = layer;
  const mention = mentions[firstSpanFrom(mentions, offset + 1) - 1];
  return mention && mention.end > offset && layer.entities[mention.entity].kind === 'person' ? mention : undefined;
}

/**
 * personMentionInLayer's answer, read without building the whole layer: from the linking of full
 * and titled names (`links`), and the names that start inside `span` (`spans`). Every person is
 * made by full and titled names; a lone word names one only by surname or given name, which the
 * lone-word stage asks of the same look-ups (Linker.personNamedBy). The entity indices are the
 * whole layer's, which lists full and titled names' entities first, in the same order. null when
 * only the whole layer can tell: `the analyst` may point back to a person's role (whose mention,
 * if it does, comes last unless a person's reference starts after it), and a lone word that is one
 * word of a longer name (`Lim` after `Lim Keng Yaik`) might name a person there.
 */
export function personMentionFromFullNames(links: Linker, spans: SpanReader, span: Span): NameMention | undefined | null {
  return personMentionAmong(links, namesStartingIn(links.model.paragraphs, spans, span));
}

/** The names that start inside a span (SpanReader.read): each reference with its paragraph's start, and where the last `the` noun starts (-1 if none). */
export interface NamesInSpan {
  references: ParagraphReference[];
  bases: number[];
  lastThe: number;
}

export function namesStartingIn(paragraphs: readonly Paragraph[], spans: SpanReader, span: Span): NamesInSpan {
  const found: NamesInSpan = { references: [], bases: [], lastThe: -1 };
  for (let p = firstParagraphEndingAfter(paragraphs, span.start); p < paragraphs.length && paragraphs[p].start < span.end; p++) {
    const base = paragraphs[p].start;
    const names = spans.read(paragraphs[p], span);
    if (names.theNouns.length > 0) found.lastThe = base + names.theNouns[names.theNouns.length - 1].start;
    for (const reference of names.references) {
      found.references.push(reference);
      found.bases.push(base);
    }
  }
  return found;
}

/** personMentionFromFullNames's answer for the names of a span, from a linking that holds every full and titled name bearing on them. */
export function personMentionAmong(links: Linker, names: NamesInSpan): NameMention | undefined | null {
  let person: NameMention | undefined;
  for (let i = 0; i < names.references.length; i++) {
    const mention = personMentionOf(links, names.references[i], names.bases[i]);
    if (mention === null) return null;
    if (mention) person = mention;
  }
  if (names.lastThe >= 0 && (!person || names.lastThe >= person.start)) return null;
  return person;
}

/** What surelyIntroduced asks of the references that start in a span. */
export type SpanName = Pick<ParagraphReference, 'partCount' | 'lastWord' | 'title'>;

/**
 * The names the whole reading may find starting in `span` when the span is one word that starts a
 * run alone, which no run before it reaches (runMayComeFrom): none, or that word as a single
 * untitled name without its possessive (readRun), given as the list of that one name; a run that
 * cannot start there gives none. undefined for any other span, whose names only reading tells.
 * Why: most speakers are a surname alone (`Rutte said`), and reading its run asked the word lists
 * about it: namesStartingIn took 11 of quote/speaker-unidentified's 53 ms in main-thread profiles
 * of a reuters-world check at a011c60 (`node --cpu-prof dist/cli.js check --format json`, 6 runs).
 */
export function loneNameIn(model: TextModel, span: Span): SpanName[] | undefined {
  const { words } = model;
  const k = firstSpanFrom(words, span.start);
  if (k === words.length || words[k].start !== span.start || (k + 1 < words.length && words[k + 1].start < span.end)) return undefined;
  if (k > 0 && runMayComeFrom(model, k) >= 0) return undefined;
  if (!startsRun(model, k)) return [];
  return startsLoneRun(model, k) ? [{ partCount: 1, lastWord: withoutPossessive(words[k].text) }] : undefined;
}

/**
 * Whether the whole layer's person mention for a span (personMentionInLayer) is surely none, or
 * none by surname (`full`, `given`, `role`), or by surname or title and surname of a person whose
 * first full reference (`full`) starts at or before the span: told from the span's names and how
 * the draft uses one word as a surname (`useOf`, see SurnameUse), without linking; false when only
 * linking can tell. `Rutte said` after `Mark Rutte` is most speakers' case.
 *
 * Why it holds: every reference starting in the span makes a mention there, and so may a `the`
 * noun (a role's). A reference of two names or more makes a full one or a name that is no person.
 * A single name that a person's full name ending in it comes before (`named-before`) is linked to the
 * person of the last such full name before it (Linker.personCalled), whose first full reference is
 * before the span unless a full or titled name starts inside the span before the single one; an
 * untitled single name whose word no full name ends in and no title goes before anywhere is filed
 * under no surname, so it names someone by given name, a name that is no surname, or no person.
 */
export function surelyIntroduced(references: readonly SpanName[], useOf: (surname: string, at: number) => SurnameUse, at: number): boolean {
  let single: SpanName | undefined;
  for (let i = 0; i < references.length; i++) {
    if (references[i].partCount >= 2) continue;
    if (i > 0) return false;
    single = references[i];
  }
  if (!single) return true;
  const use = useOf(single.lastWord, at);
  return use === 'named-before' || (use === 'unused' && !single.title);
}

/**
 * personMentionFromFullNames for the mention that covers `offset` (the last that starts at or
 * before it, if it ends after it), as mentionCovering reads the whole layer.
 */
export function personMentionCoveringFromFullNames(links: Linker, spans: SpanReader, offset: number): NameMention | undefined | null {
  const covering = referenceCovering(links.model.paragraphs, spans, offset);
  return covering ? personMentionOf(links, covering.reference, covering.base) : covering;
}

/**
 * The reference of the whole reading that may make the mention covering `offset` (the last that
 * starts at or before it, if it ends after it), with its paragraph's start; undefined when no
 * mention covers it, null when only the whole layer can tell (a `the` noun may).
 */
export function referenceCovering(paragraphs: readonly Paragraph[], spans: SpanReader, offset: number): { reference: ParagraphReference; base: number } | undefined | null {
  const p = firstParagraphEndingAfter(paragraphs, offset);
  // Every mention lies inside a paragraph.
  if (p === paragraphs.length || paragraphs[p].start > offset) return undefined;
  const base = paragraphs[p].start;
  const names = spans.read(paragraphs[p], { start: spans.coverFrom(paragraphs[p], offset), end: offset + 1 });
  const reference = names.references[names.references.length - 1];
  const the = names.theNouns[names.theNouns.length - 1];
  if (the && (!reference || the.start >= reference.start)) return null;
  if (!reference || base + reference.end <= offset) return undefined;
  return { reference, base };
}

/** The mention a reference of the whole reading makes, when it is a person's; null when only the whole layer can tell. */
export function personMentionOf(links: Linker, reference: ParagraphReference, base: number): NameMention | undefined | null {
  const start = base + reference.start;
  let entity: NamedEntity | undefined;
  let form: NameMention['form'];
  if (reference.partCount >= 2 || reference.title) {
    // Linked by the first two stages, which read full and titled references as the whole layer does.
    entity = links.entityLinkedAt(start);
    if (!entity) return null;
    form = reference.partCount < 2 ? 'title-surname' : entity.kind === 'person' ? 'full' : 'name';
  } else {
    const named = links.personNamedBy(reference.lastWord, start);
    if (!named && links.otherNameHolding(reference.lastWord, reference.kind)?.kind === 'person') return null;
    entity = named?.entity;
    form = named ? named.form : 'name';
  }
  if (!entity || entity.kind !== 'person') return undefined;
  const mention: NameMention = { start, end: base + reference.end, entity: entity.index, form, text: reference.text };
  if (reference.title) mention.title = { start: base + reference.title.start, end: base + reference.title.end };
  return mention;
}

/** Index of the first paragraph that ends after `offset` (paragraphs sorted, apart). */
function firstParagraphEndingAfter(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
