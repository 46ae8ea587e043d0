import { SpanReader } from './name-paragraphs';
import { NameReader, type UsedMidSentence } from './name-runs';
import { findNames, firstPossiblePersonInFullNames, linkFullNames, loneNameIn, namesStartingIn, personMentionAmong, personMentionCoveringFromFullNames, personMentionCoveringInLayer, personMentionFromFullNames, personMentionInLayer, personMentionOf, referenceCovering, surelyIntroduced } from './names';
import { NamesForWords } from './names-for-words';
import { midSentenceTest, type KeptNames } from './names-cache';
import type { Linker } from './names-link';
import type { Span } from '../types';
import type { NameMention, NamedEntity, NamesLayer, TextModel } from './types';

/**
 * The names layer, built the first time a rule reads it. Why: built for every draft it cost about
 * 30% of a whole lint's CPU time over both corpora (bundled build, `process.cpuUsage`), and only
 * about one draft in seven has a quote rule or Names to Verify that reads it. A class with getters,
 * not a getter on the model: redefining a property of the model would slow every rule's reads of it.
 */
export class LazyNames implements NamesLayer {
  private built?: NamesLayer;
  private fullNames?: Linker;
  /** For readings short of the whole layer: the draft's mid-sentence words gathered once, and the names of spans. */
  private usedMidSentence?: UsedMidSentence;
  private spans?: SpanReader;
  private forWords?: NamesForWords;

  constructor(
    private readonly model: TextModel,
    private readonly kept?: KeptNames,
  ) {}

  get entities(): NamedEntity[] {
    return (this.built ??= findNames(this.model, this.kept)).entities;
  }

  get mentions(): NameMention[] {
    return (this.built ??= findNames(this.model, this.kept)).mentions;
  }

  /** Whether the whole layer is at hand: built, or kept between lints (then linking it costs little). */
  private get whole(): boolean {
    return this.built !== undefined || this.kept !== undefined;
  }

  private fullNameLinks(): Linker {
    return (this.fullNames ??= linkFullNames(this.model, this.midSentence()));
  }

  private midSentence(): UsedMidSentence {
    return (this.usedMidSentence ??= midSentenceTest(this.model));
  }

  /** The entities of the draft's full and titled names (findFullNames): the layer's own once it is built or kept between lints. */
  fullNameEntities(): readonly NamedEntity[] {
    return this.whole ? this.entities : this.fullNameLinks().entities;
  }

  /** See personMentionIn. */
  personMentionIn(span: Span): NameMention | undefined {
    if (this.whole) return personMentionInLayer(this, span);
    const found = personMentionFromFullNames(this.fullNameLinks(), this.spanReader(), span);
    return found === null ? personMentionInLayer(this, span) : found;
  }

  /** See personMentionCovering. */
  personMentionCovering(offset: number): PersonNamed | undefined {
    if (!this.whole && !this.fullNames) {
      const covering = referenceCovering(this.model.paragraphs, this.spanReader(), offset);
      if (covering === null) return namedIn(this, personMentionCoveringInLayer(this, offset));
      if (covering === undefined) return undefined;
      const links = this.namesForWords().linksFor([covering.reference]);
      if (links) {
        const found = personMentionOf(links, covering.reference, covering.base);
        if (found !== null) return found && withEntityOf(found, links.entities);
        return namedIn(this, personMentionCoveringInLayer(this, offset));
      }
    }
    if (this.whole) return namedIn(this, personMentionCoveringInLayer(this, offset));
    const found = personMentionCoveringFromFullNames(this.fullNameLinks(), this.spanReader(), offset);
    return namedIn(this, found === null ? personMentionCoveringInLayer(this, offset) : found);
  }

  /** See spanOfMentionCovering. */
  spanOfMentionCovering(offset: number): Span | undefined | null {
    if (this.whole) return null;
    const covering = referenceCovering(this.model.paragraphs, this.spanReader(), offset);
    return covering && { start: covering.base + covering.reference.start, end: covering.base + covering.reference.end };
  }

  private namesForWords(): NamesForWords {
    return (this.forWords ??= new NamesForWords(this.model, this.midSentence()));
  }

  /** See personNamedIn. */
  personNamedIn(span: Span): PersonNamed | undefined {
    if (!this.whole && !this.fullNames) {
      const names = namesStartingIn(this.model.paragraphs, this.spanReader(), span);
      const links = this.namesForWords().linksFor(names.references);
      if (links) {
        const found = personMentionAmong(links, names);
        if (found !== null) return found && withEntityOf(found, links.entities);
        return namedIn(this, personMentionInLayer(this, span));
      }
    }
    return namedIn(this, this.personMentionIn(span));
  }

  /** See speakerNamedInFullBefore. */
  namedInFullBefore(span: Span): boolean {
    if (this.whole || this.fullNames) return false;
    const forWords = this.namesForWords();
    const useOf = (word: string, at: number) => forWords.surnameUse(word, at);
    // A word alone that may be a name is not read: told with or without it, the answer stands.
    const alone = loneNameIn(this.model, span);
    if (alone && surelyIntroduced(alone, useOf, span.start)) return true;
    return surelyIntroduced(namesStartingIn(this.model.paragraphs, this.spanReader(), span).references, useOf, span.start);
  }

  private spanReader(): SpanReader {
    return (this.spans ??= new SpanReader(new NameReader(this.model, false, false), this.midSentence()));
  }

  /** See firstNamedInFullWhoMayBePerson (below). */
  firstNamedInFullWhoMayBePerson(): number {
    if (this.whole) return firstMentionOf(this, mayBePerson);
    return this.fullNames ? this.fullNames.firstLinked(mayBePerson) : firstPossiblePersonInFullNames(this.model, this.midSentence());
  }

  /** Whether the whole layer is at hand (see `whole`): asking it costs little. */
  get atHand(): boolean {
    return this.whole;
  }

  /** Whether the layer has been built (for tests of the laziness itself). */
  get isBuilt(): boolean {
    return this.built !== undefined;
  }
}

/**
 * The entities of a layer's full and titled names, with their kind, name and first full reference
 * (a person's, a place's, an organisation's), without building the rest of a layer not yet built:
 * lone words, mentions and roles are missing unless it was.
 */
export const entitiesNamedInFull = (layer: NamesLayer): readonly NamedEntity[] => (layer instanceof LazyNames ? layer.fullNameEntities() : layer.entities);

/**
 * The mention of a person that `mentionIn(layer, span)` gives, undefined when it gives none or one
 * of anything but a person, without building a layer not yet built where the full and titled names
 * and the paragraph around `span` can tell (personMentionFromFullNames). Its entity index holds in
 * entitiesNamedInFull(layer) as in the whole layer. Why: a quote attributed to `Mr Blair` asks
 * which person that is, in most BBC stories; building the whole layer for the question (and for
 * appositiveName's) took about 390 of the 3,900 ms of a main-thread profile of a bbc-news check at
 * 58ffe38 (`node --cpu-prof dist/cli-main.js check --format json`), and the layer was built for
 * 1,027 of the 2,095 stories; now for 94.
 */
export const personMentionIn = (layer: NamesLayer, span: Span): NameMention | undefined => (layer instanceof LazyNames ? layer.personMentionIn(span) : personMentionInLayer(layer, span));

/**
 * Whether the whole names layer is built, or kept from the last lint of an editor session so that
 * linking it again costs little: then a pre-test that spares building it costs more than it saves.
 */
export const namesLayerAtHand = (layer: NamesLayer): boolean => !(layer instanceof LazyNames) || layer.atHand;

/** A person's mention, with the person: what a quote's speaker, an apposition or a spelling asks of the names. */
export interface PersonNamed extends Span {
  form: NameMention['form'];
  text: string;
  entity: NamedEntity;
}

/**
 * True when personNamedIn(layer, span) surely gives no person's mention by surname or title and
 * surname (`Rutte`, `Mr Rutte`) whose person's first full reference comes after the span starts,
 * or none (see surelyIntroduced): what quote/speaker-unidentified asks of each speaker, told
 * without linking names. False when only personNamedIn can tell, and whenever the layer, or the
 * linking of every full name, is at hand (then asking it costs little).
 * Why: linking the names that bear on a speaker's (NamesForWords.linksFor) took 29 of the rule's
 * 53 ms in main-thread profiles of a reuters-world check at a011c60 (`node --cpu-prof
 * dist/cli.js check --format json`, mean of 6), and the rule is silent for most speakers. With
 * it, the rule's check took 33 against 51 ms over reuters-world (medians of the 5 of 10 profiles
 * each, taking turns with 75f66d9, `--cpu-prof-interval 250`, run while the machine was quiet);
 * on a loaded machine, 48 against 102 (8 each, against a011c60), and 132 against 229 over bbc-news.
 */
export const speakerNamedInFullBefore = (layer: NamesLayer, span: Span): boolean => layer instanceof LazyNames && layer.namedInFullBefore(span);

/** A mention with its entity from the linking that numbered it. */
const withEntityOf = (mention: NameMention, entities: readonly NamedEntity[]): PersonNamed => ({ start: mention.start, end: mention.end, form: mention.form, text: mention.text, entity: entities[mention.entity] });

/**
 * personMentionIn's answer, with the entity itself rather than its index: read, where the layer is
 * not built, from the full and titled names that bear on the names inside `span` alone (see
 * NamesForWords, where the figures are), whose entities are numbered their own way.
 */
export const personNamedIn = (layer: NamesLayer, span: Span): PersonNamed | undefined =>
  layer instanceof LazyNames ? layer.personNamedIn(span) : namedIn(layer, personMentionInLayer(layer, span));

/** A mention of `layer`'s whole reading (or of its full and titled names, numbered alike), with its entity. */
function namedIn(layer: NamesLayer, mention: NameMention | undefined): PersonNamed | undefined {
  return mention && withEntityOf(mention, entitiesNamedInFull(layer));
}

/** Where the layer's first mention of an entity that passes `test` starts; Infinity if none. */
function firstMentionOf(layer: NamesLayer, test: (entity: NamedEntity) => boolean): number {
  for (const m of layer.mentions) if (test(layer.entities[m.entity])) return m.start;
  return Infinity;
}

/**
 * The mention that covers `offset` (the last that starts at or before it, if it ends after it) when
 * it is a person's, else undefined, with its entity; read as personNamedIn reads a span, without
 * building a layer not yet built where the names that bear on the run around `offset` can tell.
 * Why: the spelling rules ask whether a name is written in a person's full name (differentPeople),
 * which built the whole layer for 42 of the 94 bbc-news stories that still built it in a CLI check,
 * and then read every full name of the draft.
 */
export const personMentionCovering = (layer: NamesLayer, offset: number): PersonNamed | undefined =>
  layer instanceof LazyNames ? layer.personMentionCovering(offset) : namedIn(layer, personMentionCoveringInLayer(layer, offset));

/**
 * Where the layer's mention that covers `offset` (the last that starts at or before it, if it ends
 * after it) lies if there is one, told without building a layer not yet built: the span of the
 * reference of the whole reading that may make it (referenceCovering; a mention spans its
 * reference). Undefined when surely no mention covers `offset`; null when only the layer can tell,
 * and whenever it is at hand (then asking it costs little). Why: a slip for a gazetteer place is
 * read in its context (spelling's placeMeant), which built the whole layer for the draft: 17 of
 * findNames' 24 ms in main-thread profiles of a reuters-world check.
 */
export const spanOfMentionCovering = (layer: NamesLayer, offset: number): Span | undefined | null => (layer instanceof LazyNames ? layer.spanOfMentionCovering(offset) : null);

/** Whether an entity may be a person's: a person's, or a name the names layer gives no kind (not a place's or an organisation's). */
export const mayBePerson = (entity: NamedEntity) => entity.kind === 'person' || entity.kind === 'other';

/**
 * Where a mention of an entity that may be a person's starts, no earlier than the layer's first
 * such mention: the first full or titled name's such mention, without building a layer not yet
 * built (and reading its full names only up to that one: names.ts), else the layer's first.
 * Infinity if none is known. Why: a quote attributed to `he` asks whether a person is named before
 * it, and in most drafts a full name answers.
 */
export const firstNamedInFullWhoMayBePerson = (layer: NamesLayer): number => (layer instanceof LazyNames ? layer.firstNamedInFullWhoMayBePerson() : firstMentionOf(layer, mayBePerson));
