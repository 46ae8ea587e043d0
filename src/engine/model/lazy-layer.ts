import { findFullNames, findNames } from './names';
import type { KeptNames } from './names-cache';
import type { NameMention, NamedEntity, NamesLayer, TextModel } from './types';

/**
 * The names layer, built the first time a rule reads it. Why: built for every draft it cost about
 * 30% of a whole lint's CPU time over both corpora (bundled build, `process.cpuUsage`), and only
 * about one draft in seven has a quote rule or Names to Verify that reads it. A class with getters,
 * not a getter on the model: redefining a property of the model would slow every rule's reads of it.
 */
export class LazyNames implements NamesLayer {
  private built?: NamesLayer;
  private fullNames?: NamedEntity[];

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

  /** The entities of the draft's full and titled names (findFullNames): the layer's own once it is built or kept between lints. */
  fullNameEntities(): readonly NamedEntity[] {
    if (this.built || this.kept) return this.entities;
    return (this.fullNames ??= findFullNames(this.model));
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
