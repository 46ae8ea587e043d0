import { lineOf, lineStartsOf } from '../positions';
import { InlinePairs } from './inline-pairs';
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
  constructor(readonly text: string) {}
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
    if (this.ranges.length === 0) return this.text;
    const sorted = this.ranges.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let cursor = 0;
    for (const [start, end] of sorted) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      parts.push(this.text.slice(cursor, from), this.text.slice(from, end).replace(/[^\r\n]/g, ' '));
      cursor = end;
    }
    parts.push(this.text.slice(cursor));
    return parts.join('');
  }
}

function parseDirective(body: string, start: number, end: number, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const rules = m[2].replace(/-->.*$/, '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, start, end, line };
}

/** Things no draft language checks: URLs, e-mail, handles, hashtags, HTML comments (with directives). */
function maskCommon(m: Masker, lineStarts: number[], directives: Directive[], from: number): void {
  const text = m.text;
  // Positions come from the masked text so that comments inside code are left alone.
  const masked = m.current();
  for (let i = masked.indexOf('<!--', from); i !== -1; i = masked.indexOf('<!--', i + 4)) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    const directive = parseDirective(text.slice(i + 4, end), i, end, lineOf(lineStarts, i));
    if (directive) directives.push(directive);
    m.blank(i, end, 'comment');
    i = end - 4;
  }
  // One snapshot serves all patterns: what one of them blanks never makes another match.
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

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?=\s|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/;
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST = /^( {0,3})([-*+]|\d{1,9}[.)])(\s+|$)/;
const BLOCKQUOTE = /^( {0,3}>\s?)+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;

/** An HTML tag or autolink at the sticky position; it cannot run past the line. */
const INLINE_TAG = /<(?:[a-zA-Z][\w:-]*(?:[^\S\n][^<>\n]*)?\/?|\/[a-zA-Z][\w:-]*[^\S\n]*|(?:https?|mailto|ftp):[^<>\s]*|[\w.+-]+@[\w.-]+)>/y;

/** Inline Markdown: code spans, autolinks, HTML tags, link and image targets, emphasis marks, escapes. */
function maskInline(m: Masker, start: number, end: number): void {
  const text = m.text;
  let pairs: InlinePairs | undefined;
  const pairsOfLine = () => (pairs ??= new InlinePairs(text, start, end));
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\' && i + 1 < end && /[!-\/:-@\[-`{-~]/.test(text[i + 1])) {
      m.blank(i, i + 1, 'markup', false);
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const close = pairsOfLine().backtickCloser(i + run, run);
      if (close !== -1) {
        m.blank(i, close + run, 'inline-code');
        i = close + run;
        continue;
      }
      i += run;
      continue;
    }
    if (c === '<') {
      INLINE_TAG.lastIndex = i;
      const tag = INLINE_TAG.exec(text);
      if (tag && i + tag[0].length <= end) {
        const isLink = /^<(?:https?|mailto|ftp):|@/.test(tag[0]);
        m.blank(i, i + tag[0].length, isLink ? 'url' : 'html');
        i += tag[0].length;
        continue;
      }
    }
    if (c === '!' && text[i + 1] === '[') {
      const close = pairsOfLine().bracketClose(i + 1);
      if (close !== -1 && text[close + 1] === '(') {
        const targetEnd = pairsOfLine().parenClose(close + 1);
        if (targetEnd !== -1) {
          m.blank(i, targetEnd + 1, 'link-target');
          i = targetEnd + 1;
          continue;
        }
      }
    }
    if (c === '[') {
      const close = pairsOfLine().bracketClose(i);
      if (close !== -1) {
        if (text[close + 1] === '(') {
          const targetEnd = pairsOfLine().parenClose(close + 1);
          if (targetEnd !== -1) {
            m.blank(i, i + 1, 'markup', false);
            m.blank(close, targetEnd + 1, 'link-target');
            i += 1;
            continue;
          }
        } else if (text[close + 1] === '[') {
          const refEnd = text.indexOf(']', close + 2);
          if (refEnd !== -1 && refEnd < end) {
            m.blank(i, i + 1, 'markup', false);
            m.blank(close, refEnd + 1, 'link-target');
            i += 1;
            continue;
          }
        }
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      let run = 1;
      while (text[i + run] === c) run++;
      const before = text[i - 1] ?? ' ';
      const after = text[i + run] ?? ' ';
      // Underscores inside words (snake_case, file_names) are not emphasis.
      const intraword = c === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
      const emphasis = c !== '~' || run >= 2;
      if (emphasis && !intraword && !(/\s/.test(before) && /\s/.test(after))) m.blank(i, i + run, 'markup', false);
      i += run;
      continue;
    }
    i++;
  }
}

function maskMarkdownBlocks(m: Masker, lineStarts: number[], from: number, lineKinds: MaskResult['lineKinds'], blockStarts: boolean[]): void {
  const text = m.text;
  let fence: { char: string; length: number } | undefined;
  let fenceStart = 0;
  let previous: 'blank' | 'text' | 'code' | 'list' = 'blank';
  let inList = false;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
    if (end < from) {
      lineKinds[line] = 'break';
      continue;
    }
    const content = text.slice(start, end).replace(/\r$/, '');
    if (fence) {
      lineKinds[line] = 'break';
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(content);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        m.blank(fenceStart, end, 'code');
        fence = undefined;
      }
      continue;
    }
    const fenceOpen = FENCE.exec(content);
    if (fenceOpen) {
      fence = { char: fenceOpen[2][0], length: fenceOpen[2].length };
      fenceStart = start;
      lineKinds[line] = 'break';
      continue;
    }
    if (/^\s*$/.test(content)) {
      lineKinds[line] = 'blank';
      if (previous !== 'code') previous = 'blank';
      continue;
    }
    const indent = /^(?: {4}|\t)/.test(content);
    if (indent && !inList && (previous === 'blank' || previous === 'code')) {
      m.blank(start, end, 'code');
      lineKinds[line] = 'break';
      previous = 'code';
      continue;
    }
    if (RULE.test(content) || (SETEXT.test(content) && previous === 'text')) {
      m.blank(start, end, 'markup', false);
      lineKinds[line] = 'break';
      if (SETEXT.test(content) && line > 0 && lineKinds[line - 1] === 'text') lineKinds[line - 1] = 'heading';
      previous = 'blank';
      continue;
    }
    if (REFERENCE_DEFINITION.test(content)) {
      m.blank(start, end, 'link-target');
      lineKinds[line] = 'break';
      continue;
    }
    let kind: ParagraphKind = 'text';
    let contentStart = start;
    const quote = BLOCKQUOTE.exec(content);
    if (quote) {
      m.blank(start, start + quote[0].length, 'markup', false);
      contentStart = start + quote[0].length;
      kind = 'blockquote';
    }
    const rest = text.slice(contentStart, end);
    const heading = HEADING.exec(rest);
    const list = LIST.exec(rest);
    if (heading) {
      m.blank(contentStart, contentStart + heading[0].length, 'markup', false);
      const closing = /\s#+\s*$/.exec(rest);
      if (closing) m.blank(contentStart + closing.index, end, 'markup', false);
      kind = 'heading';
      inList = false;
    } else if (list) {
      m.blank(contentStart, contentStart + list[0].length, 'markup', false);
      const task = /^\[[ xX]\]\s/.exec(text.slice(contentStart + list[0].length, end));
      if (task) m.blank(contentStart + list[0].length, contentStart + list[0].length + task[0].length, 'markup', false);
      kind = 'list-item';
      inList = true;
    } else if (rest.includes('|') && (TABLE_SEPARATOR.test(rest) || /^\s*\|/.test(rest))) {
      if (TABLE_SEPARATOR.test(rest)) m.blank(contentStart, end, 'markup', false);
      else for (let i = contentStart; i < end; i++) if (text[i] === '|') m.blank(i, i + 1, 'markup', false);
      kind = 'table';
    } else if (previous === 'blank' && !indent) {
      inList = false;
    }
    if (kind !== 'text' && kind !== 'blockquote') blockStarts[line] = true;
    // A list item's lazy continuation stays in the item.
    lineKinds[line] = kind === 'text' && inList && previous !== 'blank' ? 'list-item' : kind;
    maskInline(m, contentStart, end);
    previous = kind === 'list-item' ? 'list' : 'text';
  }
  if (fence) m.blank(fenceStart, text.length, 'code');
}

export function maskDraft(text: string, markdown: boolean, frontMatterEnd: number): MaskResult {
  const m = new Masker(text);
  const lineStarts = lineStartsOf(text);
  const directives: Directive[] = [];
  const lineKinds: MaskResult['lineKinds'] = new Array(lineStarts.length).fill('text');
  if (frontMatterEnd > 0) m.blank(0, frontMatterEnd, 'front-matter');
  const blockStarts: boolean[] = new Array(lineStarts.length).fill(false);
  if (markdown) maskMarkdownBlocks(m, lineStarts, frontMatterEnd, lineKinds, blockStarts);
  else maskPlainDirectiveLines(m, lineStarts, directives);
  maskCommon(m, lineStarts, directives, frontMatterEnd);
  for (let line = 0; line < lineStarts.length; line++) {
    if (lineStarts[line] < frontMatterEnd) lineKinds[line] = 'break';
  }
  directives.sort((a, b) => a.start - b.start);
  m.skipped.sort((a, b) => a.start - b.start);
  return { prose: m.current(), skipped: m.skipped, directives, lineKinds, blockStarts, lineStarts };
}
