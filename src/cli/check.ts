import { checkDraftFile, FolderSettings, type KeptLints, type ReadBuffer } from '../engine/batch';
import { writeDraftAtomically } from '../engine/batch-write';
import type { CopydeskConfig } from '../engine/config';
import { applyFixes } from '../engine/fixes';
import { lintDocument, lintModelAgain } from '../engine/lint';
import type { WorkspaceNames } from '../engine/workspace-names';
import { allRules, ruleIds } from '../rules';
import { bareName, draftNamesOnly, draftPeopleOf, workspaceCanSettle } from '../engine/spelling/analysis';
import type { CheckOptions } from './args';
import { fileResult, toMessages, type FileResult, type Message } from './result';
import type { DraftNames } from './workspace';


/** The flags that override settings files, as a settings layer. */
function cliLayer(options: Pick<CheckOptions, 'dialect' | 'date' | 'rules'>): Partial<CopydeskConfig> {
  const layer: Partial<CopydeskConfig> = {};
  if (options.dialect) layer.dialect = options.dialect;
  if (options.date) layer.referenceDate = options.date;
  if (Object.keys(options.rules).length) layer.rules = options.rules;
  return layer;
}

/** Settings for each draft, read once per folder, with the command line's flags on top. */
export class ConfigResolver extends FolderSettings {
  constructor(options: Pick<CheckOptions, 'config' | 'dialect' | 'date' | 'rules'>) {
    super({ configFile: options.config, knownRuleIds: ruleIds, over: cliLayer(options) });
  }
}

function fatal(filePath: string, message: string, severity: 1 | 2): FileResult {
  const m: Message = { ruleId: null, severity, level: severity === 2 ? 'error' : 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], fatal: severity === 2 };
  return fileResult(filePath, [m]);
}

/** Rules whose verdicts on names the workspace's other drafts can change. */
const NAME_RULES = new Set(['spelling/name-variant', 'spelling/unknown-word']);

/**
 * Lints one file that collectFiles listed (and applies safe fixes with --fix); never throws. Without a
 * workspace it also returns the draft's names, to build one from, and offers its
 * lint to `kept`; with one, it checks a kept lint's model again instead of the file.
 * Without --fix the file is read into `readBuffer`, when given.
 */
export function checkFile(filePath: string, config: Partial<CopydeskConfig>, options: Pick<CheckOptions, 'fix' | 'maxFileSize'>, workspace?: WorkspaceNames, kept?: KeptLints, readBuffer?: ReadBuffer): FileResult & { ioError?: boolean; draftNames?: DraftNames } {
  const ruleErrors: string[] = [];
  // Read by checkDraftFile too (maxFileSize), so that it needs no copy of its own.
  // A fix compares the file with the bytes first read, which a shared buffer does not keep.
  const lintOptions = { filePath, config, rules: allRules, workspace, onRuleError: (id: string, error: unknown) => ruleErrors.push(`${id}: ${(error as Error).message}`), maxFileSize: options.maxFileSize, listed: true, readBuffer: options.fix ? undefined : readBuffer };
  const first = workspace ? kept?.take(filePath) : undefined;
  const checked = first ? { draft: first.draft, result: lintModelAgain(first.result, lintOptions) } : checkDraftFile(filePath, config, lintOptions);
  if ('problem' in checked) return { ...fatal(filePath, checked.problem.message, checked.problem.kind === 'error' ? 2 : 1), ioError: checked.problem.kind === 'error' };
  const { draft } = checked;
  let text = draft.text;
  let result = checked.result;
  const notes: string[] = [];
  if (!draft.exact) notes.push(options.fix ? 'This file is not valid UTF-8: it was checked, but --fix leaves it untouched so that no byte changes.' : 'This file is not valid UTF-8: it was checked with stand-ins for the bytes that are not text.');
  if (options.fix && draft.exact && draft.bytes) {
    let changed = false;
    // Fixes can uncover or shift others, so repeat a few passes as ESLint does.
    for (let pass = 0; pass < 10; pass++) {
      const safe = result.findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));
      if (safe.length === 0) break;
      const fixed = applyFixes(text, safe);
      if (fixed.text === text) break;
      text = fixed.text;
      changed = true;
      result = lintDocument(text, lintOptions);
    }
    if (changed) {
      try {
        if (writeDraftAtomically(filePath, draft.bytes, { text, bom: draft.bom }) === 'changed-meanwhile') {
          text = draft.text;
          result = checked.result;
          notes.push('Not fixed: the file changed while it was being checked (another run or an editor saved it). Run --fix again.');
        }
      } catch (error) {
        return { ...fatal(filePath, `Could not write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the draft is as it was.`, 2), ioError: true };
      }
    }
  }
  const messages = toMessages(text, result.findings);
  for (const message of ruleErrors) messages.push({ ...fatal(filePath, `Internal error in rule ${message}. Other rules still ran.`, 1).messages[0] });
  for (const note of notes) messages.push({ ...fatal(filePath, note, 1).messages[0] });
  const fixable = result.findings.filter((f) => f.fixes.some((fix) => fix.safe)).length;
  if (workspace) return fileResult(filePath, messages, fixable);
  const draftNames: DraftNames = { filePath, ...draftNamesOnly(result.model, result.config), reported: result.findings.filter((f) => NAME_RULES.has(f.ruleId)).map((f) => bareName(text.slice(f.start, f.end))) };
  // A draft with a finding the workspace may clear is the likeliest to come back (a fixed draft is read again).
  // Kept lints cost the collector more the more there are: of reuters-world's 768 drafts with a reported
  // word, 37 came back, and 574 had reported only abbreviations (`dlrs`), which no other draft clears.
  if (kept && !options.fix && draftNames.reported.some(workspaceCanSettle)) kept.offer(filePath, draft, result);
  // Set on the result rather than spread into a copy of it (bbc-news --cpu-prof: the copies were checkFile's largest own cost).
  const checkedFile: FileResult & { draftNames?: DraftNames } = fileResult(filePath, messages, fixable);
  checkedFile.draftNames = draftNames;
  return checkedFile;
}

/**
 * The full names of a draft's people (draftPeopleOf), read when a second check first asks about
 * them (WorkspaceNames.setDraft): from the draft's kept lint, else from its file read and
 * modelled again (no rules run). A draft that can no longer be read names nobody.
 */
export function peopleOfFile(filePath: string, inPeople: readonly string[], config: Partial<CopydeskConfig>, options: Pick<CheckOptions, 'maxFileSize'>, kept?: KeptLints, readBuffer?: ReadBuffer): readonly string[] {
  const first = kept?.peek(filePath);
  const checked = first ?? checkDraftFile(filePath, config, { rules: [], maxFileSize: options.maxFileSize, listed: true, readBuffer });
  return 'problem' in checked ? [] : draftPeopleOf(checked.result.model, checked.result.config, new Set(inPeople));
}
