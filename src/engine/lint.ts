import { DEFAULT_CONFIG, mergeConfig, validateConfig, type ConfigProblem, type CopydeskConfig } from './config';
import { Suppressions } from './directives';
import { buildModel } from './model/build';
import { frontMatterOf } from './model/front-matter';
import type { NamesCache } from './model/names-cache';
import type { SegmentCache } from './model/segment-cache';
import type { FrontMatter, TextModel } from './model/types';
import type { Rule, RuleContext } from './rule';
import type { Finding, Level, Report, RuleSetting } from './types';
import type { WorkspaceNames } from './workspace-names';

export interface LintOptions {
  filePath?: string;
  /** VS Code language id: 'markdown', 'plaintext' or 'news-draft'. Guessed from filePath when absent. */
  languageId?: string;
  /** Settings from files and the editor, already merged; front matter's `copydesk:` block goes on top. */
  config?: Partial<CopydeskConfig>;
  /** The rules to run; adapters pass the registry (`allRules` of src/rules), and none run when absent. */
  rules?: readonly Rule[];
  /** ISO date standing in for the clock (tests, reproducible benchmarks). */
  today?: string;
  /** Keeps unchanged paragraphs' segmentation between lints of one draft (see LintSession). */
  segmentCache?: SegmentCache;
  /** Keeps unchanged paragraphs' reading of names between lints of one draft (see LintSession). */
  namesCache?: NamesCache;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Names the workspace's other drafts use; `filePath` tells which draft this is. */
  workspace?: WorkspaceNames;
  /**
   * Milliseconds the lint may take, counted from its start. Once they are spent the rules
   * not yet run are skipped and named in `cutShort`, so an editor stays responsive on a
   * draft no budget was made for; the findings of the rules that ran are kept.
   */
  budgetMs?: number;
}

export interface LintResult {
  findings: Finding[];
  model: TextModel;
  config: CopydeskConfig;
  /** Problems in the draft's own front matter settings. */
  problems: ConfigProblem[];
  /** Set when `budgetMs` ran out: the rules that did not run. */
  cutShort?: { skippedRules: string[] };
}

export function languageIdFor(filePath: string | undefined): string {
  if (!filePath) return 'markdown';
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'plaintext';
  if (lower.endsWith('.draft') || lower.endsWith('.news')) return 'news-draft';
  return 'markdown';
}

function settingFor(rule: Rule, config: CopydeskConfig): { level: Level | 'off'; options: Record<string, unknown> } {
  const setting: RuleSetting | undefined = config.rules[rule.meta.id];
  if (rule.meta.requiresStyle && config.style !== rule.meta.requiresStyle && setting === undefined) return { level: 'off', options: {} };
  if (setting === undefined) return { level: rule.meta.defaultLevel, options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}

/**
 * The settings a draft is checked with: the caller's layers, then the draft's own
 * `copydesk:` front matter block on top. Invalid keys are dropped with a problem each.
 */
function draftConfig(base: CopydeskConfig, frontMatter: FrontMatter | undefined, rules: readonly Rule[]): { config: CopydeskConfig; problems: ConfigProblem[] } {
  const draftSettings = frontMatter?.data?.copydesk;
  if (draftSettings === undefined) return { config: base, problems: [] };
  // The rules handed in are the registry (allRules) for every adapter; a rule id they do not hold is a typo.
  const validated = validateConfig(draftSettings, 'front matter "copydesk:"', new Set(rules.map((r) => r.meta.id)));
  return { config: mergeConfig(base, validated.config), problems: validated.problems };
}

/**
 * Lints one draft and returns the model it built, for callers that need both.
 * One way through: front matter, then every settings layer merged, then the model, then the rules.
 */
export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const started = performance.now();
  const rules = options.rules ?? [];
  const languageId = options.languageId ?? languageIdFor(options.filePath);
  const frontMatter = frontMatterOf(text, languageId);
  const { config, problems } = draftConfig(mergeConfig(DEFAULT_CONFIG, options.config ?? {}), frontMatter, rules);
  if (frontMatter && problems.length > 0) frontMatter.settingProblems = problems;
  const model = buildModel(text, { filePath: options.filePath, languageId, config, frontMatter, today: options.today, cache: options.segmentCache, namesCache: options.namesCache });
  const findings: Finding[] = [];
  const skippedRules: string[] = [];
  for (const rule of rules) {
    const { level, options: ruleOptions } = settingFor(rule, config);
    if (level === 'off') continue;
    if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs) {
      skippedRules.push(rule.meta.id);
      continue;
    }
    const context: RuleContext = {
      model,
      config,
      options: ruleOptions,
      workspace: options.workspace,
      session: options.segmentCache,
      report(report: Report) {
        const finding: Finding = { ruleId: rule.meta.id, start: report.start, end: report.end, message: report.message, level: report.level ?? level, fixes: report.fixes ?? [] };
        // Set only when present, in this order (the JSON report's), without a spread of a fresh object per finding.
        if (report.related) finding.related = report.related;
        if (report.word) finding.word = report.word;
        findings.push(finding);
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
  return { findings: visible, model, config, problems, ...(skippedRules.length ? { cutShort: { skippedRules } } : {}) };
}
