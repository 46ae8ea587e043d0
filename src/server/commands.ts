import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection, type TextDocuments, type WorkDoneProgressReporter, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf } from '../engine/positions';
import { addWordToList, WORDS_FILE } from '../engine/user-words';
import { MAX_WORKSPACE_DRAFTS } from '../core/workspace-name-index';
import type { CheckMessage, CheckRequest } from '../core/check-worker';
import { namesToVerifyIn, reviewReportOf } from '../core/draft-review';
import type { EditorSettings } from '../core/settings';
import type { ClientSettings } from './client-settings';
import { toDiagnostic } from './convert';
import { findDrafts } from './draft-files';
import { CHECK_WORKER, pathOf, type DraftState, type OpenDrafts } from './documents';
import type { WholeDraftExtras } from '../core/whole-draft';
import type { ServerNameIndex } from './workspace-names';

export const COMMANDS = {
  checkAll: 'copydesk.checkAllDrafts',
  namesToVerify: 'copydesk.namesToVerify',
  reviewReport: 'copydesk.reviewReport',
  addWord: 'copydesk.addWord',
  checkDraft: 'copydesk.checkDraft',
} as const;

export interface CheckAllSummary {
  files: number;
  findings: number;
  skipped: number;
}

export interface Services {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  drafts: OpenDrafts;
  settings: ClientSettings;
  folders: readonly string[];
  workspaceNames: () => ServerNameIndex | undefined;
}

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

function stringArgument(args: unknown[] | undefined, index: number, what: string): string {
  const value = args?.[index];
  if (typeof value !== 'string' || value === '') throw invalid(`Argument ${index + 1} must be ${what}.`);
  return value;
}

async function openDraftState(services: Services, uri: string) {
  if (!services.documents.get(uri)) throw invalid(`${uri} is not open.`);
  const state = await services.drafts.stateOf(uri);
  if (!state) throw invalid(`Copydesk does not check ${uri} (${services.drafts.skipReasonOf(uri) ?? 'not a draft'}).`);
  return state;
}

/**
 * What a command needs of all of an open draft whose model on the server's thread covers only
 * part of it (the budget cut its lint, or a whole check's model stayed in the worker): from the
 * check worker. An edit meanwhile is an error the client can retry.
 */
async function fromWholeDraft(services: Services, uri: string, extras: WholeDraftExtras) {
  const outcome = await services.drafts.wholeDraftExtras(uri, extras);
  if (outcome?.status === 'checked') return outcome;
  if (outcome?.status === 'failed') throw new ResponseError(ErrorCodes.InternalError, `Copydesk could not check all of ${uri}: ${outcome.message}`);
  throw new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed or closed while Copydesk checked all of it; ask again.`);
}

const modelCoversAll = (state: DraftState) => !state.partial && !state.checkedWhole;

/**
 * Adds a word to the workspace dictionary through the client (workspace/applyEdit), creating
 * `.copydesk/words.txt` in the draft's workspace folder (or its own folder) when needed.
 */
async function addWord(services: Services, word: string, uri: string): Promise<{ applied: boolean; file: string }> {
  if (/\s{2,}|^\s|\s$|\n/.test(word)) throw invalid('Give one word or name.');
  const path = pathOf(uri);
  if (!path) throw invalid('Only drafts saved in a folder have a workspace dictionary.');
  const root = services.drafts.folderOf(path) ?? dirname(path);
  const file = join(root, WORDS_FILE);
  const fileUri = pathToFileURL(file).href;
  const open = services.documents.get(fileUri);
  const exists = open !== undefined || existsSync(file);
  const content = open?.getText() ?? (exists ? readFileSync(file, 'utf8') : '');
  const updated = addWordToList(content, word);
  if (updated === content) return { applied: true, file };
  const current = TextDocument.create(fileUri, 'plaintext', 0, content);
  const edit: WorkspaceEdit = {
    documentChanges: [
      ...(exists ? [] : [{ kind: 'create' as const, uri: fileUri, options: { ignoreIfExists: true } }]),
      { textDocument: { uri: fileUri, version: open?.version ?? null }, edits: [{ range: { start: { line: 0, character: 0 }, end: current.positionAt(content.length) }, newText: updated }] },
    ],
  };
  const { applied } = await services.connection.workspace.applyEdit({ label: `Add "${word}" to the workspace dictionary`, edit });
  // The client may leave the file unsaved: the word counts from now on all the same.
  if (applied) {
    services.drafts.wordAdded(file, word);
    await services.drafts.relintAll();
  }
  return { applied, file };
}

/** Runs `action` once the client cancels the request; the function returned stops watching. */
function onCancel(cancelled: () => boolean, action: () => void): () => void {
  const poll = setInterval(() => {
    if (!cancelled()) return;
    clearInterval(poll);
    action();
  }, 100);
  return () => clearInterval(poll);
}

function runWorker(request: CheckRequest, onMessage: (message: CheckMessage) => void, cancelled: () => boolean): Promise<boolean> {
  if (request.files.length === 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK_WORKER);
    const stopWatching = onCancel(cancelled, () => {
      void worker.terminate();
      resolve(false);
    });
    worker.on('message', (message: CheckMessage) => {
      if (message.type !== 'done') return onMessage(message);
      stopWatching();
      void worker.terminate();
      resolve(true);
    });
    worker.on('error', (error) => {
      stopWatching();
      reject(error);
    });
    worker.postMessage(request);
  });
}

/**
 * copydesk.checkDraft: the whole of an open draft, off the server's thread when it is too long
 * for the time budget (OpenDrafts.checkWhole). Says how it ended: `checked` with the count of
 * findings now shown, `stale` when the draft was edited meanwhile (the findings of the new
 * text's budgeted lint stand), or `canceled`.
 */
async function checkDraft(services: Services, uri: string, progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<{ status: string; findings?: number }> {
  if (!services.documents.get(uri)) throw invalid(`${uri} is not open.`);
  progress.begin(`Copydesk: checking all of ${basename(pathOf(uri) ?? uri)}`, undefined, undefined, true);
  const stopWatching = onCancel(cancelled, () => services.drafts.cancelWholeCheck(uri));
  try {
    const outcome = await services.drafts.checkWhole(uri);
    if (!outcome) throw invalid(`Copydesk does not check ${uri} (${services.drafts.skipReasonOf(uri) ?? 'not a draft'}).`);
    if (outcome.status === 'failed') throw new ResponseError(ErrorCodes.InternalError, `Copydesk could not check all of ${uri}: ${outcome.message}`);
    return outcome.status === 'checked' ? { status: 'checked', findings: outcome.findings.length } : { status: outcome.status };
  } finally {
    stopWatching();
    progress.done();
  }
}

/** Checks every draft of the workspace folders in a worker thread, pushing each file's diagnostics. */
async function checkAll(services: Services, progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<CheckAllSummary> {
  const { connection, documents, drafts, folders } = services;
  const summary: CheckAllSummary = { files: 0, findings: 0, skipped: 0 };
  progress.begin('Copydesk: checking drafts', 0, 'finding drafts', true);
  try {
    for (const folder of folders) {
      const settings: EditorSettings = await services.settings.for(pathToFileURL(folder).href);
      if (!settings.enable) continue;
      const found = await findDrafts([folder], settings.drafts, MAX_WORKSPACE_DRAFTS);
      const onDisk: string[] = [];
      for (const path of found) {
        const uri = pathToFileURL(path).href;
        if (documents.get(uri)) {
          // Open drafts follow their unsaved text, checked whole as copydesk.checkDraft does.
          const outcome = await drafts.checkWhole(uri);
          summary.files++;
          summary.findings += outcome?.status === 'checked' ? outcome.findings.length : (await drafts.stateOf(uri))?.findings.length ?? 0;
          continue;
        }
        const ignore = drafts.configFor(uri, settings).ignore ?? [];
        if (ignore.length && picomatch.isMatch(relative(folder, path).split('\\').join('/'), ignore, { dot: true })) continue;
        onDisk.push(path);
      }
      const total = onDisk.length;
      const names = services.workspaceNames();
      const completed = await runWorker(
        {
          files: onDisk,
          layer: settings.layer,
          configFile: settings.configFile ? join(folder, settings.configFile) : undefined,
          maxFileSize: settings.maxFileSize,
          names: names && settings.workspaceNames ? names.names.snapshot() : undefined,
        },
        (message) => {
          if (message.type === 'file') {
            const uri = pathToFileURL(message.path).href;
            // Positions come from the worker's line table, as the file is not open.
            const positions = { uri, positionAt: (offset: number) => positionOf(message.lineStarts, offset) };
            void connection.sendDiagnostics({ uri, diagnostics: message.findings.map((f) => toDiagnostic(positions, f)) });
            summary.files++;
            summary.findings += message.findings.length;
            progress.report(Math.round((100 * summary.files) / Math.max(1, total)), relative(folder, message.path));
          } else if (message.type === 'skipped') {
            summary.skipped++;
            connection.console.info(`Copydesk skipped ${message.path}: ${message.reason}`);
          } else if (message.type === 'rule-error') {
            connection.console.error(`Rule ${message.ruleId} failed while checking the workspace; the other rules still ran.\n${message.message}`);
          }
        },
        cancelled,
      );
      if (!completed) break;
    }
  } finally {
    progress.done();
  }
  connection.console.info(`Copydesk: ${summary.files} draft(s) checked, ${summary.findings} finding(s)${summary.skipped ? `, ${summary.skipped} skipped` : ''}.`);
  return summary;
}

/** workspace/executeCommand: the commands any client can bind to a key. */
export async function executeCommand(services: Services, command: string, args: unknown[] | undefined, progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<unknown> {
  switch (command) {
    case COMMANDS.checkAll:
      return checkAll(services, progress, cancelled);
    case COMMANDS.namesToVerify: {
      const uri = stringArgument(args, 0, "the draft's URI");
      const document = services.documents.get(uri)!;
      const state = await openDraftState(services, uri);
      const names = modelCoversAll(state) ? namesToVerifyIn(state.result) : (await fromWholeDraft(services, uri, { namesToVerify: true })).namesToVerify ?? [];
      return names.map((n) => ({
        name: n.name,
        count: n.count,
        ranges: n.spans.map((s) => ({ start: document.positionAt(s.start), end: document.positionAt(s.end) })),
      }));
    }
    case COMMANDS.reviewReport: {
      const uri = stringArgument(args, 0, "the draft's URI");
      const state = await openDraftState(services, uri);
      const path = pathOf(uri);
      const folder = path && services.drafts.folderOf(path);
      const name = path ? (folder ? relative(folder, path) : path) : uri;
      return modelCoversAll(state) ? reviewReportOf(name, state.result) : (await fromWholeDraft(services, uri, { reportName: name })).report;
    }
    case COMMANDS.checkDraft:
      return checkDraft(services, stringArgument(args, 0, "the draft's URI"), progress, cancelled);
    case COMMANDS.addWord:
      return addWord(services, stringArgument(args, 0, 'the word to add'), stringArgument(args, 1, "the draft's URI"));
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `Copydesk has no command "${command}".`);
  }
}
