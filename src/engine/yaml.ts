import type * as Yaml from 'yaml';

/**
 * How many aliases a YAML block may use. Settings and facts never need more than a
 * few; an "alias bomb" (aliases of aliases) would expand to gigabytes.
 */
const MAX_ALIASES = 50;

export type YamlRead = { data: unknown; error?: undefined } | { data?: undefined; error: { message: string; offset: number } };

/**
 * Reads YAML that a user wrote (front matter, a facts sheet) and never throws: a syntax
 * error, an alias to nothing, an alias bomb or a tag Copydesk does not know (`!custom`,
 * `!!js/function`) each come back as one line with the offset where it starts.
 */
export function readYaml(text: string): YamlRead {
  // Loaded at the first YAML block, not at start: most drafts have no front matter, and the module's
  // set-up was part of every start (see docs/performance.md, "Start-up").
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseDocument } = require('yaml') as typeof Yaml;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) return { error: { message: firstLine(problem.message), offset: problem.pos?.[0] ?? 0 } };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch (error) {
    return { error: { message: aliasMessage(firstLine((error as Error).message)), offset: 0 } };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/[.:]?\s*$/, '');
}

function aliasMessage(message: string): string {
  if (/resource exhaustion|alias count/i.test(message)) return `it uses aliases more than ${MAX_ALIASES} times`;
  return message;
}
