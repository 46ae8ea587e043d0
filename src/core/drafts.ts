import { DEFAULT_CONFIG, mergeConfig, type CopydeskConfig } from '../engine/config';
import type { LintOptions, LintResult } from '../engine/lint';
import { LintSession } from '../engine/session';
import type { DraftConfigFiles } from './config-files';
import type { EditorSettings } from './settings';

/** The engine's language for an editor's language id: other ids a user opted into read as plain text. */
export function draftLanguageOf(languageId: string): string {
  return languageId === 'markdown' || languageId === 'news-draft' ? languageId : 'plaintext';
}

/** The config a draft is checked with, before its own front matter: defaults, then editor settings, then files. */
export function draftConfig(settings: EditorSettings, files: DraftConfigFiles): CopydeskConfig {
  return mergeConfig(DEFAULT_CONFIG, settings.layer, files.config);
}

/** Whether `text` is over `limit` bytes of UTF-8, without encoding it when the answer is plain. */
export function isTooLarge(text: string, limit: number): boolean {
  // UTF-16 length is a lower bound on UTF-8 bytes, and 3 bytes per unit an upper one.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** What the user is told when a draft is skipped for its size. */
export function tooLargeMessage(name: string, text: string, limit: number): string {
  return `Copydesk skipped ${name}: it is ${megabytes(Buffer.byteLength(text, 'utf8'))}, over the ${megabytes(limit)} limit (copydesk.maxFileSize).`;
}

export interface DraftLint {
  result: LintResult;
  /** Milliseconds the lint took. */
  elapsed: number;
}

/**
 * One LintSession per open draft, keyed by the editor's document id, so that a keystroke
 * segments again only the paragraphs that changed.
 */
export class DraftSessions {
  private readonly sessions = new Map<string, LintSession>();

  lint(key: string, text: string, options: LintOptions): DraftLint {
    const started = performance.now();
    let session = this.sessions.get(key);
    if (!session) {
      session = new LintSession();
      this.sessions.set(key, session);
    }
    const result = session.lint(text, options);
    return { result, elapsed: performance.now() - started };
  }

  forget(key: string): void {
    this.sessions.delete(key);
  }
}
