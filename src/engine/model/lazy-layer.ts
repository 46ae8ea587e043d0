import { findNames } from './names';
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

  /** Whether the layer has been built (for tests of the laziness itself). */
  get isBuilt(): boolean {
    return this.built !== undefined;
  }
}
