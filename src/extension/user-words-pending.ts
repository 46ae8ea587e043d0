// Temporary: until src/engine/user-words.ts lands, the same two functions with its signatures.
import type { TextModel } from '../engine/model/types';
import type { TextEdit } from '../engine/types';

export function addWordToList(content: string, word: string): string {
  const lines = content.split(/\r?\n/).map((l) => l.trim());
  if (lines.includes(word)) return content;
  const base = content === '' || content.endsWith('\n') ? content : `${content}\n`;
  return `${base}${word}\n`;
}

export function ignoreWordInDraftEdits(_text: string, model: TextModel, word: string): TextEdit[] {
  if (model.frontMatter) return [];
  return [{ start: 0, end: 0, text: `---\ncopydesk:\n  words: [${JSON.stringify(word)}]\n---\n` }];
}
