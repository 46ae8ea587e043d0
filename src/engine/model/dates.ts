import type { Dateline, DateMention, TextModel } from './types';

/** Finds a dateline ("WASHINGTON, March 3 (Reuters) —") at the top of the draft. Owned by the date family. */
export function findDateline(model: TextModel): Dateline | undefined {
  void model;
  return undefined;
}

/**
 * Finds the dates written in the prose, with exact spans of their parts, resolving
 * a missing year from the reference date. Owned by the date family.
 */
export function findDates(model: TextModel): DateMention[] {
  void model;
  return [];
}
