import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type FileEvent,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../engine/rule';
import { CONFIG_FILE_GLOBS, ConfigFilesCache, isConfigFilePath } from '../core/config-files';
import { findingsAt } from '../core/hover';
import { quotationHoverAt } from '../core/quotation-views';
import { escapeMarkdown } from '../core/quote-sheet';
import { DEFAULT_DRAFT_GLOB, type EditorSettings } from '../core/settings';
import { ClientSettings } from './client-settings';
import { codeActionsFor } from './code-actions';
import { COMMANDS, executeCommand, type Services } from './commands';
import { FIX_ALL_KIND } from './convert';
import { OpenDrafts, pathOf } from './documents';
import { ServerNameIndex } from './workspace-names';

declare const COPYDESK_VERSION: string | undefined;

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** The document a request names, or an InvalidParams error saying what is wrong. */
function documentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalid('textDocument.uri is missing.');
  return uri;
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(pathOf).filter((p): p is string => p !== undefined);
}

/**
 * Copydesk's language server: translates between LSP and the editor core, as the VS Code
 * extension does between VS Code's API and the same core. Reads data files only (settings
 * JSON/YAML, word lists, drafts) and never opens a network connection.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let drafts!: OpenDrafts;
  let settings!: ClientSettings;
  let folders: string[] = [];
  let names: ServerNameIndex | undefined;
  let canWatchFiles = false;
  let canRegisterConfiguration = false;
  let canCreateProgress = false;

  const startNames = (first: EditorSettings) => {
    if (names || !first.workspaceNames || folders.length === 0) return;
    names = new ServerNameIndex(folders, first.drafts, (path) => drafts.configFor(pathToFileURL(path).href, first), first.maxFileSize);
    drafts.onFirstLint = undefined;
    const index = names;
    const started = performance.now();
    index.start().then(async () => {
      connection.console.info(`Copydesk: names of ${index.draftCount} drafts in the workspace indexed in ${Math.round(performance.now() - started)} ms.`);
      drafts.workspaceNames = index.names;
      await drafts.relintAll();
    }).catch((error) => drafts.failed(error));
  };

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    folders = workspaceFolderPaths(params);
    const pulls = capabilities.textDocument?.diagnostic !== undefined;
    canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canCreateProgress = capabilities.window?.workDoneProgress === true;
    settings = new ClientSettings(connection, capabilities.workspace?.configuration === true, params.initializationOptions);
    drafts = new OpenDrafts(connection, documents, settings, new ConfigFilesCache(), folders, !pulls, capabilities.workspace?.diagnostics?.refreshSupport === true);
    drafts.onFirstLint = startNames;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'copydesk', version: typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    const registered = (registration: Promise<unknown>) => registration.catch((error) => drafts.failed(error));
    if (canRegisterConfiguration) void registered(connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }));
    if (canWatchFiles) {
      const watchers = [...CONFIG_FILE_GLOBS, DEFAULT_DRAFT_GLOB].map((globPattern) => ({ globPattern }));
      void registered(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
  });

  // TextDocuments reports an open as a content change too, right after.
  documents.onDidOpen(({ document }) => drafts.opened(document.uri));
  documents.onDidChangeContent(({ document }) => drafts.changed(document.uri));
  const saved = async (uri: string) => {
    const path = pathOf(uri);
    if (path && isConfigFilePath(path)) {
      drafts.settingsFilesChanged();
      await drafts.relintAll();
      return;
    }
    await drafts.publish(uri, 'save');
    // Clients that watch no files for the server still tell it about the drafts they save.
    if (path && names?.covers(path)) {
      await names.changed(path, false);
      await drafts.relintAll();
    }
  };
  documents.onDidSave(({ document }) => void saved(document.uri).catch((error) => drafts.failed(error)));
  documents.onDidClose(({ document }) => drafts.closed(document.uri));

  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    settings.changed(pushed);
    drafts.relintAll().catch((error) => drafts.failed(error));
  });

  const filesChanged = async (changes: readonly FileEvent[]) => {
    let settingsChanged = false;
    let namesChanged = false;
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if (isConfigFilePath(path)) settingsChanged = true;
      else if (names?.covers(path)) {
        await names.changed(path, change.type === FileChangeType.Deleted);
        namesChanged = true;
      }
    }
    if (settingsChanged) drafts.settingsFilesChanged();
    if (settingsChanged || namesChanged) await drafts.relintAll();
  };
  connection.onDidChangeWatchedFiles(({ changes }) => void filesChanged(changes ?? []).catch((error) => drafts.failed(error)));

  connection.languages.diagnostics.on(async (params) => {
    const uri = documentUri(params);
    const state = await drafts.stateOf(uri);
    return { kind: DocumentDiagnosticReportKind.Full, resultId: state ? String(state.version) : undefined, items: state?.diagnostics ?? [] };
  });

  connection.onCodeAction(async (params) => {
    const uri = documentUri(params);
    const document = documents.get(uri);
    if (!document) return [];
    const state = await drafts.stateOf(uri);
    if (!state) return [];
    const path = pathOf(uri);
    return codeActionsFor(document, state, params, path !== undefined);
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const uri = documentUri(params);
    const document = documents.get(uri);
    const state = document && (await drafts.stateOf(uri));
    if (!document || !state) return null;
    const offset = document.offsetAt(params.position);
    const { findings, rules } = findingsAt(state.findings, offset);
    const quotation = quotationHoverAt({ model: state.result.model, views: state.quotations }, offset);
    // As in VS Code: whom a quotation is credited to first, then what each finding says and why its rule matters.
    const parts = quotation ? [quotation.hover] : [];
    for (const finding of findings) parts.push(escapeMarkdown(finding.message));
    for (const meta of rules) parts.push(`**Copydesk · ${meta.description}**\n\n${escapeMarkdown(meta.rationale)}\n\n[${meta.id}](${docsUrl(meta.id)})`);
    if (parts.length === 0) return null;
    const span = findings[0] ?? quotation!;
    const range = { start: document.positionAt(span.start), end: document.positionAt(span.end) };
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range };
  });

  connection.onExecuteCommand(async (params, token, workDone) => {
    const services: Services = { connection, documents, drafts, settings, folders, workspaceNames: () => names };
    // A client that gave no progress token of its own still sees check-all's $/progress when it takes one from us.
    const reportsProgress = params.command === COMMANDS.checkAll || params.command === COMMANDS.checkDraft;
    const created = reportsProgress && params.workDoneToken === undefined && canCreateProgress ? await connection.window.createWorkDoneProgress() : undefined;
    const cancelled = () => token.isCancellationRequested || created?.token.isCancellationRequested === true;
    return executeCommand(services, params.command, params.arguments, created ?? workDone, cancelled);
  });

  connection.onShutdown(() => {
    names?.stop();
    drafts.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
