import { spanIndexAt } from '../positions';
import { MONTH_NUMBERS, MONTH_PATTERN } from './calendar';
import { isAsciiAlphanumeric, isSpaceCode } from './char-class';
import { CARDINAL_RE, NUMBER_WORD_ENDINGS, ORDINAL_RE, numberValue } from './number-words';
import type { ElapsedKind, ElapsedStatement, StartMention, TextModel } from './types';

/** Elapsed-time statements; the number is the one capture group that matched. Lower case: see STATEMENT_IN_LOWER_CASE. */
const STATEMENT_SOURCE = [
  `\\b(?:enter(?:s|ed|ing)?|in|into|marks?|marked|marking|reach(?:es|ed|ing)?|begins?|began|beginning|starts?|started|starting)\\s+(?:its|their|the)\\s+(${ORDINAL_RE})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?year\\b`,
  `\\b(?:its|their|the)\\s+(${ORDINAL_RE})\\s+anniversary\\b`,
  `\\b(${CARDINAL_RE})\\s+years?\\s+(?:after|since|into)\\b`,
  `\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+(${CARDINAL_RE})\\s+years\\b`,
  `\\b(a|one|two|three|four|five|six|seven|eight|nine)\\s+decades?\\s+(?:after|since|into)\\b`,
].join('|');
/**
 * STATEMENT_SOURCE run on the prose in lower case, where case-blind matching is what `i` does
 * without `u` (see LOWER_CASE_CHANGES_ASCII). Why: without `i` V8 compiles this long alternation
 * in half the time (2.0 against 3.5 ms, once a process: its first exec in a fresh node, 3 runs each),
 * and the lower case is already made for the keywords. No 'u' either: it doubles the cost of this alternation.
 */
const STATEMENT_IN_LOWER_CASE = new RegExp(STATEMENT_SOURCE, 'g');
/** The same, case-blind, for the rare prose whose lower case is not the same letters (compiled only then). */
const STATEMENT = new RegExp(STATEMENT_SOURCE, 'gi');
/** Every statement contains one of these; the prefilter looks for them alone. */
const KEYWORD = /\b(?:years?|anniversary|decades?)\b/gi;
const STATEMENT_LEAD = 60;
const STATEMENT_TAIL = 12;
const KINDS: ElapsedKind[] = ['ordinal-year', 'anniversary', 'years-since', 'past-years', 'decades'];
const QUALIFIER = /(?:^|\s)(more than|over|at least|just over|nearly|almost|close to|just under|less than|under|about|around|some|roughly|approximately)\s+$/i;
const POSSESSIVE = /^(?:\S+\s+)?(?:its|their)\s/i;

/** The draft's own start dates: "founded in 1998", "since 2014", "began on 24 February 2022". */
const DRAFT_START = new RegExp(
  `\\b(founded|established|created|launched|formed|began|begun|started|opened|set up|erupted|broke out|since)\\s+(?:(?:in|on)\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?((?:1[89]|20)\\d\\d)\\b`,
  'g',
);
/** How far the draft's own start date may sit from the statement. */
const START_REACH = 400;

/**
 * Statements of elapsed time ("enters its eighth year", "the 20th anniversary", "ten years
 * after"), with the count they state and the draft's own start date they may count from.
 * The full pattern runs only on a short window around "year", "anniversary" or "decade", so
 * the pass stays linear.
 */
export function findElapsedStatements(model: TextModel): ElapsedStatement[] {
  const { prose } = model;
  const statements: ElapsedStatement[] = [];
  let doneUntil = 0;
  // Lower case keeps every offset and every ASCII letter one unless the prose has one of two rare characters.
  const lower = LOWER_CASE_CHANGES_ASCII.test(prose) ? undefined : prose.toLowerCase();
  const pattern = lower === undefined ? STATEMENT : STATEMENT_IN_LOWER_CASE;
  const keywords = keywordsIn(prose, lower);
  for (let h = 0; h < keywords.length; h += 2) {
    const keyword = keywords[h];
    const keywordEnd = keyword + keywords[h + 1];
    const windowStart = Math.max(doneUntil, keyword - STATEMENT_LEAD);
    if (!followsNumber(prose, keyword, windowStart)) continue;
    const windowText = (lower ?? prose).slice(windowStart, keywordEnd + STATEMENT_TAIL);
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null = null;
    for (let candidate = pattern.exec(windowText); candidate; candidate = pattern.exec(windowText)) {
      if (windowStart + candidate.index <= keyword && windowStart + candidate.index + candidate[0].length >= keywordEnd) m = candidate;
    }
    if (!m) continue;
    const start = windowStart + m.index;
    const end = start + m[0].length;
    doneUntil = end;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = KINDS[group - 1];
    const written = numberValue(m[group]);
    if (written === undefined || written === 0) continue;
    const sentence = spanIndexAt(model.sentences, start);
    if (sentence < 0) continue;
    const numberAt = start + m[0].toLowerCase().indexOf(m[group].toLowerCase());
    const qualifier = QUALIFIER.exec(prose.slice(Math.max(0, numberAt - 20), numberAt))?.[1];
    const statement: ElapsedStatement = { start, end, text: prose.slice(start, end), kind, years: kind === 'decades' ? written * 10 : written, sentence, possessive: POSSESSIVE.test(m[0]) };
    if (qualifier) statement.qualifier = qualifier;
    const own = ownStart(model, statement);
    if (own) statement.ownStart = own;
    statements.push(statement);
  }
  return statements;
}

/** KEYWORD's words in lower case, and whether each may take an `s`. */
const KEYWORD_WORDS: readonly [string, boolean][] = [
  ['year', true],
  ['anniversary', false],
  ['decade', true],
];
/**
 * Where hitsOf starts each word's search: its tail from a rare letter (`versary`, `cade`). Why:
 * the search stops at every place its first letter stands, and `a` and `d` are common; on
 * reuters-world's prose in lower case (String.indexOf over all of it, node, median of 8 passes)
 * `anniversary` took 2.37 ms and `versary` 1.55, `decade` 2.11 and `cade` 1.87.
 */
const SEARCH_FROM: ReadonlyMap<string, number> = new Map([['anniversary', 4], ['decade', 2]]);
/** The only characters whose lower case is an ASCII letter, or longer: the Kelvin sign and a dotted capital I. */
const LOWER_CASE_CHANGES_ASCII = /[\u212a\u0130]/;
const isAsciiWordCode = (c: number) => isAsciiAlphanumeric(c) || c === 95;

/**
 * KEYWORD's matches in `prose`, in order, as [offset, length] pairs: each word searched for as a
 * plain string in the prose in lower case (`lower`; undefined when lower case would change the
 * letters), its edges checked by code as `\b` checks them.
 * Why: one plain string is found by skipping ahead, where the case-blind pattern stopped at every
 * letter that could start one of its words (`y`, `a`, `d`): on reuters-world's text 1.3 ms for
 * `year` against 10 ms for the pattern (node, one pass over the corpus). Lower case keeps the
 * offsets and leaves every ASCII letter one unless the prose has one of two rare characters;
 * then the pattern runs as it always has.
 */
export function keywordsIn(prose: string, lower: string | undefined): number[] {
  const hits: number[] = [];
  if (lower === undefined) {
    KEYWORD.lastIndex = 0;
    for (let k = KEYWORD.exec(prose); k; k = KEYWORD.exec(prose)) hits.push(k.index, k[0].length);
    return hits;
  }
  // Each word's hits are in order and words never overlap: a merge of the lists puts them all in order.
  const lists = KEYWORD_WORDS.map(([word, plural]) => hitsOf(lower, word, plural));
  const next = lists.map(() => 0);
  for (;;) {
    let first = -1;
    for (let l = 0; l < lists.length; l++) if (next[l] < lists[l].length && (first < 0 || lists[l][next[l]] < lists[first][next[first]])) first = l;
    if (first < 0) return hits;
    hits.push(lists[first][next[first]], lists[first][next[first] + 1]);
    next[first] += 2;
  }
}

/** [offset, length] of each use of `word` (with an `s` when `plural`) standing alone as `\b` reads it. */
function hitsOf(lower: string, word: string, plural: boolean): number[] {
  const hits: number[] = [];
  const from = SEARCH_FROM.get(word) ?? 0;
  const tail = word.slice(from);
  for (let found = lower.indexOf(tail, from); found >= 0; found = lower.indexOf(tail, found + 1)) {
    const at = found - from;
    if (from > 0 && !lower.startsWith(word, at)) continue;
    if (at > 0 && isAsciiWordCode(lower.charCodeAt(at - 1))) continue;
    let end = at + word.length;
    if (plural && end < lower.length && lower.charCodeAt(end) === 115 && (end + 1 >= lower.length || !isAsciiWordCode(lower.charCodeAt(end + 1)))) end++;
    else if (end < lower.length && isAsciiWordCode(lower.charCodeAt(end))) continue;
    hits.push(at, end - at);
  }
  return hits;
}

/** Longer than any word of NUMBER_WORD_ENDINGS and YEAR_QUALIFIERS, and than any `123rd`. */
const LONGEST_NUMBER_WORD = 12;
/** Words that may stand between the number and `year` (`its eighth straight year`). */
const YEAR_QUALIFIERS = new Set(['straight', 'consecutive', 'full']);

/**
 * Whether a number (`eighth`, `twenty-five`, `10th`, `a`) ends right before the keyword at `at`, maybe
 * with one qualifier between, reading no further back than `windowStart`, as the full pattern does:
 * every statement has one there. Most keywords (`last year`, `a 10-year deal`) have none, and
 * skipping them spares the full pattern: with it run at every keyword, finding the statements
 * cost 31–56 ms of a bbc-news CLI run (--cpu-prof).
 */
function followsNumber(prose: string, at: number, windowStart: number): boolean {
  let end = at;
  for (let qualifiers = 0; ; qualifiers++) {
    let wordEnd = end;
    while (wordEnd > windowStart && isSpaceCode(prose.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === end || wordEnd <= windowStart) return false;
    let start = wordEnd;
    while (start > windowStart && isAsciiAlphanumeric(prose.charCodeAt(start - 1))) {
      // A longer run ends in no number the patterns take (`seventeenth`, three digits).
      if (wordEnd - --start > LONGEST_NUMBER_WORD) return false;
    }
    const word = prose.slice(start, wordEnd).toLowerCase();
    if (qualifiers === 0 && YEAR_QUALIFIERS.has(word)) {
      end = start;
      continue;
    }
    return NUMBER_WORD_ENDINGS.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word);
  }
}

/** The draft's own start date in the statement's sentence or the one before it (same paragraph); an anniversary never counts from "since". */
function ownStart(model: TextModel, statement: ElapsedStatement): StartMention | undefined {
  const { sentences } = model;
  for (const i of [statement.sentence, statement.sentence - 1]) {
    if (i < 0 || sentences[i].paragraph !== sentences[statement.sentence].paragraph) break;
    // Bounded, so that a run-on sentence full of statements stays linear.
    const from = Math.max(sentences[i].start, statement.start - START_REACH);
    const to = Math.min(sentences[i].end, statement.end + START_REACH);
    if (from >= to) break;
    const starts = startMentions(model.prose, from, to).filter((s) => statement.kind !== 'anniversary' || s.verb !== 'since');
    if (starts.length) return starts[starts.length - 1];
  }
  return undefined;
}

function startMentions(prose: string, from: number, to: number): StartMention[] {
  const found: StartMention[] = [];
  const slice = prose.slice(from, to);
  DRAFT_START.lastIndex = 0;
  for (let m = DRAFT_START.exec(slice); m; m = DRAFT_START.exec(slice)) {
    const month = m[2] ? MONTH_NUMBERS.get(m[2].slice(0, 3).toLowerCase()) : undefined;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, verb: m[1], year: Number(m[3]), ...(month ? { month } : {}) });
  }
  return found;
}
