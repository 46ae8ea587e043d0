import * as vscode from 'vscode';
import type { Finding } from '../engine/types';
import { CopydeskCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { deskFolder, readyDeskForFirstDraft } from './desk-start';
import { CopydeskHover } from './hover';
import { DraftLinter, uriOfTab, urisInTabs } from './linter';
import { SpeakerInlayHints } from './speaker-hints';
import { CopydeskStatusBar } from './status-bar';
import { rulesFor } from './test-rules';
import { WorkspaceConfigCache } from './workspace-config';
import { WorkspaceNameIndex } from './workspace-names';

/** What the extension exports: enough for other extensions (and the integration tests) to ask. */
export interface CopydeskApi {
  findings(uri: vscode.Uri): Finding[] | undefined;
  /** Messages Copydesk showed the user (size limit, failed rules, settings problems), newest last. */
  readonly notices: readonly string[];
  /** Resolves after the next lint of `uri`. */
  nextLint(uri: vscode.Uri): Promise<void>;
  /** Milliseconds the last lint of `uri` took, for the benchmark. */
  lastLintMs(uri: vscode.Uri): number | undefined;
  /** Milliseconds spent in activate(), and in the first lint (which loads the dictionaries). */
  readonly timings: { activate: number; firstLint?: number };
  /** The status bar item's text while it is shown. */
  statusBarText(): string | undefined;
  /** Resolves, with how many drafts are indexed, once the workspace's names have been read (starting the read if no draft has been checked yet). */
  workspaceNamesRead(): Promise<number>;
}

/** Milliseconds between the first draft's check and the start of the workspace-name crawl. */
const CRAWL_DELAY_MS = 2000;

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const started = performance.now();
  const timings: { activate: number; firstLint?: number } = { activate: 0 };
  const output = vscode.window.createOutputChannel('Copydesk');
  const workspaceConfig = new WorkspaceConfigCache();
  const linter = new DraftLinter(output, workspaceConfig, context.extensionPath, rulesFor(context));
  const statusBar = new CopydeskStatusBar(linter);
  const workspaceNames = new WorkspaceNameIndex((uri) => linter.configFor(uri), context.extensionPath);
  linter.workspaceNames = workspaceNames;
  const selector = ['markdown', 'plaintext', 'news-draft'].map((language) => ({ language }));
  // Code actions and hover for any language the user adds too; both look up only linted drafts.
  const anyDraft: vscode.DocumentSelector = [...selector, { scheme: 'file' }, { scheme: 'untitled' }];

  const speakerHintsProvider = new SpeakerInlayHints(linter);
  const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  context.subscriptions.push(
    output,
    workspaceConfig,
    linter,
    statusBar,
    vscode.languages.registerCodeActionsProvider(anyDraft, new CopydeskCodeActions(linter), CopydeskCodeActions.metadata),
    vscode.languages.registerHoverProvider(anyDraft, new CopydeskHover(linter)),
    speakerHintsProvider,
    vscode.languages.registerInlayHintsProvider(anyDraft, speakerHintsProvider),
    ...registerCommands({ context, linter, workspaceConfig, output }),
    vscode.workspace.onDidOpenTextDocument((document) => linter.lint(document, 'open')),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) linter.schedule(event.document);
    }),
    vscode.workspace.onWillSaveTextDocument((event) => linter.willSave(event.document, event.reason)),
    vscode.workspace.onDidSaveTextDocument((document) => linter.saved(document)),
    vscode.workspace.onDidCloseTextDocument((document) => linter.closed(document.uri)),
    // VS Code may keep a document loaded for minutes after its last tab closes: the user has
    // closed the draft, so its findings go now.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      const open = urisInTabs();
      for (const tab of event.closed) {
        const uri = uriOfTab(tab);
        if (uri && !open.has(uri.toString())) linter.closed(uri);
      }
      // Shown again while VS Code still held it: no open event comes, so check it here.
      for (const tab of event.opened) {
        const uri = uriOfTab(tab)?.toString();
        const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
        if (document && !linter.tracks(document.uri)) linter.lint(document, 'open');
      }
    }),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => linter.removed(uri))),
    deletions,
    // Deleted outside the explorer too (git checkout, another program).
    deletions.onDidDelete((uri) => linter.removed(uri)),
    vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => linter.removed(oldUri))),
    workspaceNames,
    workspaceNames.onDidChange(() => linter.relintOpenDocuments()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk.workspaceNames')) {
        if (workspaceNames.enabled) void workspaceNames.start();
        else workspaceNames.stop();
      }
      if (event.affectsConfiguration('copydesk.statusBar')) statusBar.update();
      if (!event.affectsConfiguration('copydesk')) return;
      linter.resetProblemReports();
      workspaceConfig.invalidate();
    }),
    workspaceConfig.onDidChange(() => {
      linter.resetProblemReports();
      linter.relintOpenDocuments();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      workspaceConfig.invalidate();
      void workspaceNames.start();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => statusBar.update(editor)),
    linter.onDidLint((document) => {
      if (vscode.window.activeTextEditor?.document === document) statusBar.update();
    }),
  );

  // Copydesk starts in every window: onLanguage:plaintext fires at start-up for the workbench's
  // own plain-text models. So the workspace's drafts are read only once a draft has been checked
  // (its diagnostics do not wait for the crawl), never in a folder of source code alone.
  let namesRead: Promise<void> | undefined;
  const readWorkspaceNames = () => (namesRead ??= workspaceNames.start());
  // The crawl shares the extension host with the workbench: it starts once the first draft's
  // editor has had time to open, not while VS Code is still opening it.
  let crawlTimer: NodeJS.Timeout | undefined;
  const firstLint = linter.onDidLint(() => {
    timings.firstLint ??= linter.lastElapsed;
    crawlTimer = setTimeout(() => void readWorkspaceNames(), CRAWL_DELAY_MS);
    firstLint.dispose();
  });
  context.subscriptions.push(firstLint, { dispose: () => clearTimeout(crawlTimer) });
  for (const document of vscode.workspace.textDocuments) linter.lint(document, 'open');
  // A desk's folder with no draft open yet: get ready for the first.
  const desk = deskFolder();
  if (desk && !vscode.workspace.textDocuments.some((d) => linter.tracks(d.uri))) {
    context.subscriptions.push(readyDeskForFirstDraft(desk, linter, () => timings.firstLint !== undefined));
  }
  statusBar.update();
  timings.activate = performance.now() - started;

  return {
    findings: (uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return document ? linter.stateOf(document)?.findings : undefined;
    },
    notices: linter.notices,
    timings,
    lastLintMs: (uri) => linter.elapsedOf(uri),
    statusBarText: () => statusBar.text,
    workspaceNamesRead: async () => {
      await readWorkspaceNames();
      // Switched off and on again since the first read: the read under way now.
      await workspaceNames.start();
      return workspaceNames.names.draftCount;
    },
    nextLint: (uri) =>
      new Promise((resolve) => {
        const subscription = linter.onDidLint((document) => {
          if (document.uri.toString() !== uri.toString()) return;
          subscription.dispose();
          resolve();
        });
      }),
  };
}

export function deactivate(): void {}
