import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A draft with three safe fixes (two common misspellings and a repeated word) and three findings without one. */
export const DRAFT = [
  '# Council vote',
  '',
  'The minster sgined the bill at the Ramnatein air base.',
  '',
  'They recieve a seperate allowance for the the upkeep.',
  '',
  '"We will build it," a source said. "It is overdue," Mayor Alma Brandt said.',
  '',
].join('\n');

export const DRAFT_FIXED_SAFELY = DRAFT.replace('They recieve a seperate allowance for the the upkeep.', 'They receive a separate allowance for the upkeep.');

/** A folder of files for one test, removed by `remove`. */
export function workspace(files: Record<string, string>): { root: string; path: (name: string) => string; write: (name: string, text: string) => void; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'));
  const path = (name: string) => join(root, name);
  const write = (name: string, text: string) => {
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), text);
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { root, path, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Applies LSP text edits (non-overlapping) to a text, as a client does. */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const e of sorted) result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  return result;
}
