import type Picomatch from 'picomatch';

/**
 * A matcher for glob patterns (settings' `ignore`, a glob on the command line). picomatch is loaded
 * at the first glob, not at start: most runs name folders or files and never need it, and its
 * module set-up was part of every start (see docs/performance.md, "Start-up").
 */
export function globMatcher(patterns: string | string[], options: Picomatch.PicomatchOptions): (path: string) => boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const picomatch = require('picomatch') as typeof Picomatch;
  return picomatch(patterns, options);
}
