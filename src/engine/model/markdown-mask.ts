import { parseMarkdown, type ContentMark, type ParsedMarkdown, type Token } from './markdown-parser';
import type { ParagraphKind, SkippedRegion } from './types';

/**
 * What markdown-it reads as prose in a Markdown draft, in the draft's own offsets.
 *
 * Every inline token's content is a run of source lines with their container markers
 * and indentation cut off: a paragraph's lines are suffixes of their source lines (the
 * last one trimmed), a heading's text sits before its closing `#`s, a table cell is a
 * trimmed piece of its row. Each piece is placed back on its line and checked against the
 * source; a piece that cannot be placed stays blank, so nothing is ever unblanked at a
 * guessed place.
 */
export interface MarkdownProse {
  /** The prose of the draft as flat, ordered [start, end) pairs; all else is blanked. */
  prose: number[];
  skipped: SkippedRegion[];
  /** HTML comments (where directives live) as flat [start, end) pairs. */
  comments: number[];
  lineKinds: (ParagraphKind | 'blank' | 'break')[];
  blockStarts: boolean[];
}

/** A GFM task box opening a list item: `[ ]` or `[x]`. */
const TASK_BOX = /^\[[ xX]\](?=[ \t]|$)/;

const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * The draft as markdown-it must see it, with every offset unchanged: front matter blanked
 * (our YAML reader has it), CR LF or a lone CR turned into markdown-it's LF without
 * changing the length (CR LF becomes a space and LF), and NUL into U+FFFD, as CommonMark asks.
 */
function parserSource(text: string, frontMatterEnd: number): string {
  let source = frontMatterEnd > 0 ? text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd) : text;
  if (source.includes('\r')) source = source.replace(/\r\n?/g, (ending) => (ending.length === 2 ? ' \n' : '\n'));
  if (source.includes('\0')) source = source.replace(/\0/g, '\uFFFD');
  return source;
}

export function maskMarkdown(text: string, lineStarts: number[], frontMatterEnd: number): MarkdownProse {
  const source = parserSource(text, frontMatterEnd);
  return new MarkdownReader(source, lineStarts, parseMarkdown(source)).read();
}

/**
 * Where each piece of one inline token's content sits in the source, as flat triples
 * (content offset, source offset, length), ordered by both.
 */
type Runs = number[];

class MarkdownReader {
  private readonly prose: number[] = [];
  private readonly skipped: SkippedRegion[] = [];
  private readonly comments: number[] = [];
  private readonly lineKinds: (ParagraphKind | 'blank' | 'break' | undefined)[];
  private readonly blockStarts: boolean[];
  /** Where the next table cell of the current row is looked for. */
  private cellCursor = 0;

  constructor(
    private readonly source: string,
    private readonly lineStarts: number[],
    private readonly parsed: ParsedMarkdown,
  ) {
    this.lineKinds = new Array(lineStarts.length).fill(undefined);
    this.blockStarts = new Array(lineStarts.length).fill(false);
  }

  read(): MarkdownProse {
    const containers: ParagraphKind[] = [];
    let leaf: ParagraphKind = 'text';
    let atxHeading = false;
    let row: [number, number] | null = null;
    let firstInItem = false;
    for (const token of this.parsed.tokens) {
      switch (token.type) {
        case 'blockquote_open':
          containers.push('blockquote');
          break;
        case 'list_item_open':
          containers.push('list-item');
          firstInItem = true;
          break;
        case 'blockquote_close':
        case 'list_item_close':
          containers.pop();
          break;
        case 'paragraph_open':
          leaf = containers[containers.length - 1] ?? 'text';
          break;
        case 'heading_open':
          leaf = 'heading';
          atxHeading = token.markup[0] === '#';
          break;
        case 'tr_open':
          leaf = 'table';
          row = token.map;
          if (row) this.cellCursor = this.lineStarts[row[0]];
          break;
        case 'inline':
          this.readInline(token, leaf, atxHeading, token.map ?? row, firstInItem);
          if (leaf !== 'table') firstInItem = false;
          break;
        case 'fence':
        case 'code_block':
          if (token.map) this.skipLines(token.map[0], token.map[1], 'code');
          firstInItem = false;
          break;
        case 'html_block':
          if (token.map) this.readHtmlBlock(token.map[0], token.map[1]);
          firstInItem = false;
          break;
      }
    }
    const references = this.parsed.referenceLines;
    for (let i = 0; i < references.length; i += 2) this.skipLines(references[i], references[i + 1], 'link-target');
    return { prose: this.prose, skipped: this.skipped, comments: this.comments, lineKinds: this.finishLineKinds(), blockStarts: this.blockStarts };
  }

  private lineEnd(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.source.length;
  }

  /** `end` moved back over the spaces, tabs (and former CRs) markdown-it trims. */
  private trimEnd(start: number, end: number): number {
    while (end > start && isSpaceOrTab(this.source.charCodeAt(end - 1))) end--;
    return end;
  }

  private readInline(token: Token, kind: ParagraphKind, atxHeading: boolean, map: [number, number] | null, firstInItem: boolean): void {
    if (!map) return;
    const [first, after] = map;
    for (let line = first; line < after; line++) this.lineKinds[line] = kind;
    this.blockStarts[first] = true;
    const content = token.content;
    if (content === '') return;
    const runs: Runs = [];
    const placed = kind === 'table' ? this.placeCell(content, first, runs) : kind === 'heading' && atxHeading ? this.placeAtxHeading(content, first, runs) : this.placeLines(content, first, after - 1, runs);
    if (!placed) return;
    const marks = [...(this.parsed.marks.get(token.children ?? []) ?? [])];
    if (kind === 'list-item' && firstInItem && TASK_BOX.test(content)) marks.push({ start: 0, end: 3, kind: 'markup' });
    marks.sort((a, b) => a.start - b.start);
    this.keepProse(runs, marks);
    this.recordMarks(runs, marks);
  }

  /** Records the piece content[from, to) at `start` in the source if it is really there. */
  private place(content: string, from: number, to: number, start: number, line: number, runs: Runs): boolean {
    if (from === to) return true;
    // Slices compared whole: V8 compares them far faster than startsWith does.
    if (start < this.lineStarts[line] || this.source.slice(start, start + to - from) !== content.slice(from, to)) return false;
    runs.push(from, start, to - from);
    return true;
  }

  /** A paragraph (or setext heading): one piece per line, each ending where its line ends. */
  private placeLines(content: string, first: number, last: number, runs: Runs): boolean {
    let pieceStart = 0;
    for (let line = first; line <= last; line++) {
      const pieceEnd = line < last ? content.indexOf('\n', pieceStart) : content.length;
      if (pieceEnd === -1) return false;
      // Expanding a tab can put spaces before a piece that the source does not have.
      let from = pieceStart;
      while (from < pieceEnd && isSpaceOrTab(content.charCodeAt(from))) from++;
      const end = line < last ? this.lineEnd(line) : this.trimEnd(this.lineStarts[line], this.lineEnd(line));
      if (!this.place(content, from, pieceEnd, end - (pieceEnd - from), line, runs)) return false;
      pieceStart = pieceEnd + 1;
    }
    return pieceStart > content.length;
  }

  /** An ATX heading's text ends before its closing run of `#`s, when it has one. */
  private placeAtxHeading(content: string, line: number, runs: Runs): boolean {
    const lineStart = this.lineStarts[line];
    const end = this.trimEnd(lineStart, this.lineEnd(line));
    let closing = end;
    while (closing > lineStart && this.source.charCodeAt(closing - 1) === 35) closing--;
    const hasClosing = closing < end && closing > lineStart && isSpaceOrTab(this.source.charCodeAt(closing - 1));
    for (const textEnd of hasClosing ? [this.trimEnd(lineStart, closing), end] : [end]) {
      if (this.place(content, 0, content.length, textEnd - content.length, line, runs)) return true;
    }
    return false;
  }

  /** A table cell is the next match on its row; markdown-it drops the backslash of an escaped `|`. */
  private placeCell(content: string, line: number, runs: Runs): boolean {
    const pattern = content.includes('|') ? content.replace(/\|/g, '\\|') : content;
    const at = this.source.indexOf(pattern, this.cellCursor);
    if (at === -1 || at + pattern.length > this.lineEnd(line)) return false;
    this.cellCursor = at + pattern.length;
    let from = 0;
    let start = at;
    for (let pipe = content.indexOf('|'); pipe !== -1; pipe = content.indexOf('|', pipe + 1)) {
      if (pipe > from) runs.push(from, start, pipe - from);
      start += pipe - from + 1;
      from = pipe;
    }
    runs.push(from, start, content.length - from);
    return true;
  }

  /** Adds the source of each run, less the marks, to the prose. */
  private keepProse(runs: Runs, marks: ContentMark[]): void {
    let m = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const [from, sourceStart, length] = [runs[r], runs[r + 1], runs[r + 2]];
      const to = from + length;
      while (m < marks.length && marks[m].end <= from) m++;
      let cursor = from;
      for (let k = m; k < marks.length && marks[k].start < to; k++) {
        if (marks[k].start > cursor) this.keep(sourceStart + cursor - from, sourceStart + marks[k].start - from);
        cursor = Math.max(cursor, marks[k].end);
      }
      if (cursor < to) this.keep(sourceStart + cursor - from, sourceStart + to - from);
    }
  }

  private keep(start: number, end: number): void {
    const prose = this.prose;
    // Pieces that touch (a piece of a line and the next) join into one range.
    if (prose.length && prose[prose.length - 1] === start) prose[prose.length - 1] = end;
    else prose.push(start, end);
  }

  /** Code spans, HTML, autolinks and link targets become skipped regions; HTML comments are kept for directives. */
  private recordMarks(runs: Runs, marks: ContentMark[]): void {
    for (const mark of marks) {
      if (mark.kind === 'markup') continue;
      const start = sourceOffset(runs, mark.start, 'start');
      const end = sourceOffset(runs, mark.end - 1, 'end') + 1;
      const comment = mark.kind === 'html' && this.source.startsWith('<!--', start);
      if (comment) this.comments.push(start, end);
      this.skipped.push({ start, end, kind: comment ? 'comment' : mark.kind });
    }
  }

  private skipLines(first: number, after: number, kind: SkippedRegion['kind']): void {
    if (after > first) this.skipped.push({ start: this.lineStarts[first], end: this.lineEnd(after - 1), kind });
  }

  /** An HTML block is skipped whole; the comments in it are found for their directives. */
  private readHtmlBlock(first: number, after: number): void {
    const start = this.lineStarts[first];
    // The block alone is searched: a comment left open must not send the search to the end of the draft.
    const block = this.source.slice(start, this.lineEnd(after - 1));
    for (let open = block.indexOf('<!--'); open !== -1; ) {
      const close = block.indexOf('-->', open + 4);
      const end = close === -1 ? block.length : close + 3;
      this.comments.push(start + open, start + end);
      open = block.indexOf('<!--', end);
    }
    this.skipped.push({ start, end: start + block.length, kind: /^[ \t]*<!--/.test(block) ? 'comment' : 'html' });
  }

  /** Lines no inline content claimed: blank, or markup, code, HTML or a reference (a break). */
  private finishLineKinds(): MarkdownProse['lineKinds'] {
    const kinds = this.lineKinds;
    for (let line = 0; line < kinds.length; line++) {
      if (kinds[line] !== undefined) continue;
      let i = this.lineStarts[line];
      const end = this.lineEnd(line);
      while (i < end && isSpaceOrTab(this.source.charCodeAt(i))) i++;
      kinds[line] = i === end ? 'blank' : 'break';
    }
    return kinds as MarkdownProse['lineKinds'];
  }
}

/** The source offset of content offset `at`; an offset between pieces goes to the next piece's start, or the previous one's end. */
function sourceOffset(runs: Runs, at: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= at) lo = mid;
    else hi = mid - 1;
  }
  const [from, start, length] = [runs[lo * 3], runs[lo * 3 + 1], runs[lo * 3 + 2]];
  if (at < from) return start;
  if (at < from + length) return start + at - from;
  if (side === 'start' && lo * 3 + 3 < runs.length) return runs[lo * 3 + 4];
  return start + length - 1;
}
