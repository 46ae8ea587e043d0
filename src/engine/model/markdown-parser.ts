import type MarkdownIt from 'markdown-it';

/**
 * markdown-it, set up for the mask: CommonMark plus GFM tables and strikethrough, and
 * hooks that note where, inside each inline token's content, the parser found something
 * that is not prose. markdown-it gives block tokens their lines (`token.map`) but inline
 * tokens no offsets; the hooks watch `state.pos` around the rules that consume markup.
 *
 * Everything a parse learns lives in the `env` object of that parse, so one parser
 * serves every draft and keeps nothing between them.
 */

export type MarkKind = 'inline-code' | 'html' | 'url' | 'link-target' | 'markup';

/** A stretch of one inline token's content that is not prose, in that content's offsets. */
export interface ContentMark {
  start: number;
  end: number;
  kind: MarkKind;
}

export type Token = MarkdownIt.Token;

export interface ParsedMarkdown {
  tokens: Token[];
  /** Non-prose stretches of each inline token's content (by its `children` array), in the order found. */
  marks: Map<Token[], ContentMark[]>;
  /** Lines of link reference definitions, as flat [first, after-last) pairs. */
  referenceLines: number[];
}

/** The inline content being tokenized, and what its hooks found so far. */
interface InlineRecord {
  tokens: Token[];
  marks: ContentMark[];
  /** Emphasis and strikethrough delimiter runs; only the ones that pair up are markup. */
  delimiters: { token: Token; start: number; length: number }[];
  /** Label ranges of the links being read, innermost last. */
  labels: [number, number][];
}

interface Tracker {
  current?: InlineRecord;
  depth: number;
  marks: Map<Token[], ContentMark[]>;
  records: Map<Token[], InlineRecord>;
  referenceLines: number[];
}

const TRACKER = 'copydeskTracker';

const trackerOf = (env: Record<string, unknown>) => env[TRACKER] as Tracker | undefined;

/** The record of the top-level inline content `state` is reading; not an image's alt text, parsed apart. */
function recordOf(state: MarkdownIt.StateInline): InlineRecord | undefined {
  const current = trackerOf(state.env)?.current;
  return current && current.tokens === state.tokens ? current : undefined;
}

/** ASCII punctuation: what a backslash escapes (a backslash before anything else is literal). */
const isEscapable = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/** A character that can start an escape, code span, emphasis, strikethrough, link, image, autolink, HTML tag or entity. */
const MAY_HAVE_MARKS = /[\\`*_~[<&]/;

/**
 * Where plain text can end: the characters that start one of the rules enabled here, and
 * `]`, which closes a link label. markdown-it's own text rule also stops at characters it
 * keeps for extensions (`-`, `:`, `#`, `@`, …); prose is full of hyphens and colons, and at
 * each one every rule would be tried in vain.
 */
const TEXT_ENDS = new Uint8Array(128);
for (const c of '\n!&*<[\\]_`~') TEXT_ENDS[c.charCodeAt(0)] = 1;

const endsText = (c: number) => c < 128 && TEXT_ENDS[c] === 1;

/** markdown-it's text rule with the narrower set of stops above. */
const skipText: MarkdownIt.InlineRule = (state, silent) => {
  const src = state.src;
  let pos = state.pos;
  while (pos < state.posMax && !endsText(src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += src.slice(state.pos, pos);
  state.pos = pos;
  return true;
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordCode = (c: number) => !Number.isNaN(c) && WORD_CHAR.test(String.fromCharCode(c));

/** What each watched rule marks, told its start position and how many tokens there were before it ran. */
const INLINE_MARKERS: Record<string, (state: MarkdownIt.StateInline, start: number, tokensBefore: number, record: InlineRecord) => void> = {
  escape(state, start, _before, record) {
    const next = state.src.charCodeAt(start + 1);
    if (next === 10 || isEscapable(next)) record.marks.push({ start, end: start + 1, kind: 'markup' });
  },
  backticks(state, start, before, record) {
    // An unmatched run of backticks is literal text and pushes no token.
    if (state.tokens.length > before) record.marks.push({ start, end: state.pos, kind: 'inline-code' });
  },
  entity(state, start, before, record) {
    if (state.tokens.length === before) return;
    // A letter inside a word (`caf&eacute;`) stays as the draft has it: blanked, it would cut
    // the word into a misspelling ("caf"), and the prose cannot hold the decoded letter.
    const letter = WORD_CHAR.test(state.tokens[state.tokens.length - 1].content);
    const inWord = letter && (isWordCode(state.src.charCodeAt(start - 1)) || isWordCode(state.src.charCodeAt(state.pos)));
    if (!inWord) record.marks.push({ start, end: state.pos, kind: 'markup' });
  },
  emphasis: noteDelimiters,
  strikethrough: noteDelimiters,
  link(state, start, _before, record) {
    const label = record.labels.pop();
    if (!label) return;
    record.marks.push({ start, end: start + 1, kind: 'markup' });
    record.marks.push({ start: label[1], end: state.pos, kind: state.pos - label[1] > 1 ? 'link-target' : 'markup' });
  },
  image(state, start, _before, record) {
    record.marks.push({ start, end: state.pos, kind: 'link-target' });
  },
  autolink(state, start, _before, record) {
    record.marks.push({ start, end: state.pos, kind: 'url' });
  },
  html_inline(state, start, _before, record) {
    record.marks.push({ start, end: state.pos, kind: 'html' });
  },
};

/** The delimiter tokens a run pushed are the last ones, one per character (two for `~~`). */
function noteDelimiters(state: MarkdownIt.StateInline, start: number, before: number, record: InlineRecord): void {
  let end = state.pos;
  for (let i = state.tokens.length - 1; i >= before && end > start; i--) {
    const token = state.tokens[i];
    end -= token.content.length;
    record.delimiters.push({ token, start: end, length: token.content.length });
  }
}

/** markdown-it has no public way to read a rule's function back; the pinned version keeps them here. */
function ruleOf<Rule>(ruler: MarkdownIt.Ruler<Rule>, name: string): Rule {
  const rules = (ruler as unknown as { __rules__: { name: string; fn: Rule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule "${name}"`);
  return rule.fn;
}

function createParser(): MarkdownIt {
  // Loaded on the first Markdown draft, not with the bundle: a start-up that checks only
  // plain text never pays its ~10 ms (entity tables, linkify, punycode come with it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownItClass = require('markdown-it') as typeof MarkdownIt;
  const md = new MarkdownItClass('commonmark').enable(['table', 'strikethrough']);
  // Passes whose output the mask never reads: line ends and NULs come normalised (see
  // parseMarkdown), and text tokens are not read, so they need not be joined.
  md.disable(['normalize', 'text_join', 'fragments_join']);
  // Nor does it read a link's address, which markdown-it would parse, punycode and
  // percent-encode. Whether a link is one at all turns on validateLink (kept), which reads
  // only the scheme, in lower case: normalising leaves that as it is.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  for (const [name, mark] of Object.entries(INLINE_MARKERS)) {
    const rule = ruleOf(md.inline.ruler, name);
    md.inline.ruler.at(name, (state, silent) => {
      const start = state.pos;
      const before = state.tokens.length;
      const ok = rule(state, silent);
      if (ok && !silent) {
        const record = recordOf(state);
        if (record) mark(state, start, before, record);
      }
      return ok;
    });
  }
  // The top-level call starts an inline token's content; a nested call on the same state reads a link's label.
  const tokenize = md.inline.tokenize.bind(md.inline);
  md.inline.tokenize = (state) => {
    const tracker = trackerOf(state.env);
    if (!tracker) return tokenize(state);
    if (tracker.depth === 0) {
      tracker.current = { tokens: state.tokens, marks: [], delimiters: [], labels: [] };
      tracker.records.set(state.tokens, tracker.current);
      tracker.marks.set(state.tokens, tracker.current.marks);
    } else if (tracker.current?.tokens === state.tokens) {
      tracker.current.labels.push([state.pos, state.posMax]);
    }
    tracker.depth++;
    try {
      tokenize(state);
    } finally {
      tracker.depth--;
    }
  };
  // Emphasis has paired its delimiters by now (merging text tokens afterwards would hide which did).
  md.inline.ruler2.push('copydesk_delimiters', (state) => {
    const record = trackerOf(state.env)?.records.get(state.tokens);
    if (!record) return;
    for (const { token, start, length } of record.delimiters) {
      const paired = token.type !== 'text' || token.content === '';
      if (paired) record.marks.push({ start, end: start + length, kind: 'markup' });
    }
  });
  md.inline.ruler.at('text', skipText);
  // Inline content with none of the characters that start a watched rule has no marks to find.
  md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children && MAY_HAVE_MARKS.test(token.content)) md.inline.parse(token.content, md, state.env, token.children);
    }
  });
  const reference = ruleOf(md.block.ruler, 'reference');
  md.block.ruler.at('reference', (state, startLine, endLine, silent) => {
    const ok = reference(state, startLine, endLine, silent);
    if (ok && !silent) trackerOf(state.env)?.referenceLines.push(startLine, state.line);
    return ok;
  });
  return md;
}

let parser: MarkdownIt | undefined;

/**
 * Parses `source`, which must already have markdown-it's line ends (`\n` only) and no NUL
 * (its own normalising pass would change the offsets, and is turned off). The parser is built on first use (it is costly) and
 * then shared: it holds no state of its own between parses.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  parser ??= createParser();
  const tracker: Tracker = { depth: 0, marks: new Map(), records: new Map(), referenceLines: [] };
  const tokens = parser.parse(source, { [TRACKER]: tracker });
  return { tokens, marks: tracker.marks, referenceLines: tracker.referenceLines };
}
