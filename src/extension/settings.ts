import * as vscode from 'vscode';
import { validateConfig, type ConfigProblem, type CopydeskConfig } from '../engine/config';
import { ruleIds } from '../rules';

export type RunMode = 'onType' | 'onSave';

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'news-draft'];
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
export const DEFAULT_DRAFT_GLOB = '**/*.{md,markdown,txt,draft,news}';

/** The `copydesk.*` settings for one resource, checked and turned into an engine config layer. */
export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  languages: string[];
  maxFileSize: number;
  typingDelay: number;
  drafts: string;
  configFile?: string;
  /** Whether names are compared with those the workspace's other drafts use. */
  workspaceNames: boolean;
  /** dialect, style, referenceDate, rules and words as the engine takes them. */
  layer: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
}

const SOURCE = 'VS Code settings';

function number(value: unknown, fallback: number, min: number, max: number, key: string, problems: ConfigProblem[]): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  if (value !== undefined) problems.push({ source: SOURCE, key, message: `"copydesk.${key}" must be a number from ${min} to ${max}; using ${fallback}.` });
  return fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): EditorSettings {
  const section = vscode.workspace.getConfiguration('copydesk', scope);
  const problems: ConfigProblem[] = [];
  const run = section.get<string>('run');
  if (run !== undefined && run !== 'onType' && run !== 'onSave') {
    problems.push({ source: SOURCE, key: 'run', message: `"copydesk.run" must be "onType" or "onSave", not ${JSON.stringify(run)}; checking as you type.` });
  }
  const languages = section.get<unknown>('languages');
  const languageList = Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : DEFAULT_LANGUAGES;
  if (languageList !== languages && languages !== undefined) problems.push({ source: SOURCE, key: 'languages', message: '"copydesk.languages" must be a list of language ids such as "markdown".' });
  const raw: Record<string, unknown> = {
    dialect: section.get('dialect'),
    style: section.get('style'),
    referenceDate: section.get('referenceDate') || undefined,
    rules: section.get('rules'),
    words: section.get('words'),
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  const validated = validateConfig(raw, SOURCE, ruleIds);
  problems.push(...validated.problems.map((p) => ({ ...p, key: p.key ? `copydesk.${p.key}` : undefined })));
  const configFile = section.get<string>('configFile');
  return {
    enable: section.get<boolean>('enable') !== false,
    run: run === 'onSave' ? 'onSave' : 'onType',
    languages: languageList,
    maxFileSize: number(section.get('maxFileSize'), DEFAULT_MAX_FILE_SIZE, 1024, Number.MAX_SAFE_INTEGER, 'maxFileSize', problems),
    typingDelay: number(section.get('typingDelay'), 300, 0, 5000, 'typingDelay', problems),
    drafts: typeof section.get('drafts') === 'string' && section.get<string>('drafts') ? section.get<string>('drafts')! : DEFAULT_DRAFT_GLOB,
    configFile: typeof configFile === 'string' && configFile.trim() ? configFile.trim() : undefined,
    workspaceNames: section.get<boolean>('workspaceNames') !== false,
    layer: validated.config,
    problems,
  };
}
