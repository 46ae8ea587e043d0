import type { FileResult } from '../result';

/** ESLint's JSON formatter shape, one entry per file. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map(({ filePath, messages, errorCount, warningCount }) => ({ filePath, messages, errorCount, warningCount })));
}
