import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ConfigProblem, CopydeskConfig } from '../engine/config';
import { lintDocument, type LintResult } from '../engine/lint';
import { draftConfig, draftLanguageOf, DraftSessions, isTooLarge, tooLargeMessage } from '../core/drafts';
import type { Rule } from '../engine/rule';
import type { Finding } from '../engine/types';
import { allRules } from '../rules';
import { SOURCE, toDiagnostic } from './convert';
import { checksNow, type CheckTrigger } from '../core/run-policy';
import { partialNotes, type PartialCheck } from '../core/lint-budget';
import type { QuotationView } from '../core/quotation-views';
import type { WholeDraftExtras, WholeDraftRequest } from '../core/whole-draft';
import { WholeDraftChecks, type WholeDraftOutcome } from '../core/whole-draft-checks';
import { readSettings, type EditorSettings } from './settings';
import type { WorkspaceConfigCache } from './workspace-config';
import type { WorkspaceNameIndex } from './workspace-names';

export interface DraftState {
  version: number;
  /**
   * The last lint on the editor's thread: its model (hover, speaker hints, Names to Verify, the
   * review report) covers only the part checked when `partial` is set or the draft was checked
   * whole off the thread.
   */
  result: LintResult;
  /** What the Problems panel, code actions and the status bar show: the result's, or a whole-draft check's. */
  findings: Finding[];
  /** Milliseconds the last lint took (shown in the output channel's trace). */
  elapsed: number;
  /** Set when the lint's time budget let it check only part of the draft (copydesk.lintBudget). */
  partial?: PartialCheck;
  /** Set when `findings` come from a check of the whole draft off the editor's thread (checkWhole). */
  checkedWhole?: true;
  /** The whole check's quotations, for hover and speaker hints where the result's model stops short. */
  quotations?: QuotationView[];
}

/** What the note at a draft checked in part tells the user to do. */
const CHECK_ALL = 'Run "Copydesk: Check Current Draft" to check all of it, or raise copydesk.lintBudget.';

/** Every family's checks and both dictionaries' lookups run on it (see warmUp). */
const WARM_UP_SAMPLE = 'LONDON, Monday, March 5, 2024 — The council said yesterday it would recieve the report from Ellen Hartwel.\n\n"We will see," said Ellen Hartwell. "The costs are high.\n';

export type SkipReason = 'disabled' | 'language' | 'too-large';

/** Whether the state's model (the lint on the editor's thread) covers all of the draft, as its findings do. */
export const modelCoversAll = (state: DraftState): boolean => !state.partial && !state.checkedWhole;

/** Called as a check of all of a draft starts in the worker, with a way to stop it (a progress notification's Cancel). */
export type WholeCheckStarted = (wholeCheck: Promise<WholeDraftOutcome>, cancel: () => void) => void;

/** The path the engine and the workspace-names index know a document by. */
const filePathOf = (uri: vscode.Uri) => (uri.scheme === 'file' ? uri.fsPath : uri.path);

/** The document a tab shows, if it shows one. */
export function uriOfTab(tab: vscode.Tab): vscode.Uri | undefined {
  if (tab.input instanceof vscode.TabInputText) return tab.input.uri;
  if (tab.input instanceof vscode.TabInputTextDiff) return tab.input.modified;
  return undefined;
}

export function urisInTabs(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = uriOfTab(tab);
      if (uri) uris.add(uri.toString());
    }
  }
  return uris;
}

/**
 * Lints open drafts and publishes diagnostics: on open, as the user types (debounced) or on save,
 * per `copydesk.run`. Keeps each draft's last result for code actions, hover and the status bar.
 */
export class DraftLinter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly states = new Map<string, DraftState>();
  /** One per open draft: unchanged paragraphs are not segmented again on the next keystroke. */
  private readonly sessions = new DraftSessions();
  private readonly skipped = new Map<string, SkipReason>();
  /** Drafts whose files were deleted while VS Code still holds their text. */
  private readonly deleted = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents Copydesk wrote itself (review reports): never drafts. */
  private readonly ownDocuments = new Set<string>();
  /** What the Problems panel shows, per draft: with `copydesk.run: onSave` it can lag the text. */
  private readonly published = new Map<string, DraftState>();
  /** Drafts Auto Save is writing after a pause in typing (see run-policy.ts). */
  private readonly autoSaving = new Set<string>();
  private readonly failedRules = new Set<string>();
  private readonly warnedLarge = new Set<string>();
  private readonly reportedProblems = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidLint = this.linted.event;
  /** Messages shown to the user, newest last (also read by the integration tests). */
  readonly notices: string[] = [];
  /** Milliseconds the most recent lint took. */
  lastElapsed = 0;
  /** The names of the workspace's other drafts, once something indexes them. */
  workspaceNames: WorkspaceNameIndex | undefined;

  private readonly wholeChecks: WholeDraftChecks;

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly workspaceConfig: WorkspaceConfigCache,
    extensionPath: string,
    private readonly rules: readonly Rule[] = allRules,
  ) {
    this.wholeChecks = new WholeDraftChecks(join(extensionPath, 'dist', 'check-worker.js'));
  }

  stateOf(document: vscode.TextDocument): DraftState | undefined {
    const state = this.states.get(document.uri.toString());
    return state && state.version === document.version ? state : undefined;
  }

  /** The findings the Problems panel shows for the draft, even if it has been edited since. */
  publishedStateOf(document: vscode.TextDocument): DraftState | undefined {
    return this.published.get(document.uri.toString());
  }

  /** Whether Copydesk holds findings or a skip reason for the draft (false once it was closed). */
  tracks(uri: vscode.Uri): boolean {
    return this.states.has(uri.toString()) || this.skipped.has(uri.toString());
  }

  /** Milliseconds the latest lint of `uri` took, whatever version it was of. */
  elapsedOf(uri: vscode.Uri): number | undefined {
    return this.states.get(uri.toString())?.elapsed;
  }

  skipReasonOf(document: vscode.TextDocument): SkipReason | undefined {
    return this.skipped.get(document.uri.toString());
  }

  /** Never check the document at `uri`: Copydesk writes it (a review report), so it quotes findings. */
  ignoreOwnDocument(uri: vscode.Uri): void {
    this.ownDocuments.add(uri.toString());
    this.forget(uri);
  }

  /** Whether Copydesk checks this document at all (language and enable setting). */
  handles(document: vscode.TextDocument, settings: EditorSettings = readSettings(document.uri)): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    if (this.ownDocuments.has(document.uri.toString())) return false;
    return settings.enable && settings.languages.includes(document.languageId);
  }

  schedule(document: vscode.TextDocument): void {
    // Its findings would be of text no longer there.
    this.wholeChecks.cancel(document.uri.toString());
    const settings = readSettings(document.uri);
    if (settings.run !== 'onType') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    // A manuscript that takes long to check waits longer, so keystrokes never queue behind lints.
    // A whole check ran off this thread, and says nothing of what the next (budgeted) lint costs here.
    const last = this.states.get(key);
    const lastElapsed = last && !last.checkedWhole ? last.elapsed : 0;
    const delay = Math.max(settings.typingDelay, Math.min(2000, Math.round(lastElapsed * 2)));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A change that reaches us after its tab closed or its file was deleted (a revert racing
      // the close) must not bring its findings back.
      if (!this.deleted.has(key) && urisInTabs().has(key)) this.lint(document, 'typing');
    }, delay));
  }

  /**
   * A save is coming; remember whether the user or Auto Save's timer asked for it. Nothing more:
   * VS Code gives the extension host 1.75 s to answer for every save, listener or not, so the
   * work a save starts is done once it is on disk (saved), never here. ("Aborted
   * onWillSaveTextDocument-event after 1750ms" means the host was busy, as it is for 2 s while
   * VS Code's JSON or Markdown extension starts; the reason is still recorded before `saved`,
   * which comes after it on the same channel.)
   */
  willSave(document: vscode.TextDocument, reason: vscode.TextDocumentSaveReason): void {
    if (reason === vscode.TextDocumentSaveReason.AfterDelay) this.autoSaving.add(document.uri.toString());
    else this.autoSaving.delete(document.uri.toString());
  }

  saved(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const trigger = this.autoSaving.delete(key) ? 'autoSave' : 'save';
    // The Problems panel already shows this very text (checked as the user paused typing, or
    // saved twice): Auto Save writes every second in VS Code for the Web, and a long manuscript
    // would be checked again each time for nothing.
    if (this.published.get(key)?.version === document.version && this.states.get(key)?.version === document.version) return;
    this.lint(document, trigger);
  }

  /**
   * Lints now and publishes, if `copydesk.run` lets this trigger check the draft (run-policy.ts).
   * Returns the result, or undefined when the draft is skipped or not checked now.
   */
  lint(document: vscode.TextDocument, trigger: CheckTrigger = 'command'): LintResult | undefined {
    const key = document.uri.toString();
    const edited = this.published.get(key)?.version !== document.version;
    if (!checksNow(readSettings(document.uri).run, trigger, edited)) return undefined;
    // Opened, saved or checked on request: the file exists (again).
    if (trigger !== 'refresh' && trigger !== 'typing') this.deleted.delete(key);
    // Asked for, the whole draft is checked by checkWhole, off this thread, when the budget cuts it.
    const published = this.published.get(key);
    const result = this.run(document, true);
    // Settings or the workspace's names changed, not the text: a draft the user had checked
    // whole shows the part at once, and all of it again once the worker is done.
    if (trigger === 'refresh' && published?.checkedWhole && published.version === document.version && this.states.get(key)?.partial && !this.wholeChecks.isRunning(key)) {
      void this.checkInWorker(document);
    }
    return result;
  }

  /**
   * "Check Current Draft": the whole draft. One that fits the time budget is checked here, as
   * it is when the user types; a longer one is checked first as far as the budget allows (so
   * its part shows at once), then whole in a worker thread while the editor stays free. Its
   * findings replace the part's only if the draft was not edited meanwhile (else `stale`: the
   * budgeted lints of the new text stand, and the user may ask again); settings changed
   * meanwhile check it again with the new ones. Undefined when Copydesk does not check the draft.
   */
  checkWhole(document: vscode.TextDocument, onStart?: WholeCheckStarted): Promise<WholeDraftOutcome | undefined> {
    const key = document.uri.toString();
    this.deleted.delete(key);
    let state = this.stateOf(document);
    if (!state || this.published.get(key) !== state) {
      if (!this.run(document, true)) return Promise.resolve(undefined);
      state = this.states.get(key)!;
    }
    if (!state.partial) return Promise.resolve({ status: 'checked', findings: state.findings, elapsed: state.elapsed });
    const whole = this.checkInWorker(document);
    onStart?.(whole, () => this.wholeChecks.cancel(key));
    return whole;
  }

  /**
   * What an explicit command needs of all of a draft the time budget cuts (its review report,
   * its names to verify), from the worker, showing nothing: like the command's own lint on this
   * thread, it leaves the Problems panel to copydesk.run. Stale when the draft is edited meanwhile.
   */
  wholeDraftExtras(document: vscode.TextDocument, extras: WholeDraftExtras, onStart?: WholeCheckStarted): Promise<WholeDraftOutcome> {
    // Its own key: a whole check for the Problems panel may be running beside it.
    const key = `${document.uri.toString()}#${Object.keys(extras).join(',')}`;
    const running = this.wholeChecks.check({
      key,
      version: document.version,
      request: () => this.wholeRequest(document, extras),
      versionNow: () => (document.isClosed ? undefined : document.version),
      onRuleError: (ruleId, message) => this.ruleFailed(ruleId, message),
    });
    onStart?.(running, () => this.wholeChecks.cancel(key));
    return running;
  }

  private async checkInWorker(document: vscode.TextDocument): Promise<WholeDraftOutcome> {
    const key = document.uri.toString();
    const name = vscode.workspace.asRelativePath(document.uri);
    const version = document.version;
    this.notify(`Checking all of ${name} off the editor's thread (version ${version})`);
    const outcome = await this.wholeChecks.check({
      key,
      version,
      request: () => this.wholeRequest(document),
      versionNow: () => (document.isClosed ? undefined : document.version),
      onRuleError: (ruleId, message) => this.ruleFailed(ruleId, message),
    });
    const base = this.states.get(key);
    if (outcome.status === 'checked' && base?.version === version) {
      const whole: DraftState = { version, result: base.result, findings: outcome.findings, quotations: outcome.quotations, elapsed: outcome.elapsed, checkedWhole: true };
      this.states.set(key, whole);
      this.publish(document, whole, []);
      this.notify(`Checked all of ${name}: ${outcome.findings.length} finding(s)`);
    } else if (outcome.status === 'stale') {
      this.notify(`Dropped the whole check of ${name}: the draft changed while it ran`);
    } else if (outcome.status === 'failed') {
      this.output.appendLine(`[error] Copydesk could not check all of ${name}; the part checked within the time budget still shows.\n${outcome.message}`);
      this.notify(`The whole check of ${name} failed`);
    } else {
      this.notify(`Canceled the whole check of ${name}`);
    }
    return outcome;
  }

  /** What the worker needs to check the draft as the budgeted lints do, with no budget. */
  private wholeRequest(document: vscode.TextDocument, extras?: WholeDraftExtras): WholeDraftRequest {
    const settings = readSettings(document.uri);
    const names = this.workspaceNames;
    return {
      kind: 'draft',
      text: document.getText(),
      languageId: draftLanguageOf(document.languageId),
      filePath: filePathOf(document.uri),
      config: this.configFor(document.uri),
      names: names && settings.workspaceNames && vscode.workspace.isTrusted ? names.names.snapshot() : undefined,
      extras,
    };
  }

  /**
   * The current result for code actions and hover. Computed without publishing when stale, so
   * that with `copydesk.run: onSave` the Problems panel still changes only on save.
   */
  resultFor(document: vscode.TextDocument): DraftState | undefined {
    const state = this.stateOf(document);
    if (state) return state;
    return this.run(document, false) && this.states.get(document.uri.toString());
  }

  private run(document: vscode.TextDocument, publish: boolean): LintResult | undefined {
    const key = document.uri.toString();
    const settings = readSettings(document.uri);
    if (!this.handles(document, settings)) {
      this.forget(document.uri);
      if (settings.enable) return undefined;
      this.skipped.set(key, 'disabled');
      return undefined;
    }
    const text = document.getText();
    if (isTooLarge(text, settings.maxFileSize)) {
      this.forget(document.uri);
      this.skipped.set(key, 'too-large');
      this.warnTooLarge(document, text, settings.maxFileSize);
      this.linted.fire(document);
      return undefined;
    }
    this.skipped.delete(key);
    const files = this.workspaceConfig.forDocument(document.uri, settings.configFile);
    this.reportProblems([...settings.problems, ...files.problems]);
    const names = this.workspaceNames;
    const { result, elapsed, partial } = this.sessions.lint(key, text, {
      filePath: filePathOf(document.uri),
      languageId: draftLanguageOf(document.languageId),
      config: draftConfig(settings, files),
      rules: this.rules,
      workspace: names && settings.workspaceNames && vscode.workspace.isTrusted ? names.names : undefined,
      onRuleError: (ruleId, error) => this.ruleFailed(ruleId, error),
    }, settings.lintBudget);
    this.lastElapsed = elapsed;
    const state: DraftState = { version: document.version, result, findings: result.findings, elapsed, partial };
    this.states.set(key, state);
    if (!publish) return result;
    const notes = partial ? partialNotes(text, partial, CHECK_ALL) : [];
    if (partial) this.notify(`Checked part of ${vscode.workspace.asRelativePath(document.uri)}: ${partial.words} words, to offset ${partial.checkedTo} of ${partial.length}`);
    this.publish(document, state, notes);
    return result;
  }

  private publish(document: vscode.TextDocument, state: DraftState, notes: Finding[]): void {
    this.diagnostics.set(document.uri, [...state.findings, ...notes].map((f) => toDiagnostic(document.uri, document, f)));
    this.published.set(document.uri.toString(), state);
    this.linted.fire(document);
  }

  /**
   * Checks a short sample once, publishing nothing, so that the first draft the user opens finds
   * the dictionaries read and the checks compiled: its squiggles come in a fraction of the time.
   */
  warmUp(folder: vscode.Uri): void {
    lintDocument(WARM_UP_SAMPLE, { filePath: 'warm-up.md', languageId: 'markdown', config: this.configFor(vscode.Uri.joinPath(folder, 'warm-up.md')), rules: this.rules });
  }

  /** The settings a draft at `uri` is checked with, before its own front matter. */
  configFor(uri: vscode.Uri): Partial<CopydeskConfig> {
    const settings = readSettings(uri);
    return draftConfig(settings, this.workspaceConfig.forDocument(uri, settings.configFile));
  }

  private warnTooLarge(document: vscode.TextDocument, text: string, limit: number): void {
    const key = document.uri.toString();
    if (this.warnedLarge.has(key)) return;
    this.warnedLarge.add(key);
    const message = tooLargeMessage(vscode.workspace.asRelativePath(document.uri), text, limit);
    this.notify(message);
    void vscode.window.showInformationMessage(message, 'Change Limit').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.maxFileSize');
    });
  }

  private ruleFailed(ruleId: string, error: unknown): void {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.output.appendLine(`[error] Rule ${ruleId} failed and was skipped; the other rules still ran. Please report this with the draft that caused it.\n${detail}`);
    this.notify(`Rule ${ruleId} failed`);
  }

  private reportProblems(problems: ConfigProblem[]): void {
    for (const p of problems) {
      const line = `[settings] ${p.source}${p.key ? ` (${p.key})` : ''}: ${p.message}`;
      if (this.reportedProblems.has(line)) continue;
      this.reportedProblems.add(line);
      this.output.appendLine(line);
      this.notify(line);
      void vscode.window.showWarningMessage(`Copydesk: ${p.message} (${p.source})`, 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
    }
  }

  /** Settings or files changed: problems may be new again. */
  resetProblemReports(): void {
    this.reportedProblems.clear();
  }

  notify(message: string): void {
    this.notices.push(message);
    if (this.notices.length > 200) this.notices.shift();
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.wholeChecks.cancel(key);
    this.states.delete(key);
    this.published.delete(key);
    this.autoSaving.delete(key);
    this.sessions.forget(key);
    this.skipped.delete(key);
    this.diagnostics.delete(uri);
  }

  /** The file is gone from disk: clear its findings, and keep them cleared until it is opened or saved again. */
  removed(uri: vscode.Uri): void {
    this.deleted.add(uri.toString());
    this.forget(uri);
  }

  /** A closed file may be linted again later: let its size warning show again then. */
  closed(uri: vscode.Uri): void {
    this.warnedLarge.delete(uri.toString());
    this.forget(uri);
  }

  /**
   * Checks again the drafts open in editor tabs. A document VS Code merely keeps loaded (for
   * minutes after its tab closed, or after its file was deleted) is left alone: its diagnostics
   * were cleared and must stay so.
   */
  relintOpenDocuments(): void {
    this.wholeChecks.settingsChanged();
    const inTabs = urisInTabs();
    for (const document of vscode.workspace.textDocuments) {
      if (!inTabs.has(document.uri.toString()) || this.deleted.has(document.uri.toString())) continue;
      if (this.handles(document) || this.tracks(document.uri)) this.lint(document, 'refresh');
    }
  }

  dispose(): void {
    this.wholeChecks.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.linted.dispose();
  }
}
