/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface GrowthPoint {
  words: number;
  ms: number;
}

export interface GrowthStep {
  fromWords: number;
  toWords: number;
  /** Slope of log(time) against log(words): 1 is linear, 2 quadratic. */
  exponent: number;
  superLinear: boolean;
}

/** Below this a time is mostly timer and GC noise, so its slope says little. */
const NOISE_FLOOR_MS = 0.5;
/** Allows for cache effects and GC on large inputs while catching n log n and worse. */
const SUPER_LINEAR_EXPONENT = 1.2;

/** Growth from each size to the next, flagging steps that grow faster than linearly. */
export function growthSteps(points: readonly GrowthPoint[]): GrowthStep[] {
  const steps: GrowthStep[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const exponent = Math.log(Math.max(b.ms, 1e-6) / Math.max(a.ms, 1e-6)) / Math.log(b.words / a.words);
    steps.push({ fromWords: a.words, toWords: b.words, exponent, superLinear: b.ms >= NOISE_FLOOR_MS * 10 && exponent > SUPER_LINEAR_EXPONENT });
  }
  return steps;
}

export function wordsPerSecond(words: number, ms: number): number {
  return ms > 0 ? (words * 1000) / ms : NaN;
}

export function per1000Words(count: number, words: number): number {
  return words > 0 ? (count * 1000) / words : NaN;
}
