import { DRAFT_EXTENSIONS } from '../engine/batch';
import { validateConfig, type ConfigProblem, type CopydeskConfig } from '../engine/config';
import { ruleIds } from '../rules';

import { DEFAULT_LINT_BUDGET_MS } from './lint-budget';
import type { RunMode } from './run-policy';

export type { RunMode };

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'news-draft'];
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
export const DEFAULT_DRAFT_GLOB = `**/*.{${DRAFT_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`;

/** The `copydesk.*` settings for one resource, checked and turned into an engine config layer. */
export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  languages: string[];
  maxFileSize: number;
  typingDelay: number;
  /** Milliseconds a lint the editor runs by itself may take (see lint-budget.ts). */
  lintBudget: number;
  drafts: string;
  configFile?: string;
  /** Whether names are compared with those the workspace's other drafts use. */
  workspaceNames: boolean;
  /** dialect, dialectInQuotes, style, referenceDate, rules and words as the engine takes them. */
  layer: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
}


function number(value: unknown, fallback: number, min: number, max: number, key: string, source: string, problems: ConfigProblem[]): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  if (value !== undefined) problems.push({ source, key, message: `"copydesk.${key}" must be a number from ${min} to ${max}; using ${fallback}.` });
  return fallback;
}

/**
 * The `copydesk.*` settings an editor holds (VS Code's configuration, or what an LSP client
 * answers to workspace/configuration), read through `get` by their names without the
 * `copydesk.` prefix. Values of the wrong kind fall back to the defaults, with a problem saying so.
 */
export function settingsFromValues(get: (key: string) => unknown, source: string): EditorSettings {
  const problems: ConfigProblem[] = [];
  const run = get('run');
  if (run !== undefined && run !== 'onType' && run !== 'onSave') {
    problems.push({ source, key: 'run', message: `"copydesk.run" must be "onType" or "onSave", not ${JSON.stringify(run)}; checking as you type.` });
  }
  const languages = get('languages');
  const languageList = Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? (languages as string[]) : DEFAULT_LANGUAGES;
  if (languageList !== languages && languages !== undefined) problems.push({ source, key: 'languages', message: '"copydesk.languages" must be a list of language ids such as "markdown".' });
  const raw: Record<string, unknown> = {
    dialect: get('dialect'),
    dialectInQuotes: get('dialectInQuotes'),
    style: get('style'),
    referenceDate: get('referenceDate') || undefined,
    rules: get('rules'),
    words: get('words'),
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  const validated = validateConfig(raw, source, ruleIds);
  problems.push(...validated.problems.map((p) => ({ ...p, key: p.key ? `copydesk.${p.key}` : undefined })));
  const configFile = get('configFile');
  const drafts = get('drafts');
  return {
    enable: get('enable') !== false,
    run: run === 'onSave' ? 'onSave' : 'onType',
    languages: languageList,
    maxFileSize: number(get('maxFileSize'), DEFAULT_MAX_FILE_SIZE, 1024, Number.MAX_SAFE_INTEGER, 'maxFileSize', source, problems),
    typingDelay: number(get('typingDelay'), 300, 0, 5000, 'typingDelay', source, problems),
    lintBudget: number(get('lintBudget'), DEFAULT_LINT_BUDGET_MS, 50, 60_000, 'lintBudget', source, problems),
    drafts: typeof drafts === 'string' && drafts ? drafts : DEFAULT_DRAFT_GLOB,
    configFile: typeof configFile === 'string' && configFile.trim() ? configFile.trim() : undefined,
    workspaceNames: get('workspaceNames') !== false,
    layer: validated.config,
    problems,
  };
}
