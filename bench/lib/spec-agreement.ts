/**
 * The yardstick for the Markdown mask: on each CommonMark spec example, the words of the
 * prose the mask leaves against the words of markdown-it's text tokens (plain CommonMark,
 * no extensions). Used by bench/mask-vs-parser.ts and by the unit test that holds the count.
 */
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';

export interface SpecExample {
  markdown: string;
  section: string;
  number: number;
}

export interface Agreement {
  agree: number;
  bySection: Map<string, { agree: number; total: number }>;
  disagreements: SpecExample[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const commonmark = new MarkdownIt('commonmark');

/** The spec's examples; `path` points at another copy of the `commonmark-spec` package. */
export function specExamples(path?: string): SpecExample[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path ? resolve(path) : 'commonmark-spec') as { tests: SpecExample[] }).tests;
}

/**
 * The words markdown-it leaves as prose: text tokens, not code, HTML or link targets
 * (which are not tokens of text), and not an image's alt text or an autolink's address,
 * which the mask skips on purpose.
 */
export function parserWordsOf(markdown: string): string[] {
  const words: string[] = [];
  const walk = (tokens: MarkdownIt.Token[]) => {
    let inAutolink = false;
    for (const token of tokens) {
      if (token.type === 'link_open' && token.markup === 'autolink') inAutolink = true;
      else if (token.type === 'link_close') inAutolink = false;
      else if (token.type === 'text' && !inAutolink) words.push(...(token.content.match(WORD) ?? []));
      if (token.children && token.type !== 'image') walk(token.children);
    }
  };
  walk(commonmark.parse(markdown, {}));
  return words;
}

/** Spec examples write a tab as `→`. */
const specText = (example: SpecExample) => example.markdown.replace(/→/g, '\t');

export function compareWithParser(examples: SpecExample[], proseOf: (markdown: string) => string): Agreement {
  const bySection = new Map<string, { agree: number; total: number }>();
  const disagreements: SpecExample[] = [];
  let agree = 0;
  for (const example of examples) {
    const text = specText(example);
    const ours = proseOf(text).match(WORD) ?? [];
    const theirs = parserWordsOf(text);
    const same = ours.length === theirs.length && ours.every((w, i) => w === theirs[i]);
    const section = bySection.get(example.section) ?? { agree: 0, total: 0 };
    section.total++;
    if (same) {
      agree++;
      section.agree++;
    } else {
      disagreements.push(example);
    }
    bySection.set(example.section, section);
  }
  return { agree, bySection, disagreements };
}
