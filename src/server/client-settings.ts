import type { Connection } from 'vscode-languageserver';
import { settingsFromValues, type EditorSettings } from '../core/settings';

const SOURCE = 'editor settings (copydesk.*)';

/** Settings in a client's answer or notification: `{ copydesk: {...} }`, or the section itself. */
function sectionOf(value: unknown, nested: boolean): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  if (nested) return record.copydesk && typeof record.copydesk === 'object' ? (record.copydesk as Record<string, unknown>) : {};
  return record;
}

/**
 * The `copydesk.*` settings per document: asked of the client through workspace/configuration
 * when it can answer, otherwise taken from what it pushes (didChangeConfiguration) or sent at
 * start (initializationOptions). Cached until the client says they changed.
 */
export class ClientSettings {
  private readonly byUri = new Map<string, Promise<EditorSettings>>();
  private pushed: Record<string, unknown>;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    const options = sectionOf(initializationOptions, false);
    this.pushed = options.copydesk ? sectionOf(options, true) : options;
  }

  /** didChangeConfiguration: forget every answer; take the settings when the client sent them. */
  changed(settings: unknown): void {
    this.byUri.clear();
    const pushed = sectionOf(settings, true);
    if (Object.keys(pushed).length) this.pushed = pushed;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  for(uri: string | undefined): Promise<EditorSettings> {
    const key = uri ?? '';
    let settings = this.byUri.get(key);
    if (!settings) {
      settings = this.fetch(uri);
      this.byUri.set(key, settings);
    }
    return settings;
  }

  private async fetch(uri: string | undefined): Promise<EditorSettings> {
    let values = this.pushed;
    if (this.canPull) {
      try {
        const answer: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' });
        // A client with nothing set answers null: the pushed or initial settings still apply.
        if (answer && typeof answer === 'object') values = { ...this.pushed, ...(answer as Record<string, unknown>) };
      } catch {
        // A client that fails the request is treated as one without settings.
      }
    }
    return settingsFromValues((key) => values[key], SOURCE);
  }
}
