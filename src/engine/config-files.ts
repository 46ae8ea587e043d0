import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { validateConfig, type ConfigProblem, type CopydeskConfig } from './config';
import { parseFactsFile } from './facts/parse';

export const CONFIG_FILE = '.copydesk.json';
export const WORDS_FILE = join('.copydesk', 'words.txt');
export const FACTS_FILES = [join('.copydesk', 'facts.yaml'), join('.copydesk', 'facts.yml'), join('.copydesk', 'facts.json')];

export interface LoadedConfig {
  config: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
  /** Files that were read, so an editor can watch them and a CLI can name them. */
  files: string[];
}

function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Offset of a JSON syntax error as a 1-based line:column, for a message a person can act on. */
function jsonErrorLocation(text: string, error: unknown): string {
  const m = /position (\d+)/.exec(String((error as Error).message));
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Parses `.copydesk.json` text; a syntax error becomes one problem and no settings. */
export function parseConfigText(text: string, source: string, knownRuleIds?: ReadonlySet<string>): { config: Partial<CopydeskConfig>; problems: ConfigProblem[] } {
  let raw: unknown;
  // Notepad and some Windows editors save JSON with a byte-order mark.
  text = text.replace(/^\uFEFF/, '');
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { config: {}, problems: [{ source, message: `Not valid JSON${jsonErrorLocation(text, error)}: ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/\.$/, '')}. Using the default settings.` }] };
  }
  return validateConfig(raw, source, knownRuleIds);
}

/** One accepted spelling a line; blank lines and `#` comments are skipped. */
export function parseWordsFile(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim();
    if (word && !word.startsWith('#')) words.push(word);
  }
  return words;
}

/**
 * Settings for one draft, found the way ESLint and markdownlint find theirs:
 * walk up from the draft to the nearest `.copydesk.json` (or use `configFile`).
 * `.copydesk/words.txt` and `.copydesk/facts.yaml` are read from every folder on the
 * way up to the filesystem root (a desk's shared list plus a story folder's own).
 */
export function loadConfigForFile(filePath: string, options: { configFile?: string; knownRuleIds?: ReadonlySet<string>; stopAt?: string } = {}): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  const config: Partial<CopydeskConfig> = {};
  const words: string[] = [];
  const facts: NonNullable<CopydeskConfig['facts']> = [];

  let configPath = options.configFile ? resolve(options.configFile) : undefined;
  if (configPath && !existsSync(configPath)) {
    problems.push({ source: configPath, message: 'Config file not found.' });
    configPath = undefined;
  }
  const root = parsePath(resolve(filePath)).root;
  const stopAt = options.stopAt ? resolve(options.stopAt) : undefined;
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    if (!options.configFile && !configPath) {
      const candidate = join(dir, CONFIG_FILE);
      if (readIfFile(candidate) !== undefined) configPath = candidate;
    }
    const wordsPath = join(dir, WORDS_FILE);
    const wordsText = readIfFile(wordsPath);
    if (wordsText !== undefined) {
      files.push(wordsPath);
      words.push(...parseWordsFile(wordsText));
    }
    for (const name of FACTS_FILES) {
      const factsPath = join(dir, name);
      const factsText = readIfFile(factsPath);
      if (factsText === undefined) continue;
      files.push(factsPath);
      const parsed = parseFactsFile(factsText, factsPath);
      facts.push(...parsed.facts);
      problems.push(...parsed.problems);
    }
    if (dir === root || dir === stopAt) break;
  }
  if (configPath) {
    const text = readIfFile(configPath);
    files.unshift(configPath);
    if (text === undefined) problems.push({ source: configPath, message: 'Config file could not be read.' });
    else {
      const parsed = parseConfigText(text, configPath, options.knownRuleIds);
      Object.assign(config, parsed.config);
      problems.push(...parsed.problems);
    }
  }
  if (words.length) config.words = [...(config.words ?? []), ...words];
  if (facts.length) config.facts = [...(config.facts ?? []), ...facts];
  return { config, problems, files };
}
