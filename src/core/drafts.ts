import { DEFAULT_CONFIG, mergeConfig, type CopydeskConfig } from '../engine/config';
import type { LintOptions, LintResult } from '../engine/lint';
import { LintSession } from '../engine/session';
import type { DraftConfigFiles } from './config-files';
import { ALWAYS_WHOLE_CHARS, FIRST_GUESS_MS_PER_CHAR, partEnd, safetyNetMs, wordsBefore, type PartialCheck } from './lint-budget';
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
  /** Set when the lint was held to a time budget and did not check everything (see lint-budget.ts). */
  partial?: PartialCheck;
}

/**
 * One LintSession per open draft, keyed by the editor's document id, so that a keystroke
 * segments again only the paragraphs that changed. Each draft's speed in its last lint
 * decides how much of it the next lint with a budget checks.
 */
export class DraftSessions {
  private readonly sessions = new Map<string, { session: LintSession; msPerChar?: number }>();

  /** Lints `text`; with `budgetMs`, only as much of it as the draft's last speed says fits. */
  lint(key: string, text: string, options: LintOptions, budgetMs?: number): DraftLint {
    const started = performance.now();
    let entry = this.sessions.get(key);
    if (!entry) {
      entry = { session: new LintSession() };
      this.sessions.set(key, entry);
    }
    // A draft short enough to be always checked whole runs every rule; a longer part has the
    // engine's own budget as a safety net, for when it runs far slower than the last.
    const long = budgetMs !== undefined && text.length > ALWAYS_WHOLE_CHARS;
    const end = long ? partEnd(text, entry.msPerChar ?? FIRST_GUESS_MS_PER_CHAR, budgetMs) : undefined;
    const checked = end === undefined ? text : text.slice(0, end);
    const result = entry.session.lint(checked, long ? { ...options, budgetMs: safetyNetMs(budgetMs) } : options);
    const elapsed = performance.now() - started;
    // A lint cut short by the engine ran fewer rules than the next one may: its speed says little.
    if (!result.cutShort && checked.length > 0) entry.msPerChar = elapsed / checked.length;
    if (!long || (end === undefined && !result.cutShort)) return { result, elapsed };
    const partial: PartialCheck = { checkedTo: checked.length, words: wordsBefore(text, checked.length), length: text.length, skippedRules: result.cutShort?.skippedRules ?? [], budgetMs };
    return { result, elapsed, partial };
  }

  forget(key: string): void {
    this.sessions.delete(key);
  }
}
