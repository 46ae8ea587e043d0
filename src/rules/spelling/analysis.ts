import type { CopydeskConfig } from '../../engine/config';
import { editDistance } from '../../engine/dictionary/edit-distance';
import { isAllCaps, normaliseWord, spellerFor, type Speller } from '../../engine/dictionary/speller';
import { frequencyRank, gazetteerNear, type GazetteerEntry } from '../../engine/dictionary/word-list';
import type { TextModel, Word } from '../../engine/model/types';

/**
 * One spelling verdict per word of a draft, shared by the spelling rules so
 * each word is looked up once however many of them are on.
 */
export type Verdict =
  | { kind: 'unknown'; word: Word; suggestions: string[]; dialectFix?: string }
  | { kind: 'misspelling'; word: Word; fixes: string[] }
  | { kind: 'name-variant'; word: Word; other: string; source: 'draft' | 'workspace' | 'gazetteer'; others: Word[]; entry?: GazetteerEntry }
  | { kind: 'unverified-name'; word: Word };

export interface SpellingAnalysis {
  verdicts: Verdict[];
  speller: Speller;
}

const cache = new WeakMap<TextModel, { key: string; analysis: SpellingAnalysis }>();

/** Adjectives, plurals and possessives of a name are not misspellings of it. */
const NAME_ENDINGS = new Set(['s', 'es', 'n', 'an', 'ian', 'ns', 'ans', 'ese', 'i', 'is', 'a', 'e', 'ite', 'ites', 'ist', 'ists', 'ism']);
const POSSESSIVE = /'s?$/;

function bareName(text: string): string {
  const normal = normaliseWord(text);
  return normal.length > 3 ? normal.replace(POSSESSIVE, '') : normal;
}

/** Edits allowed between a name and its supposed misspelling: short names are too easy to confuse. */
const maxNameEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

function closeNames(a: string, b: string): number {
  const max = maxNameEdits(Math.min(a.length, b.length));
  if (max === 0 || a === b) return Infinity;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return Infinity;
  const [long, short] = la.length >= lb.length ? [la, lb] : [lb, la];
  if (long.startsWith(short) && NAME_ENDINGS.has(long.slice(short.length))) return Infinity;
  const distance = editDistance(la, lb, max);
  return distance <= max ? distance : Infinity;
}

/**
 * Gazetteer entries an unknown name is compared with: countries, capitals,
 * names in the news and cities of a million. First names and smaller towns
 * are accepted as written but too many real surnames sit one letter from them.
 */
const FUZZY_MIN_WEIGHT = 1e6;

const SKIP = /[.\d_]/;
const HAS_UPPER = /\p{Lu}/u;
/** Abbreviations news copy writes in lower case, which dictionaries leave out. */
const ABBREVIATIONS = new Set(['etc', 'capt', 'approx', 'bn', 'mph', 'bpd', 'kph', 'cf', 'eg', 'ie', 'vs', 'pm', 'am', 'km', 'kg', 'mm', 'cm', 'mg', 'ml', 'mw', 'gw', 'kw']);

/**
 * Parts of hyphenated or dotted compounds ("wi-fi", "year-olds", "amazon.com")
 * are judged with their neighbours, not alone.
 */
function partOfCompound(model: TextModel, word: Word, speller: Speller): boolean {
  const before = model.prose[word.start - 1];
  const after = model.prose[word.end];
  if (before === '.' || before === '/' || after === '/') return true;
  if (before !== '-' && after !== '-') return false;
  if (word.text.length <= 3) return true;
  return word.text.endsWith('s') && speller.isWord(word.text.slice(0, -1));
}

export function analyseSpelling(model: TextModel, config: CopydeskConfig): SpellingAnalysis {
  const key = `${config.dialect}\n${config.words.join('\n')}\n${config.workspaceNames.join('\n')}`;
  const cached = cache.get(model);
  if (cached && cached.key === key) return cached.analysis;
  const speller = spellerFor(config.dialect, config.words);
  const verdicts: Verdict[] = [];
  const nameCandidates: Word[] = [];
  // Capitalised words of the draft, by bare form: how often and where.
  const draftNames = new Map<string, Word[]>();

  for (const word of model.words) {
    const text = word.text;
    if (text.length < 2 || SKIP.test(text)) continue;
    const upper = HAS_UPPER.test(text);
    const plain = speller.isPlainlyRight(text);
    if (upper) {
      const bare = bareName(text);
      const list = draftNames.get(bare);
      if (list) list.push(word);
      else draftNames.set(bare, [word]);
      if (isAllCaps(text)) continue;
    }
    if (plain) continue;
    if (speller.isUserWord(text)) continue;
    if (!upper || word.sentenceInitial) {
      const dialectFix = speller.dialectFix(text);
      if (dialectFix) {
        verdicts.push({ kind: 'unknown', word, suggestions: [dialectFix], dialectFix });
        continue;
      }
    }
    if (speller.isWord(text)) continue;
    const fixes = speller.commonMisspelling(text);
    if (fixes) {
      verdicts.push({ kind: 'misspelling', word, fixes });
      continue;
    }
    if (!upper) {
      if (ABBREVIATIONS.has(text) || partOfCompound(model, word, speller)) continue;
      verdicts.push({ kind: 'unknown', word, suggestions: speller.suggest(text, 5).map((s) => s.word) });
      continue;
    }
    if (!speller.isKnownName(text)) nameCandidates.push(word);
  }

  const workspace = new Map<string, string>();
  for (const name of config.workspaceNames) for (const part of name.split(/\s+/)) workspace.set(part.toLowerCase(), part);
  for (const word of nameCandidates) verdicts.push(judgeName(word, speller, draftNames, workspace));
  verdicts.sort((a, b) => a.word.start - b.word.start);
  const analysis = { verdicts, speller };
  cache.set(model, { key, analysis });
  return analysis;
}

function judgeName(word: Word, speller: Speller, draftNames: Map<string, Word[]>, workspace: Map<string, string>): Verdict {
  const bare = bareName(word.text);
  const mine = draftNames.get(bare) ?? [word];
  // The draft's own names first: the likelier form is the better-attested one.
  let best: { name: string; others: Word[]; distance: number; trusted: boolean } | undefined;
  for (const [name, others] of draftNames) {
    const distance = closeNames(bare, name);
    if (distance === Infinity) continue;
    const trusted = speller.isWord(name) || speller.isKnownName(name);
    const stronger = trusted || others.length > mine.length || (others.length === mine.length && others[0].start < mine[0].start);
    if (!stronger) continue;
    if (!best || distance < best.distance || (distance === best.distance && others.length > best.others.length)) best = { name, others, distance, trusted };
  }
  if (best) return { kind: 'name-variant', word, other: best.name, source: 'draft', others: best.others };
  for (const [lower, name] of workspace) {
    if (closeNames(bare, name) !== Infinity && lower !== bare.toLowerCase()) return { kind: 'name-variant', word, other: name, source: 'workspace', others: [] };
  }
  if (mine.length === 1) {
    const max = maxNameEdits(bare.length);
    if (max > 0) {
      let match: { entry: GazetteerEntry; distance: number } | undefined;
      for (const near of gazetteerNear(bare.toLowerCase(), max)) {
        if (near.entry.name[0] !== bare[0] || near.entry.weight < FUZZY_MIN_WEIGHT || closeNames(bare, near.entry.name) === Infinity) continue;
        if (!match || near.distance < match.distance || (near.distance === match.distance && near.entry.weight > match.entry.weight)) match = near;
      }
      if (match) return { kind: 'name-variant', word, other: match.entry.name, source: 'gazetteer', others: [], entry: match.entry };
    }
    // A capitalised slip in an ordinary word at the start of a sentence.
    if (word.sentenceInitial) {
      const top = speller.suggest(bare, 1)[0];
      if (top && top.distance === 1 && /^\p{Lu}\p{Ll}+$/u.test(top.word) && frequencyRank(top.word.toLowerCase()) < 5000) {
        return { kind: 'unknown', word, suggestions: speller.suggest(bare, 5).map((s) => s.word) };
      }
    }
  }
  return { kind: 'unverified-name', word };
}
