import { DEFAULT_CONFIG, mergeConfig, validateConfig, type ConfigProblem, type CopydeskConfig } from './config';
import { Suppressions } from './directives';
import { buildModel } from './model/build';
import type { SegmentCache } from './model/segment-cache';
import type { TextModel } from './model/types';
import type { Rule, RuleContext } from './rule';
import type { Finding, Level, Report, RuleMeta, RuleSetting } from './types';
import type { WorkspaceNames } from './workspace-names';
import { lineContentEnd } from './positions';

/** Not a rule one can configure: the engine's own report on a draft's front matter. */
export const FRONT_MATTER_RULE: RuleMeta = {
  id: 'copydesk/front-matter',
  family: 'style',
  description: 'Front matter that cannot be read, or per-draft settings that are not valid.',
  rationale: 'Settings in a broken front matter block are ignored, so the draft may be checked against the wrong date or dialect.',
  defaultLevel: 'warning',
  fixable: false,
};

export interface LintOptions {
  filePath?: string;
  /** VS Code language id: 'markdown', 'plaintext' or 'news-draft'. Guessed from filePath when absent. */
  languageId?: string;
  /** Settings from files and the editor, already merged; front matter's `copydesk:` block goes on top. */
  config?: Partial<CopydeskConfig>;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
  /** ISO date standing in for the clock (tests, reproducible benchmarks). */
  today?: string;
  /** Keeps unchanged paragraphs' segmentation between lints of one draft (see LintSession). */
  segmentCache?: SegmentCache;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Names the workspace's other drafts use; `filePath` tells which draft this is. */
  workspace?: WorkspaceNames;
}

export interface LintResult {
  findings: Finding[];
  model: TextModel;
  config: CopydeskConfig;
  /** Problems in the draft's own front matter settings. */
  problems: ConfigProblem[];
}

export function languageIdFor(filePath: string | undefined): string {
  if (!filePath) return 'markdown';
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'plaintext';
  if (lower.endsWith('.draft') || lower.endsWith('.news')) return 'news-draft';
  return 'markdown';
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function settingFor(rule: Rule, config: CopydeskConfig): { level: Level | 'off'; options: Record<string, unknown> } {
  const setting: RuleSetting | undefined = config.rules[rule.meta.id];
  if (rule.meta.requiresStyle && config.style !== rule.meta.requiresStyle && setting === undefined) return { level: 'off', options: {} };
  if (setting === undefined) return { level: rule.meta.defaultLevel, options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}

const ruleIdsByRegistry = new WeakMap<readonly Rule[], Set<string>>();

/** Problems in the draft's own front matter, shown where the editor can fix them. */
function draftSettingFindings(model: TextModel, problems: ConfigProblem[]): Finding[] {
  const fm = model.frontMatter;
  if (!fm) return [];
  const findings: Finding[] = [];
  if (fm.error) {
    const lineEnd = lineContentEnd(model.text, fm.error.offset);
    findings.push({ ruleId: FRONT_MATTER_RULE.id, level: 'warning', message: `${fm.error.message.replace(/[.:]?\s*$/, '.')} Its settings are ignored; the draft is still checked.`, start: fm.error.offset, end: lineEnd > fm.error.offset ? lineEnd : Math.min(model.text.length, fm.error.offset + (model.text.startsWith('\r\n', fm.error.offset) ? 2 : 1)), fixes: [] });
  }
  for (const problem of problems) {
    findings.push({ ruleId: FRONT_MATTER_RULE.id, level: 'warning', message: `${problem.key ? `"${problem.key}": ` : ''}${problem.message}`, start: fm.start, end: Math.min(fm.end, lineContentEnd(model.text, fm.start)), fixes: [] });
  }
  return findings;
}

/** Lints one draft and returns the model it built, for callers that need both. */
export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? [];
  const languageId = options.languageId ?? languageIdFor(options.filePath);
  const base = mergeConfig(DEFAULT_CONFIG, options.config ?? {});
  const model = buildModel(text, { filePath: options.filePath, languageId, config: base, cache: options.segmentCache });
  const problems: ConfigProblem[] = [];
  let config = base;
  const draftSettings = model.frontMatter?.data?.copydesk;
  if (draftSettings !== undefined) {
    let ruleIds = ruleIdsByRegistry.get(rules);
    if (!ruleIds) {
      ruleIds = new Set([...rules.map((r) => r.meta.id), FRONT_MATTER_RULE.id]);
      ruleIdsByRegistry.set(rules, ruleIds);
    }
    const validated = validateConfig(draftSettings, 'front matter "copydesk:"', ruleIds);
    problems.push(...validated.problems);
    config = mergeConfig(base, validated.config);
  }
  const findings: Finding[] = [...draftSettingFindings(model, problems)];
  const today = options.today ?? todayIso();
  for (const rule of rules) {
    const { level, options: ruleOptions } = settingFor(rule, config);
    if (level === 'off') continue;
    const context: RuleContext = {
      model,
      config,
      options: ruleOptions,
      today,
      workspace: options.workspace,
      session: options.segmentCache,
      report(report: Report) {
        findings.push({
          ruleId: rule.meta.id,
          start: report.start,
          end: report.end,
          message: report.message,
          level: report.level ?? level,
          fixes: report.fixes ?? [],
          ...(report.related ? { related: report.related } : {}),
          ...(report.word ? { word: report.word } : {}),
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  const suppressions = new Suppressions(model);
  const visible = findings.filter((f) => !suppressions.covers(f));
  visible.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: visible, model, config, problems };
}
