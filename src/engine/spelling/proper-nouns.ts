import type { Speller } from '../dictionary/speller';
import { gazetteerEntry } from '../dictionary/word-list';

/** Gazetteer entries a lower-case word is taken for: not first names or towns (`blanche`, `alot`). */
const NAMED_KINDS = new Set(['country', 'capital', 'city', 'demonym', 'news', 'territory']);

const POSSESSIVE = /['’]s$/;

/**
 * The capitalised form of a lower-case word that is a proper noun the
 * dictionaries or the gazetteer know: `venezuela` → `Venezuela`, `opec` →
 * `OPEC` (an acronym as the dictionary writes it), `venezuela's` →
 * `Venezuela's`. `certain` when the name is an acronym or a place, country
 * or nationality, which no one writes in lower case on purpose; other names
 * (`adidas`) may be a brand's own style. Undefined for a word no list knows
 * as a name, and for first names and towns, which too many words and slips
 * resemble (`blanche`, `alot`).
 */
export function properNounOf(lower: string, speller: Speller): { name: string; certain: boolean } | undefined {
  const possessive = POSSESSIVE.exec(lower)?.[0] ?? '';
  const base = possessive ? lower.slice(0, -possessive.length) : lower;
  if (base.length < 4) return undefined;
  const acronym = base.toUpperCase();
  if (base.length <= 6 && speller.isDictionaryName(acronym)) return { name: acronym + possessive, certain: true };
  const capitalised = base[0].toUpperCase() + base.slice(1);
  const entry = gazetteerEntry(capitalised);
  if (entry !== undefined && NAMED_KINDS.has(entry.kind)) return { name: capitalised + possessive, certain: true };
  return speller.isDictionaryName(capitalised) ? { name: capitalised + possessive, certain: false } : undefined;
}

/** `seaga` → `Seaga`, for a name the draft or the workspace writes with its capital. */
export function capitalisedForm(lower: string): string {
  return lower[0].toUpperCase() + lower.slice(1);
}
