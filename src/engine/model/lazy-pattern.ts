/**
 * A regular expression built at its first use, for a pattern that a cheaper test settles most
 * of the time: V8 parses a pattern when it is built, so one with hundreds of alternatives or
 * Unicode classes, built when the bundle loads, cost the CLI's start-up milliseconds even on
 * drafts that never reach it. The pattern is the same on every use; only when it is built differs.
 */
export function lazyPattern(source: () => string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source(), flags));
}
