import type { TextModel } from './model/types';
import type { TextEdit } from './types';

/** Where a desk keeps the words it accepts: one word a line, committed with the drafts. */
export const WORDS_FILE = '.copydesk/words.txt';

/** Words of a `.copydesk/words.txt`: one a line; blank lines and `#` comments are skipped. */
export function parseWordsFile(content: string): string[] {
  const words: string[] = [];
  for (const raw of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) words.push(line);
  }
  return words;
}

/** The file's content with `word` appended on a line of its own; nothing else changes. */
export function addWordToList(content: string, word: string): string {
  const newline = content.includes('\r\n') ? '\r\n' : '\n';
  if (parseWordsFile(content).includes(word)) return content;
  const separator = content.length > 0 && !content.endsWith('\n') ? newline : '';
  return `${content}${separator}${word}${newline}`;
}

const YAML_SPECIAL = /^[-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^\s/;

function yamlScalar(word: string): string {
  return YAML_SPECIAL.test(word) || /^(?:true|false|yes|no|null|~|on|off)$/i.test(word) ? JSON.stringify(word) : word;
}

/**
 * One minimal edit that adds `word` to the draft's front matter
 * `copydesk:` / `words:` list, creating whichever of front matter, the
 * `copydesk:` block or the `words:` list is missing. Everything else in the
 * draft is left exactly as it was.
 */
export function ignoreWordInDraftEdits(text: string, model: Pick<TextModel, 'frontMatter'>, word: string): TextEdit[] {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const item = yamlScalar(word);
  const fm = model.frontMatter;
  if (!fm || fm.error) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return [{ start: at, end: at, text: `---${nl}copydesk:${nl}  words:${nl}    - ${item}${nl}---${nl}` }];
  }
  // Lines of the YAML body, with their offsets.
  const lines: { start: number; end: number; text: string }[] = [];
  const bodyStart = text.indexOf('\n') + 1;
  for (let start = bodyStart; start < fm.end; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > fm.end) end = fm.end;
    const content = text.slice(start, end).replace(/\r$/, '');
    lines.push({ start, end: start + content.length, text: content });
    start = end + 1;
  }
  const closing = lines.pop(); // the closing `---`
  const closingStart = closing?.start ?? fm.end;
  const copydesk = lines.findIndex((l) => /^copydesk:\s*(?:#.*)?$/.test(l.text));
  if (copydesk < 0) return [{ start: closingStart, end: closingStart, text: `copydesk:${nl}  words:${nl}    - ${item}${nl}` }];
  let blockEnd = copydesk + 1;
  while (blockEnd < lines.length && (/^\s/.test(lines[blockEnd].text) || lines[blockEnd].text === '')) blockEnd++;
  const block = lines.slice(copydesk + 1, blockEnd);
  const indent = /^(\s+)/.exec(block.find((l) => l.text.trim())?.text ?? '')?.[1] ?? '  ';
  const wordsIndex = block.findIndex((l) => new RegExp(`^${indent}words:`).test(l.text));
  if (wordsIndex < 0) {
    const after = lines[copydesk];
    return [{ start: after.end, end: after.end, text: `${nl}${indent}words:${nl}${indent}  - ${item}` }];
  }
  const wordsLine = block[wordsIndex];
  const flow = /^(\s*words:\s*\[)(.*)\]\s*(?:#.*)?$/.exec(wordsLine.text);
  if (flow) {
    const close = wordsLine.start + wordsLine.text.lastIndexOf(']');
    const empty = flow[2].trim() === '';
    return [{ start: close, end: close, text: empty ? item : `, ${item}` }];
  }
  // Block list: after its last item, with the items' own indentation.
  let last = wordsIndex;
  let itemIndent = `${indent}  `;
  for (let i = wordsIndex + 1; i < block.length; i++) {
    const m = /^(\s*)- /.exec(block[i].text);
    if (m && m[1].length >= indent.length) {
      itemIndent = m[1];
      last = i;
    } else if (block[i].text.trim() !== '') break;
  }
  const anchor = block[last];
  return [{ start: anchor.end, end: anchor.end, text: `${nl}${itemIndent}- ${item}` }];
}
