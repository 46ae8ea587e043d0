import { Worker } from 'node:worker_threads';
import type { Finding } from '../engine/types';
import type { NameToVerify } from './names';
import type { QuotationView } from './quotation-views';
import type { WholeDraftMessage, WholeDraftRequest } from './whole-draft';

/** How a whole-draft check ended. Only `checked` findings may be shown: they are of the text the editor holds now. */
export type WholeDraftOutcome =
  | { status: 'checked'; findings: Finding[]; quotations?: QuotationView[]; report?: string; namesToVerify?: NameToVerify[]; elapsed: number }
  /** The draft was edited while it was checked: the findings were of older text, and are dropped. */
  | { status: 'stale' }
  /** The user canceled, a newer check of the same draft replaced this one, or the draft was closed. */
  | { status: 'canceled' }
  /** The worker failed (out of memory, a missing bundle): nothing was checked. */
  | { status: 'failed'; message: string };

/** A draft to check whole, as its editor holds it. */
export interface DraftToCheck {
  /** The editor's id for the document: one check per draft at a time. */
  key: string;
  /** The version whose text `request` sends. */
  version: number;
  /** The request for the draft with the settings of now: made again when they change during the check. */
  request: () => WholeDraftRequest | Promise<WholeDraftRequest>;
  /** The draft's version now; undefined once it is closed. */
  versionNow: () => number | undefined;
  onRuleError: (ruleId: string, message: string) => void;
}

/**
 * The editor's side of whole-draft checks (whole-draft.ts): one worker thread per check, so the
 * editor's thread only copies the text out and the findings back. One check per draft at a
 * time; the version a check was asked for must still be the draft's when it ends, or its
 * findings are stale; settings changed while it ran (settingsChanged) check it again. The VS
 * Code extension and the language server both use it, with `workerPath` their bundle's
 * dist/check-worker.js.
 */
export class WholeDraftChecks {
  private readonly running = new Map<string, () => void>();
  private settingsGeneration = 0;

  constructor(private readonly workerPath: string) {}

  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  /** Settings, settings files or the workspace's names changed: a check running now is done again when it ends. */
  settingsChanged(): void {
    this.settingsGeneration++;
  }

  async check(draft: DraftToCheck): Promise<WholeDraftOutcome> {
    for (;;) {
      const generation = this.settingsGeneration;
      const request = draft.request();
      // A request made at once starts its worker before check() returns, so a cancel right after it stops it.
      const outcome = await this.checkOnce(draft, request instanceof Promise ? await request : request);
      if (outcome.status !== 'checked' || generation === this.settingsGeneration) return outcome;
    }
  }

  private checkOnce({ key, version, versionNow, onRuleError }: DraftToCheck, request: WholeDraftRequest): Promise<WholeDraftOutcome> {
    this.cancel(key);
    return new Promise((resolve) => {
      const worker = new Worker(this.workerPath);
      let settled = false;
      const settle = (outcome: WholeDraftOutcome) => {
        if (settled) return;
        settled = true;
        if (this.running.get(key) === cancel) this.running.delete(key);
        void worker.terminate();
        resolve(outcome);
      };
      const cancel = () => {
        const now = versionNow();
        settle(now !== undefined && now !== version ? { status: 'stale' } : { status: 'canceled' });
      };
      this.running.set(key, cancel);
      worker.on('message', (message: WholeDraftMessage) => {
        if (message.type === 'rule-error') return onRuleError(message.ruleId, message.message);
        const now = versionNow();
        if (now === undefined) settle({ status: 'canceled' });
        else if (now !== version) settle({ status: 'stale' });
        else {
          const { type, ...checked } = message;
          settle({ status: 'checked', ...checked });
        }
      });
      worker.on('error', (error) => settle({ status: 'failed', message: error.stack ?? error.message }));
      worker.on('exit', (code) => settle({ status: 'failed', message: `The check worker stopped (exit code ${code}) before it finished.` }));
      worker.postMessage(request);
    });
  }

  /** Stops the draft's running check, if any; its promise resolves as stale if the draft changed, else as canceled. */
  cancel(key: string): void {
    this.running.get(key)?.();
  }

  dispose(): void {
    for (const cancel of [...this.running.values()]) cancel();
  }
}
