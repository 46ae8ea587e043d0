import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Article {
  path: string;
  text: string;
  words: number;
}

/** A text's length in whitespace-separated words, as `wc -w` counts them, for every tool alike. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Every .txt file under `dir`, sorted by relative path so runs are comparable. */
export function listCorpusFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(full);
    }
  };
  walk(dir);
  return files.sort((a, b) => (relative(dir, a) < relative(dir, b) ? -1 : 1));
}

export function loadArticles(files: string[]): Article[] {
  return files.map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path, text, words: countWords(text) };
  });
}

/** Offset just past the `n`th word of `text` (its length when it has fewer). */
export function offsetAfterWords(text: string, n: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (space && inWord && count === n) return i;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return text.length;
}

/**
 * Texts of exactly `words` words made of consecutive articles joined by a blank
 * line (the corpus repeats when it is shorter), starting at article `from`.
 */
export function joinedText(articles: Article[], words: number, from = 0): string {
  if (articles.length === 0) throw new Error('empty corpus');
  const parts: string[] = [];
  let total = 0;
  for (let i = from; total < words; i++) {
    const article = articles[i % articles.length];
    parts.push(article.text.trim());
    total += article.words;
  }
  const text = parts.join('\n\n');
  return `${text.slice(0, offsetAfterWords(text, words))}\n`;
}

/** Disjoint `size`-word drafts: each a corpus article padded with its neighbours. */
export function makeDrafts(articles: Article[], size: number, limit: number): string[] {
  const drafts: string[] = [];
  let words = 0;
  let start = 0;
  for (let i = 0; i < articles.length && drafts.length < limit; i++) {
    words += articles[i].words;
    if (words >= size) {
      drafts.push(joinedText(articles, size, start));
      start = i + 1;
      words = 0;
    }
  }
  return drafts;
}

export interface WordEdit {
  editStart: number;
  editEnd: number;
  replacement: string;
}

const PLAIN_WORD = /[a-z]{6,}/g;

/** A typo (two inner letters swapped) in the plain lower-case word nearest the middle of `text`. */
export function oneWordEdit(text: string): WordEdit {
  const middle = text.length >> 1;
  PLAIN_WORD.lastIndex = middle;
  const match = PLAIN_WORD.exec(text) ?? (PLAIN_WORD.lastIndex = 0, PLAIN_WORD.exec(text));
  if (!match) throw new Error('no word to edit');
  const word = match[0];
  const replacement = word[0] + word[2] + word[1] + word.slice(3);
  return { editStart: match.index, editEnd: match.index + word.length, replacement };
}
