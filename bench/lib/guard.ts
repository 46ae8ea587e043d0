/**
 * The CI guard: Copydesk's own speed against its recorded baseline, in units of
 * a fixed reference workload timed in the same run, so a slower machine moves
 * both and only a slower Copydesk fails.
 */
export interface GuardMetrics {
  /** Median lint of a 2,000-word draft, all rules, warm. */
  draftP50Ms: number;
  /** CLI wall time per 1,000 words over the short corpus, one worker, start-up included. */
  cliMsPer1000Words: number;
  /** One pass of bench/probes/reference.cjs. */
  referenceMs: number;
}

export interface Baseline extends GuardMetrics {
  recordedAt: string;
  machine: string;
  node: string;
  articles: number;
  rules: string[];
}

export interface GuardCheck {
  metric: keyof Omit<GuardMetrics, 'referenceMs'>;
  baseline: number;
  current: number;
  /** Current over baseline, both divided by their run's reference time. */
  slowdown: number;
  limit: number;
  ok: boolean;
}

export const GUARD_METRICS = ['draftP50Ms', 'cliMsPer1000Words'] as const;

export function compareWithBaseline(baseline: GuardMetrics, current: GuardMetrics, limit = 3): GuardCheck[] {
  return GUARD_METRICS.map((metric) => {
    const slowdown = current[metric] / current.referenceMs / (baseline[metric] / baseline.referenceMs);
    return { metric, baseline: baseline[metric], current: current[metric], slowdown, limit, ok: Number.isFinite(slowdown) && slowdown <= limit };
  });
}
