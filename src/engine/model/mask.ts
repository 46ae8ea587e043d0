import { lineOf, lineStartsOf } from '../positions';
import { maskMarkdown } from './markdown-mask';
import type { Directive, ParagraphKind, SkippedRegion } from './types';

/**
 * Blanks everything that is not prose to spaces (newlines kept), so later
 * passes can scan plain prose while offsets stay those of the original text.
 */
export interface MaskResult {
  prose: string;
  skipped: SkippedRegion[];
  directives: Directive[];
  /** Block kind of each line (Markdown), index = 0-based line number. */
  lineKinds: (ParagraphKind | 'blank' | 'break')[];
  /** Lines that begin a block of their own (heading, list item, table row). */
  blockStarts: boolean[];
  lineStarts: number[];
}

type Kind = SkippedRegion['kind'];

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”‘’()\[\]]+(?:\([^\s()]*\)[^\s<>"'“”‘’()\[\]]*)*/gi;
/** An e-mail address's domain, read from just after its `@`. */
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+\b/y;
const HANDLE = /(?<![\w@])@[A-Za-z0-9_]{2,}(?![\w@])/g;
const HASHTAG = /(?<![\w#&])#[\p{L}_][\p{L}\p{N}_]*/gu;
const DIRECTIVE = /copydesk-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/;

class Masker {
  /** Ranges to blank, in the order found; materialised into a string only when asked. */
  private ranges: [number, number][] = [];
  readonly skipped: SkippedRegion[] = [];
  /** `base` is the text with what is known not to be prose already blanked (Markdown's reading). */
  constructor(
    readonly text: string,
    private readonly base = text,
  ) {}
  blank(start: number, end: number, kind: Kind, record = true): void {
    if (end <= start) return;
    this.ranges.push([start, end]);
    if (record) this.skipped.push({ start, end, kind });
  }
  /** Blanks matches of a global pattern found in `source` (a snapshot of the prose). */
  blankPattern(pattern: RegExp, source: string, kind: Kind, trimTrailing = false): void {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      let len = m[0].length;
      if (trimTrailing) while (len > 0 && /[.,;:!?]/.test(m[0][len - 1])) len--;
      this.blank(m.index, m.index + len, kind);
    }
  }
  /** The text with every range so far blanked to spaces, line breaks kept. */
  current(): string {
    if (this.ranges.length === 0) return this.base;
    const sorted = this.ranges.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let cursor = 0;
    for (const [start, end] of sorted) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      parts.push(this.base.slice(cursor, from), blankOf(this.base.slice(from, end)));
      cursor = end;
    }
    parts.push(this.base.slice(cursor));
    return parts.join('');
  }
}

const SPACES = ' '.repeat(64);

/** `piece` with every character but line breaks turned to a space; most pieces are short and on one line. */
function blankOf(piece: string): string {
  if (piece.length <= SPACES.length && piece.indexOf('\n') === -1 && piece.indexOf('\r') === -1) return SPACES.slice(0, piece.length);
  return piece.replace(/[^\r\n]/g, ' ');
}

function parseDirective(body: string, start: number, end: number, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const rules = m[2].replace(/-->.*$/, '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, start, end, line };
}

/**
 * HTML comments in plain text, which may hold directives; positions come from the masked
 * text so that a comment on a directive line already taken is left alone.
 */
function maskPlainComments(m: Masker, lineStarts: number[], directives: Directive[], from: number): void {
  const text = m.text;
  const masked = m.current();
  for (let i = masked.indexOf('<!--', from); i !== -1; i = masked.indexOf('<!--', i + 4)) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    addDirective(text, i, end, lineStarts, directives);
    m.blank(i, end, 'comment');
    i = end - 4;
  }
}

function addDirective(text: string, start: number, end: number, lineStarts: number[], directives: Directive[]): void {
  const directive = parseDirective(text.slice(start + 4, end), start, end, lineOf(lineStarts, start));
  if (directive) directives.push(directive);
}

/** Things no draft language checks: URLs, e-mail, handles, hashtags. */
function maskCommon(m: Masker): void {
  // One snapshot serves all patterns: what one of them blanks never makes another match.
  const masked = m.current();
  if (masked.includes('@')) {
    blankEmails(m, masked);
    m.blankPattern(HANDLE, masked, 'handle');
  }
  if (masked.includes('#')) m.blankPattern(HASHTAG, masked, 'hashtag');
  if (/https?:|ftp:|www\./i.test(masked)) m.blankPattern(URL, masked, 'url', true);
}

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isLocalPartChar = (code: number) => isWordChar(code) || code === 46 || code === 43 || code === 45;

/**
 * E-mail addresses (`name@example.com`), found from each `@` outwards. A regex
 * tried at every word start rescans a long run like `a.a.a.…` from each of its
 * dots, which grows with the square of the run.
 */
function blankEmails(m: Masker, source: string): void {
  let previousEnd = 0;
  for (let at = source.indexOf('@'); at !== -1; at = source.indexOf('@', at + 1)) {
    if (at < previousEnd) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(source);
    if (!domain) continue;
    let left = at;
    while (left > previousEnd && isLocalPartChar(source.charCodeAt(left - 1))) left--;
    // The address starts at the first word boundary of the run before the `@`.
    let start = left;
    while (start < at && isWordChar(source.charCodeAt(start)) === (start > 0 && isWordChar(source.charCodeAt(start - 1)))) start++;
    if (start === at) continue;
    previousEnd = at + 1 + domain[0].length;
    m.blank(start, previousEnd, 'email');
  }
}

function maskPlainDirectiveLines(m: Masker, lineStarts: number[], directives: Directive[]): void {
  const text = m.text;
  // Nearly every draft has no directive: one search spares a slice and a test per line.
  if (!text.includes('copydesk-')) return;
  lineStarts.forEach((start, line) => {
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
    const content = text.slice(start, end);
    if (/^\s*(?:\/\/|#|--)?\s*copydesk-(?:disable|enable)/.test(content) && !content.includes('<!--')) {
      const directive = parseDirective(content, start, end, line);
      if (directive) {
        directives.push(directive);
        m.blank(start, end, 'comment');
      }
    }
  });
}

/** `text` with everything outside the given [start, end) pairs blanked, line breaks kept. */
function keepingOnly(text: string, keep: number[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (let i = 0; i < keep.length; i += 2) {
    parts.push(blankOf(text.slice(cursor, keep[i])), text.slice(keep[i], keep[i + 1]));
    cursor = keep[i + 1];
  }
  parts.push(blankOf(text.slice(cursor)));
  return parts.join('');
}

export function maskDraft(text: string, markdown: boolean, frontMatterEnd: number): MaskResult {
  const lineStarts = lineStartsOf(text);
  const read = markdown ? maskMarkdown(text, lineStarts, frontMatterEnd) : undefined;
  const m = new Masker(text, read ? keepingOnly(text, read.prose) : text);
  const directives: Directive[] = [];
  let lineKinds: MaskResult['lineKinds'];
  let blockStarts: boolean[];
  if (frontMatterEnd > 0) m.blank(0, frontMatterEnd, 'front-matter');
  if (read) {
    for (const region of read.skipped) m.skipped.push(region);
    for (let i = 0; i < read.comments.length; i += 2) addDirective(text, read.comments[i], read.comments[i + 1], lineStarts, directives);
    ({ lineKinds, blockStarts } = read);
  } else {
    lineKinds = new Array(lineStarts.length).fill('text');
    blockStarts = new Array(lineStarts.length).fill(false);
    maskPlainDirectiveLines(m, lineStarts, directives);
    maskPlainComments(m, lineStarts, directives, frontMatterEnd);
  }
  maskCommon(m);
  for (let line = 0; line < lineStarts.length; line++) {
    if (lineStarts[line] < frontMatterEnd) lineKinds[line] = 'break';
  }
  directives.sort((a, b) => a.start - b.start);
  m.skipped.sort((a, b) => a.start - b.start);
  return { prose: m.current(), skipped: m.skipped, directives, lineKinds, blockStarts, lineStarts };
}
