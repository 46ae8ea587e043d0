import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Generous: the machine may be busy with other work; every wait polls for its condition. */
export const PATIENCE_MS = 60_000;

export const uriOf = (path: string) => pathToFileURL(path).href;

/**
 * A language client for tests: starts `copydesk lsp --stdio` and speaks LSP to it with
 * Microsoft's protocol library, keeping every notification the server sends.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly server: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  readonly progress: unknown[] = [];
  /** workspace/diagnostic/refresh requests received. */
  refreshes = 0;
  readonly stderr: string[] = [];
  /** Answers to workspace/configuration, by section. */
  settings: Record<string, unknown> = {};
  /** Edits the server asked the client to apply. */
  readonly appliedEdits: unknown[] = [];
  private waiters: (() => void)[] = [];
  exited: Promise<number | null>;

  /**
   * `cli`: the copydesk command to start (the benchmark passes its snapshot of dist/);
   * `nodeArgs` and `env` go to the server's node process.
   */
  constructor(cli = CLI, { nodeArgs = [], env = {} }: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
    this.server = spawn(process.execPath, [...nodeArgs, cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.server.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.exited = new Promise((resolve) => this.server.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.published.push(params)));
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => this.record(() => this.messages.push(params)));
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.record(() => this.logs.push(params.message)));
    this.connection.onNotification('$/progress', (params) => this.record(() => this.progress.push(params)));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => this.settings[item.section ?? ''] ?? null));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => this.record(() => this.refreshes++));
    this.connection.onRequest('workspace/applyEdit', (params: { edit: unknown }) => {
      this.record(() => this.appliedEdits.push(params.edit));
      return { applied: true };
    });
    this.connection.listen();
  }

  private record(action: () => void): void {
    action();
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves with the condition's value once it holds; fails after PATIENCE_MS. */
  async until<T>(what: string, condition: () => T | undefined | false): Promise<T> {
    const deadline = Date.now() + PATIENCE_MS;
    for (;;) {
      const value = condition();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Server stderr:\n${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The latest diagnostics published for `uri` at `version` (any version when omitted). */
  diagnosticsOf(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.until(`diagnostics of ${uri}${version === undefined ? '' : ` v${version}`}`, () => {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i];
        if (p.uri === uri && (version === undefined || p.version === version)) return p.diagnostics;
      }
      return undefined;
    });
  }

  async initialize(rootPath: string | undefined, capabilities: ClientCapabilities = {}, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootPath ? uriOf(rootPath) : null,
      workspaceFolders: rootPath ? [{ uri: uriOf(rootPath), name: 'drafts' }] : null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result as InitializeResult;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async stop(): Promise<number | null> {
    if (this.server.exitCode === null) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
