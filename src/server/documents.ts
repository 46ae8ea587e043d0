import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { MessageType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem, CopydeskConfig } from '../engine/config';
import { mergeConfig } from '../engine/config';
import { languageIdFor, type LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';
import type { WorkspaceNames } from '../engine/workspace-names';
import { isDraftPath } from '../engine/batch';
import { allRules } from '../rules';
import { ConfigFilesCache, NO_CONFIG_FILES } from '../core/config-files';
import { draftConfig, draftLanguageOf, DraftSessions, isTooLarge, tooLargeMessage } from '../core/drafts';
import { checksNow, type CheckTrigger } from '../core/run-policy';
import { partialNotes, type PartialCheck } from '../core/lint-budget';
import type { QuotationView } from '../core/quotation-views';
import type { WholeDraftExtras, WholeDraftRequest } from '../core/whole-draft';
import { WholeDraftChecks, type DraftToCheck, type WholeDraftOutcome } from '../core/whole-draft-checks';
import type { EditorSettings } from '../core/settings';
import type { ClientSettings } from './client-settings';
import { toDiagnostic } from './convert';

/** The file a `file:` URI names; undefined for unsaved or virtual documents. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Language ids clients give plain text: Neovim and Helix say "text". */
const TEXT_LANGUAGES = new Set(['text', 'plaintext', 'plain']);

/** The check worker, built beside the server bundle (dist/check-worker.js). */
export const CHECK_WORKER = join(__dirname, 'check-worker.js');

export interface DraftState {
  version: number;
  /** The last lint on the server's thread: its model covers only the part checked when a budget cut it. */
  result: LintResult;
  /** What the client is shown (diagnostics, code actions, hover): the result's, or a whole-draft check's. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Set when the time budget let the lint check only part of the draft (copydesk.lintBudget). */
  partial?: PartialCheck;
  /** Set when `findings` come from checkWhole, off the server's thread. */
  checkedWhole?: true;
  /** The whole check's quotations, for hover where the result's model stops short. */
  quotations?: QuotationView[];
}

export type SkipReason = 'disabled' | 'too-large';

/** What the note at a draft checked in part tells the user to do: an LSP client has no palette command for it. */
const CHECK_ALL = 'Raise copydesk.lintBudget to check more of it as you type; the copydesk.checkDraft command (workspace/executeCommand) or the copydesk command line checks all of it.';

/**
 * The open drafts: each keeps its LintSession and its last result, linted when it changes
 * (coalescing a burst of changes into one lint) and either pushed to the client or kept for
 * its next pull.
 */
export class OpenDrafts {
  private readonly sessions = new DraftSessions();
  private readonly states = new Map<string, DraftState>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly pending = new Set<string>();
  private readonly opening = new Set<string>();
  /** The version of each draft whose findings the client was last sent. */
  private readonly publishedVersions = new Map<string, number>();
  private flushing = false;
  private readonly wholeChecks = new WholeDraftChecks(CHECK_WORKER);

  private readonly warnedLarge = new Set<string>();
  private readonly reported = new Set<string>();
  private readonly failedRules = new Set<string>();
  /** Words added through workspace/applyEdit whose file the client may not have saved yet, by words file. */
  private readonly addedWords = new Map<string, Set<string>>();
  /** The workspace's names once indexed; read at each lint. */
  workspaceNames: WorkspaceNames | undefined;
  /** Called after a draft is checked, until the workspace index has started. */
  onFirstLint: ((settings: EditorSettings) => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: ClientSettings,
    readonly configFiles: ConfigFilesCache,
    private readonly folders: readonly string[],
    /** False when the client pulls diagnostics (LSP 3.17) instead. */
    private readonly push: boolean,
    /** Whether a pulling client takes workspace/diagnostic/refresh. */
    private readonly canRefresh: boolean,
  ) {}

  /** The workspace folder holding `path`, if any. */
  folderOf(path: string): string | undefined {
    return this.folders.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
  }

  handles(document: TextDocument, settings: EditorSettings): boolean {
    if (!settings.enable) return false;
    return settings.languages.includes(document.languageId) || TEXT_LANGUAGES.has(document.languageId) || isDraftPath(pathOf(document.uri) ?? document.uri);
  }

  /** The config a draft is checked with, before its front matter: as the CLI finds it, with the client's settings. */
  configFor(uri: string, settings: EditorSettings): Partial<CopydeskConfig> {
    const path = pathOf(uri);
    const files = path ? this.configFiles.forFile(path, { workspaceFolder: this.folderOf(path), configFile: settings.configFile, trusted: true }) : NO_CONFIG_FILES;
    this.reportProblems([...settings.problems, ...files.problems]);
    const config = draftConfig(settings, files);
    const added = path ? this.wordsAddedAbove(path) : [];
    return added.length ? mergeConfig(config, { words: added }) : config;
  }

  private wordsAddedAbove(path: string): string[] {
    const words: string[] = [];
    for (const [file, added] of this.addedWords) {
      const root = dirname(dirname(file));
      if (path.startsWith(root + sep)) words.push(...added);
    }
    return words;
  }

  wordAdded(wordsFile: string, word: string): void {
    const words = this.addedWords.get(wordsFile) ?? new Set<string>();
    words.add(word);
    this.addedWords.set(wordsFile, words);
    this.invalidate();
  }

  /** The settings files changed on disk: what was added through edits is there now, or was taken out. */
  settingsFilesChanged(): void {
    this.addedWords.clear();
    this.configFiles.invalidate();
    this.reported.clear();
    this.invalidate();
  }

  /** Forgets every result (settings or the workspace's names changed); sessions stay. */
  invalidate(): void {
    this.wholeChecks.settingsChanged();
    this.states.clear();
  }

  skipReasonOf(uri: string): SkipReason | undefined {
    return this.skipped.get(uri);
  }

  /** The current result of an open draft, linting it first when it changed; undefined when skipped or closed. */
  async stateOf(uri: string): Promise<DraftState | undefined> {
    const settings = await this.settings.for(uri);
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.states.get(uri);
    if (cached && cached.version === document.version) return cached;
    if (!this.handles(document, settings)) {
      this.skipped.set(uri, 'disabled');
      return undefined;
    }
    const text = document.getText();
    if (isTooLarge(text, settings.maxFileSize)) {
      this.skipped.set(uri, 'too-large');
      this.sessions.forget(uri);
      this.warnTooLarge(uri, text, settings.maxFileSize);
      return undefined;
    }
    this.skipped.delete(uri);
    const { result, partial } = this.sessions.lint(uri, text, {
      filePath: pathOf(uri) ?? uri,
      languageId: this.languageOf(document),
      config: this.configFor(uri, settings),
      rules: allRules,
      workspace: settings.workspaceNames ? this.workspaceNames : undefined,
      onRuleError: (ruleId, error) => this.ruleFailed(ruleId, error),
    }, settings.lintBudget);
    const notes = partial ? partialNotes(text, partial, CHECK_ALL) : [];
    const state: DraftState = { version: document.version, result, findings: result.findings, partial, diagnostics: [...result.findings, ...notes].map((f) => toDiagnostic(document, f)) };
    this.states.set(uri, state);
    this.onFirstLint?.(settings);
    return state;
  }

  private languageOf(document: TextDocument): string {
    const path = pathOf(document.uri);
    return path && isDraftPath(path) ? languageIdFor(path) : draftLanguageOf(TEXT_LANGUAGES.has(document.languageId) ? 'plaintext' : document.languageId);
  }

  /**
   * The copydesk.checkDraft command: the whole draft. One the time budget cuts is checked in part
   * first (pushed at once), then whole in the check worker, off the server's thread, so the
   * client's other requests keep their answers; its findings are shown only if the draft was not
   * edited meanwhile (else `stale`), and run again if settings changed meanwhile. Undefined when
   * the draft is not checked (closed, skipped).
   */
  async checkWhole(uri: string): Promise<WholeDraftOutcome | undefined> {
    await this.publish(uri, 'command');
    const state = await this.stateOf(uri);
    const document = this.documents.get(uri);
    if (!state || !document) return undefined;
    if (!state.partial) return { status: 'checked', findings: state.findings, elapsed: 0 };
    const outcome = await this.wholeChecks.check(this.toCheck(uri, uri, document, state.version));
    if (outcome.status === 'checked') await this.showWhole(document, state, outcome.findings, outcome.quotations);
    return outcome;
  }

  /**
   * What a command needs of all of an open draft (its review report, its names to verify), from
   * the worker, showing nothing; undefined when the draft is not open.
   */
  async wholeDraftExtras(uri: string, extras: WholeDraftExtras): Promise<WholeDraftOutcome | undefined> {
    const document = this.documents.get(uri);
    // Its own key: a copydesk.checkDraft may be running beside it.
    return document && this.wholeChecks.check(this.toCheck(`${uri}#${Object.keys(extras).join(',')}`, uri, document, document.version, extras));
  }

  private toCheck(key: string, uri: string, document: TextDocument, version: number, extras?: WholeDraftExtras): DraftToCheck {
    return {
      key,
      version,
      request: async (): Promise<WholeDraftRequest> => {
        const settings = await this.settings.for(uri);
        return {
          kind: 'draft',
          text: document.getText(),
          languageId: this.languageOf(document),
          filePath: pathOf(uri) ?? uri,
          config: this.configFor(uri, settings),
          names: settings.workspaceNames ? this.workspaceNames?.snapshot() : undefined,
          extras,
        };
      },
      versionNow: () => this.documents.get(uri)?.version,
      onRuleError: (ruleId, message) => this.ruleFailed(ruleId, message),
    };
  }

  private async showWhole(document: TextDocument, part: DraftState, findings: Finding[], quotations: QuotationView[] | undefined): Promise<void> {
    const whole: DraftState = { version: part.version, result: part.result, findings, quotations, diagnostics: findings.map((f) => toDiagnostic(document, f)), checkedWhole: true };
    this.states.set(document.uri, whole);
    if (this.push) {
      this.publishedVersions.set(document.uri, whole.version);
      await this.connection.sendDiagnostics({ uri: document.uri, version: whole.version, diagnostics: whole.diagnostics });
    } else if (this.canRefresh) this.connection.languages.diagnostics.refresh();
  }

  /** Stops the draft's whole check, if one is running (the client canceled the command). */
  cancelWholeCheck(uri: string): void {
    this.wholeChecks.cancel(uri);
  }

  /** Lints and pushes, if `copydesk.run` lets this trigger check the draft (src/core/run-policy.ts). */
  async publish(uri: string, trigger: CheckTrigger): Promise<void> {
    // A client that pulls asks when it wants them.
    if (!this.push) return;
    const settings = await this.settings.for(uri);
    const document = this.documents.get(uri);
    if (!document || !checksNow(settings.run, trigger, this.publishedVersions.get(uri) !== document.version)) return;
    const state = await this.stateOf(uri);
    if (!this.documents.get(uri)) return;
    this.publishedVersions.set(uri, state?.version ?? document.version);
    await this.connection.sendDiagnostics({ uri, version: state?.version, diagnostics: state?.diagnostics ?? [] });
  }

  /** The client opened a draft: its first content change is checked as an open, not as typing. */
  opened(uri: string): void {
    this.opening.add(uri);
  }

  /** A change: linted once the messages already queued are read, so a burst of edits costs one lint. */
  changed(uri: string): void {
    // Its findings would be of text no longer there.
    this.wholeChecks.cancel(uri);
    this.pending.add(uri);
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      const uris = [...this.pending];
      this.pending.clear();
      for (const next of uris) {
        this.publish(next, this.opening.delete(next) ? 'open' : 'typing').catch((error) => this.failed(error));
      }
    });
  }

  /** Every open draft again (settings, settings files or the workspace's names changed). */
  async relintAll(): Promise<void> {
    // Drafts checked whole on request are checked whole again, the text being the same.
    const whole = [...this.states].filter(([uri, state]) => state.checkedWhole && this.documents.get(uri)?.version === state.version).map(([uri]) => uri);
    this.invalidate();
    if (!this.push) {
      if (this.canRefresh) this.connection.languages.diagnostics.refresh();
    } else {
      for (const document of this.documents.all()) await this.publish(document.uri, 'refresh');
    }
    for (const uri of whole) if (!this.wholeChecks.isRunning(uri)) this.checkWhole(uri).catch((error) => this.failed(error));
  }

  closed(uri: string): void {
    this.wholeChecks.cancel(uri);
    this.states.delete(uri);
    this.sessions.forget(uri);
    this.skipped.delete(uri);
    this.warnedLarge.delete(uri);
    this.opening.delete(uri);
    this.publishedVersions.delete(uri);
    this.settings.forget(uri);
    if (this.push) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    this.wholeChecks.dispose();
  }

  failed(error: unknown): void {
    this.connection.console.error(`Copydesk: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }

  private displayName(uri: string): string {
    const path = pathOf(uri);
    if (!path) return uri;
    const folder = this.folderOf(path);
    return folder ? relative(folder, path) : basename(path);
  }

  private warnTooLarge(uri: string, text: string, limit: number): void {
    if (this.warnedLarge.has(uri)) return;
    this.warnedLarge.add(uri);
    const message = tooLargeMessage(this.displayName(uri), text, limit);
    this.connection.console.info(message);
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
  }

  private ruleFailed(ruleId: string, error: unknown): void {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.connection.console.error(`Rule ${ruleId} failed and was skipped; the other rules still ran. Please report this with the draft that caused it.\n${detail}`);
  }

  private reportProblems(problems: readonly ConfigProblem[]): void {
    for (const p of problems) {
      const line = `Copydesk: ${p.message} (${p.source}${p.key ? `, ${p.key}` : ''})`;
      if (this.reported.has(line)) continue;
      this.reported.add(line);
      this.connection.console.warn(line);
      void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: line });
    }
  }
}
