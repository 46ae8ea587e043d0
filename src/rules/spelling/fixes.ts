import type { Fix } from '../../engine/types';
import type { Word } from '../../engine/model/types';

/** Replaces the word, keeping a possessive ending the replacement lacks. */
export function replaceWordFix(word: Word, replacement: string, safe = false): Fix {
  const possessive = /['’]s?$/.exec(word.text);
  const text = possessive && !/['’]s?$/.test(replacement) && word.text.length - possessive[0].length >= 3 ? replacement + possessive[0] : replacement;
  return { title: `Change to “${text}”`, edits: [{ start: word.start, end: word.end, text }], ...(safe ? { safe: true } : {}) };
}
