import { writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { mergeConfig, DEFAULT_CONFIG, type ConfigProblem, type CopydeskConfig } from '../engine/config';
import { loadConfigForFile } from '../engine/config-files';
import { applyFixes } from '../engine/fixes';
import { lintDocument } from '../engine/lint';
import type { WorkspaceNames } from '../engine/workspace-names';
import { allRules, ruleIds } from '../rules';
import { bareName, draftNamesOf } from '../engine/spelling/analysis';
import type { CheckOptions } from './args';
import { readDraft } from './files';
import { fileResult, toMessages, type FileResult, type Message } from './result';
import type { DraftNames } from './workspace';

/** Settings for each draft, read once per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, { config: Partial<CopydeskConfig>; ignore?: (path: string) => boolean }>();
  readonly problems: ConfigProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly options: Pick<CheckOptions, 'config' | 'dialect' | 'date' | 'rules'>) {}

  private cliLayer(): Partial<CopydeskConfig> {
    const layer: Partial<CopydeskConfig> = {};
    if (this.options.dialect) layer.dialect = this.options.dialect;
    if (this.options.date) layer.referenceDate = this.options.date;
    if (Object.keys(this.options.rules).length) layer.rules = this.options.rules;
    return layer;
  }

  forFile(filePath: string): { config: Partial<CopydeskConfig>; ignored: boolean } {
    const dir = dirname(filePath);
    let entry = this.byDir.get(dir);
    if (!entry) {
      const loaded = loadConfigForFile(filePath, { configFile: this.options.config, knownRuleIds: ruleIds });
      for (const problem of loaded.problems) {
        const key = `${problem.source}\u0000${problem.key ?? ''}\u0000${problem.message}`;
        if (!this.reported.has(key)) {
          this.reported.add(key);
          this.problems.push(problem);
        }
      }
      const cli = this.cliLayer();
      const merged = mergeConfig(DEFAULT_CONFIG, loaded.config, cli);
      const ignore = merged.ignore.length ? picomatch(merged.ignore, { dot: true }) : undefined;
      entry = { config: merged, ignore };
      this.byDir.set(dir, entry);
    }
    // The path relative to the working folder is worked out only when some glob could ignore it.
    return { config: entry.config, ignored: entry.ignore !== undefined && entry.ignore(relative(process.cwd(), filePath).split(sep).join('/')) };
  }
}


function fatal(filePath: string, message: string, severity: 1 | 2): FileResult {
  const m: Message = { ruleId: null, severity, level: severity === 2 ? 'error' : 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], fatal: severity === 2 };
  return fileResult(filePath, [m]);
}

/** Rules whose verdicts on names the workspace's other drafts can change. */
const NAME_RULES = new Set(['spelling/name-variant', 'spelling/unknown-word']);

/**
 * Lints one file (and applies safe fixes with --fix); never throws. Without a
 * workspace it also returns the draft's names, to build one from.
 */
export function checkFile(filePath: string, config: Partial<CopydeskConfig>, options: Pick<CheckOptions, 'fix' | 'maxFileSize'>, workspace?: WorkspaceNames): FileResult & { ioError?: boolean; draftNames?: DraftNames } {
  const read = readDraft(filePath, options.maxFileSize);
  if ('problem' in read) return { ...fatal(filePath, read.problem.message, read.problem.kind === 'error' ? 2 : 1), ioError: read.problem.kind === 'error' };
  let text = read.text;
  const ruleErrors: string[] = [];
  const run = () => lintDocument(text, { filePath, config, rules: allRules, workspace, onRuleError: (id, error) => ruleErrors.push(`${id}: ${(error as Error).message}`) });
  let result = run();
  if (options.fix) {
    let changed = false;
    // Fixes can uncover or shift others, so repeat a few passes as ESLint does.
    for (let pass = 0; pass < 10; pass++) {
      const safe = result.findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));
      if (safe.length === 0) break;
      const fixed = applyFixes(text, safe);
      if (fixed.text === text) break;
      text = fixed.text;
      changed = true;
      result = run();
    }
    if (changed) {
      try {
        writeFileSync(filePath, text);
      } catch (error) {
        return { ...fatal(filePath, `Could not write the fixed file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, 2), ioError: true };
      }
    }
  }
  const messages = toMessages(text, result.findings);
  for (const message of ruleErrors) messages.push({ ...fatal(filePath, `Internal error in rule ${message}. Other rules still ran.`, 1).messages[0] });
  const fixable = result.findings.filter((f) => f.fixes.some((fix) => fix.safe)).length;
  if (workspace) return fileResult(filePath, messages, fixable);
  const draftNames = { filePath, names: draftNamesOf(result.model, result.config), reported: result.findings.filter((f) => NAME_RULES.has(f.ruleId)).map((f) => bareName(text.slice(f.start, f.end))) };
  return { ...fileResult(filePath, messages, fixable), draftNames };
}
