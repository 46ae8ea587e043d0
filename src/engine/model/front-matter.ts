import { readYaml } from '../yaml';
import type { FrontMatter } from './types';

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** A Markdown draft may open with front matter; other drafts only when their first line is `---`. */
export function frontMatterOf(text: string, languageId: string): FrontMatter | undefined {
  return languageId === 'markdown' || text.startsWith('---') ? readFrontMatter(text) : undefined;
}

/**
 * Reads YAML front matter at the very top of a draft. A block that does not
 * parse still counts as front matter (so it is never spell-checked), and carries
 * the parser's message and position instead of data.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      start: 0,
      end: open[0].length,
      data: {},
      error: { message: 'Front matter opens with "---" but has no closing "---" line.', offset: 0 },
    };
  }
  const closeEnd = bodyStart + close.index + close[0].length;
  const end = text.charCodeAt(closeEnd) === 13 ? closeEnd + 2 : text.charCodeAt(closeEnd) === 10 ? closeEnd + 1 : closeEnd;
  const yamlText = rest.slice(0, close.index);
  const read = readYaml(yamlText);
  if (read.error) return { start: 0, end, data: {}, error: { message: `Front matter is not valid YAML: ${read.error.message}`, offset: bodyStart + read.error.offset } };
  const data = read.data;
  if (data === null || data === undefined) return { start: 0, end, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { start: 0, end, data: {}, error: { message: 'Front matter must be a set of "key: value" lines.', offset: bodyStart } };
  }
  return { start: 0, end, data: data as Record<string, unknown> };
}
