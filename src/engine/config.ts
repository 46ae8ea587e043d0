import type { Level, RuleSetting } from './types';
import { LEVELS } from './types';
import { isoDateAt } from './model/calendar';

export type Dialect = 'en-US' | 'en-GB';
/** `auto`: each draft is checked in the dialect its own spellings favour. */
export type DialectSetting = Dialect | 'auto';
export const DIALECT_SETTINGS: readonly DialectSetting[] = ['auto', 'en-US', 'en-GB'];
/** Whether quoted speech keeps its speaker's spelling (`speaker`) or follows the draft's dialect (`draft`). */
export type DialectInQuotes = 'speaker' | 'draft';
export type HouseStyle = 'ap' | 'none';

/** A start date that elapsed-time statements are counted from (facts sheet entry). */
export interface FactEntry {
  names: string[];
  start: string;
  end?: string;
  /** Later milestones counted from too ("full-scale invasion"). */
  milestones?: { name: string; date: string; /** Names that may count from this milestone; all of the entry's names when absent. */ names?: string[] }[];
  note?: string;
}

/** Settings after defaults, files, editor settings and front matter are merged. */
export interface CopydeskConfig {
  dialect: DialectSetting;
  dialectInQuotes: DialectInQuotes;
  style: HouseStyle;
  /** ISO YYYY-MM-DD; used when the draft has no front matter date or dateline. */
  referenceDate?: string;
  rules: Record<string, RuleSetting>;
  /** Accepted spellings: config `words`, `.copydesk/words.txt`, front matter `ignore` words. */
  words: string[];
  /** Globs of files the CLI and workspace check skip. */
  ignore: string[];
  /** Workspace facts sheet entries (`.copydesk/facts.yaml`), on top of the built-in sheet. */
  facts: FactEntry[];
  /** Proper names seen in the workspace's other drafts, for spelling/name-variant. */
  workspaceNames: string[];
}

export const DEFAULT_CONFIG: Readonly<CopydeskConfig> = Object.freeze({
  dialect: 'auto',
  dialectInQuotes: 'speaker',
  style: 'none',
  rules: {},
  words: [],
  ignore: [],
  facts: [],
  workspaceNames: [],
});

/** A configuration mistake, named precisely enough for a non-programmer to find it. */
export interface ConfigProblem {
  /** File the setting came from, or a label such as "front matter" or "VS Code settings". */
  source: string;
  key?: string;
  message: string;
}

const KNOWN_KEYS = ['dialect', 'dialectInQuotes', 'style', 'referenceDate', 'rules', 'words', 'ignore', 'facts', 'workspaceNames', '$schema'];

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

const isIsoDate = (value: string) => value.length === 10 && isoDateAt(value) !== undefined;

function stringList(value: unknown, source: string, key: string, problems: ConfigProblem[]): string[] | undefined {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push({ source, key, message: `"${key}" must be a list of strings.` });
  return undefined;
}

/**
 * Checks raw settings from one source. Valid keys are kept, invalid ones are
 * dropped with a problem each, so linting goes on with what is usable.
 * `knownRuleIds` lets unknown rule ids be named instead of silently ignored.
 */
export function validateConfig(
  raw: unknown,
  source: string,
  knownRuleIds?: ReadonlySet<string>,
): { config: Partial<CopydeskConfig>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Partial<CopydeskConfig> = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, message: 'Settings must be an object of keys and values.' });
    return { config, problems };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) {
      problems.push({ source, key, message: `Unknown setting "${key}". Known settings: ${KNOWN_KEYS.filter((k) => k !== '$schema').join(', ')}.` });
    }
  }
  if (obj.dialect !== undefined) {
    if ((DIALECT_SETTINGS as readonly unknown[]).includes(obj.dialect)) config.dialect = obj.dialect as DialectSetting;
    else problems.push({ source, key: 'dialect', message: `"dialect" must be "auto", "en-US" or "en-GB", not ${JSON.stringify(obj.dialect)}.` });
  }
  if (obj.dialectInQuotes !== undefined) {
    if (obj.dialectInQuotes === 'speaker' || obj.dialectInQuotes === 'draft') config.dialectInQuotes = obj.dialectInQuotes;
    else problems.push({ source, key: 'dialectInQuotes', message: `"dialectInQuotes" must be "speaker" (quoted speech keeps its speaker's spelling) or "draft", not ${JSON.stringify(obj.dialectInQuotes)}.` });
  }
  if (obj.style !== undefined) {
    if (obj.style === 'ap' || obj.style === 'none') config.style = obj.style;
    else problems.push({ source, key: 'style', message: `"style" must be "ap" or "none", not ${JSON.stringify(obj.style)}.` });
  }
  if (obj.referenceDate !== undefined && obj.referenceDate !== null && obj.referenceDate !== '') {
    const value = obj.referenceDate instanceof Date ? obj.referenceDate.toISOString().slice(0, 10) : obj.referenceDate;
    if (typeof value === 'string' && isIsoDate(value)) config.referenceDate = value;
    else problems.push({ source, key: 'referenceDate', message: `"referenceDate" must be a date written YYYY-MM-DD, not ${JSON.stringify(obj.referenceDate)}.` });
  }
  if (obj.rules !== undefined) config.rules = validateRules(obj.rules, source, problems, knownRuleIds);
  for (const key of ['words', 'ignore', 'workspaceNames'] as const) {
    if (obj[key] !== undefined) {
      const list = stringList(obj[key], source, key, problems);
      if (list) config[key] = list;
    }
  }
  if (obj.facts !== undefined) {
    const facts = validateFacts(obj.facts, source, problems);
    if (facts) config.facts = facts;
  }
  return { config, problems };
}

function validateRules(
  raw: unknown,
  source: string,
  problems: ConfigProblem[],
  knownRuleIds?: ReadonlySet<string>,
): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ source, key: 'rules', message: '"rules" must be an object such as { "quote/said-bookism": "off" }.' });
    return rules;
  }
  for (const [id, setting] of Object.entries(raw as Record<string, unknown>)) {
    const key = `rules.${id}`;
    if (knownRuleIds && !knownRuleIds.has(id)) {
      problems.push({ source, key, message: `Unknown rule "${id}". Run "copydesk rules" to list the rule ids.` });
      continue;
    }
    const parsed = parseRuleSetting(setting);
    if (parsed) rules[id] = parsed;
    else problems.push({ source, key, message: `"${id}" must be "off", "error", "warning", "info", "hint" or [level, { options }], not ${JSON.stringify(setting)}.` });
  }
  return rules;
}

export function parseRuleSetting(setting: unknown): RuleSetting | undefined {
  if (setting === 'off' || isLevel(setting)) return setting;
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && (setting[0] === 'off' || isLevel(setting[0]))) {
    const options = setting[1];
    if (options === undefined) return [setting[0]];
    if (typeof options === 'object' && options !== null && !Array.isArray(options)) return [setting[0], options as Record<string, unknown>];
  }
  return undefined;
}

function validateFacts(raw: unknown, source: string, problems: ConfigProblem[]): FactEntry[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ source, key: 'facts', message: '"facts" must be a list of { names, start } entries.' });
    return undefined;
  }
  const facts: FactEntry[] = [];
  raw.forEach((entry, i) => {
    const key = `facts[${i}]`;
    const e = entry as Partial<FactEntry> | null;
    const start = e && (e.start as unknown) instanceof Date ? (e.start as unknown as Date).toISOString().slice(0, 10) : e?.start;
    if (!e || !Array.isArray(e.names) || !e.names.every((n) => typeof n === 'string') || typeof start !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(start)) {
      problems.push({ source, key, message: `Each fact needs "names" (a list) and "start" (YYYY, YYYY-MM or YYYY-MM-DD).` });
      return;
    }
    facts.push({ ...e, names: e.names, start } as FactEntry);
  });
  return facts;
}

/** Later sources win key by key; word lists and facts accumulate. */
export function mergeConfig(base: CopydeskConfig, ...layers: Partial<CopydeskConfig>[]): CopydeskConfig {
  const merged: CopydeskConfig = { ...base, rules: { ...base.rules }, words: [...base.words], ignore: [...base.ignore], facts: [...base.facts], workspaceNames: [...base.workspaceNames] };
  for (const layer of layers) {
    if (layer.dialect) merged.dialect = layer.dialect;
    if (layer.dialectInQuotes) merged.dialectInQuotes = layer.dialectInQuotes;
    if (layer.style) merged.style = layer.style;
    if (layer.referenceDate) merged.referenceDate = layer.referenceDate;
    if (layer.rules) Object.assign(merged.rules, layer.rules);
    if (layer.words) merged.words.push(...layer.words);
    if (layer.ignore) merged.ignore.push(...layer.ignore);
    if (layer.facts) merged.facts.push(...layer.facts);
    if (layer.workspaceNames) merged.workspaceNames.push(...layer.workspaceNames);
  }
  return merged;
}
