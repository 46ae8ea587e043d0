import type { FactEntry } from '../config';
import { BUILTIN_FACTS } from './builtin';

export { BUILTIN_FACTS } from './builtin';
export { parseFactsFile, normaliseFactDate } from './parse';

export interface FactMatch {
  start: number;
  end: number;
  /** The name as written in the draft. */
  text: string;
  fact: FactEntry;
  builtin: boolean;
}

export interface FactFinder {
  /** Every name of a fact inside `text` between `from` and `to`, in order. */
  find(text: string, from: number, to: number): FactMatch[];
}

/** Case, curly apostrophes and the various dashes do not matter when matching a name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ');
}

function pattern(name: string): string {
  return normaliseName(name)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’‘]")
    .replace(/-/g, '[-‐‑‒–—]')
    .replace(/ /g, '\\s+');
}

function compile(workspace: readonly FactEntry[]): FactFinder {
  const byName = new Map<string, { fact: FactEntry; builtin: boolean }>();
  // Workspace entries come first, so a desk's own sheet overrides a built-in name.
  for (const [facts, builtin] of [[workspace, false], [BUILTIN_FACTS, true]] as const) {
    for (const fact of facts) for (const name of fact.names) if (!byName.has(normaliseName(name))) byName.set(normaliseName(name), { fact, builtin });
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(text, from, to) {
      const found: FactMatch[] = [];
      const slice = text.slice(from, to);
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
        const hit = byName.get(normaliseName(m[0]));
        if (hit) found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], ...hit });
      }
      return found;
    },
  };
}

// The merged config copies the workspace list on every lint, so sheets are keyed by content.
const cache = new Map<string, FactFinder>();
const CACHE_SIZE = 8;
const builtinOnly = compile([]);

/** The finder for the built-in sheet plus a workspace's entries, compiled once per sheet. */
export function factFinder(workspace: readonly FactEntry[]): FactFinder {
  if (workspace.length === 0) return builtinOnly;
  const key = JSON.stringify(workspace);
  let finder = cache.get(key);
  if (!finder) {
    finder = compile(workspace);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, finder);
  }
  return finder;
}
