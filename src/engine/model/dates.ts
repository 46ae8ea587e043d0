import { spanIndexAt } from '../positions';
import { isAsciiDigit, isAsciiUpper, isSpaceCode } from './char-class';
import { MONTH_NUMBERS, MONTH_PATTERN, WEEKDAY_NUMBERS, dayNumber, daysInMonth } from './calendar';
import type { Span } from '../types';
import type { Dateline, DateMention, TextModel } from './types';

/*
 * Dates are found in one pass: a cheap scan for month, weekday and relative
 * words, then small sticky patterns around each hit. No general date parser
 * runs over the prose, so the cost stays linear and tiny.
 */

const MONTH_RE = MONTH_PATTERN;
const WEEKDAY_RE = 'Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?';
const RELATIVE_RE = 'yesterday|today|tomorrow|tonight|(?:last|next|this)\\s+(?:week|weekend|month|year|night)';

/** Letters of a pattern made case-blind by hand, so one pattern can mix case rules. */
const caseless = (pattern: string) => pattern.replace(/(\\?)([a-z])/g, (all, escape: string, c: string) => (escape ? all : `[${c}${c.toUpperCase()}]`));

/**
 * The prefilter: every place a date could start. Month and weekday words
 * count only capitalised (see monthNumber, weekdayFrom), so the pattern is
 * case-sensitive about their first letter and the scan skips most positions.
 */
const TOKEN = new RegExp(`\\b(?:(${caseless(MONTH_RE)})|(${caseless(WEEKDAY_RE)})|(${caseless(RELATIVE_RE)}))\\b`, 'g');

const DAY_SUFFIX = '(?:st|nd|rd|th)';
/** After a day number: not part of a bigger number, a measure, a time or a compound ("5-year-old"). */
const DAY_END = '(?![\\d%\\p{L}]|[.,:]\\d|-\\p{L})';
const MONTH_DAY = new RegExp(`(${MONTH_RE})(\\.?)\\s+(\\d{1,2})(${DAY_SUFFIX})?${DAY_END}`, 'iuy');
const DAY_MONTH = new RegExp(`(\\d{1,2})(${DAY_SUFFIX})?(?:\\s+of)?\\s+(${MONTH_RE})(\\.?)(?!\\p{L})`, 'iuy');
/** Exported for the test that mayEndInDay never turns one of its matches away. */
export const DAY_BEFORE = new RegExp(`(?:^|[^\\d\\p{L}.,:/-])(\\d{1,2})${DAY_SUFFIX}?(?:\\s+of)?\\s+$`, 'iud');
const YEAR_AFTER = /(,?[ \t\u00a0]+)(\d{4})(?![\d\p{L}]|[.,]\d|[ \t]*(?:GMT|BST|UTC|CET|[ECMP][SD]T|hrs?|local)\b)/uy;
const WEEKDAY_AFTER_DATE = new RegExp(`,\\s+(?:on\\s+)?a\\s+(${WEEKDAY_RE})(\\.?)(?!\\p{L})`, 'iuy');
const WEEKDAY_TO_DATE = /(?:\.?,\s*|\.?\s+)(?:the\s+)?/y;
const RELATIVE_BEFORE_WEEKDAY = /(?:^|[^\p{L}])(last|next|this|coming)\s+$/iu;
const ATTACH = /(?:\s*\(\s*|,\s+(?:on\s+)?|\s+on\s+|\s+)/y;
const WEEKDAY_WORD = new RegExp(`(${WEEKDAY_RE})(\\.?)(?!\\p{L})`, 'iuy');
const WEEKDAY_RANGE_BEFORE = new RegExp(`(?:${WEEKDAY_RE})\\.?\\s*(?:-|–|—|to|through|thru|and|or|&)\\s*$`, 'i');
const HOLIDAY_PREFIX = /(?:^|[^\p{L}])(?:Good|Black|Super|Ash|Holy|Palm|Easter|Cyber|Bloody|Shrove|Maundy|Whit|Giving|Low|Mad|Manic|Blue)\s+$/u;
const CAPITALISED_NEXT = /\s+\p{Lu}\p{Ll}/uy;

/** Month and weekday words count only with an ASCII capital ("May", never "may"). */
const isCapitalised = (word: string) => isAsciiUpper(word.charCodeAt(0));

const IN_BEFORE = /(?:^|[^\p{L}])in\s+$/iu;
const FOLLOWED_BY_WORD = /\s+\p{Ll}/uy;

/** Short forms take a dot ("Mar.", "Sept."); a dot after "March" ends the sentence. */
const isAbbreviation = (word: string) => word.length <= 4 && !/^(?:may|june|july)$/i.test(word);

interface DateParts {
  start: number;
  end: number;
  month: number;
  day?: number;
  year?: number;
  order?: 'day-month' | 'month-day';
  daySpan?: Span;
  monthSpan: Span;
  yearSpan?: Span;
  ordinalSuffix?: Span;
}

/** A month name is trusted when capitalised, and abbreviations only with a dot or a day number after them. */
function monthNumber(word: string): number | undefined {
  if (!isCapitalised(word)) return undefined;
  return MONTH_NUMBERS.get(word.toLowerCase());
}

function readYear(prose: string, at: number): { year: number; span: Span; end: number } | undefined {
  YEAR_AFTER.lastIndex = at;
  const m = YEAR_AFTER.exec(prose);
  if (!m) return undefined;
  const year = Number(m[2]);
  if (year < 1000 || year > 2999) return undefined;
  const start = at + m[1].length;
  return { year, span: { start, end: start + 4 }, end: start + 4 };
}

/** "March 15[th][, 2005]", "Mar. 15" or "15[th] [of] March [2005]" starting exactly at `at`. */
function readDateAt(prose: string, at: number): DateParts | undefined {
  // Why: a month word counts only with an ASCII capital (monthNumber) and a day is ASCII digits
  // (`\d`), so only those can start a date, and each start takes one of the two patterns. Most
  // calls (after "last week", after a place in a dateline) then run none.
  const first = prose.charCodeAt(at);
  if (isAsciiDigit(first)) return readDayMonthAt(prose, at);
  if (!isAsciiUpper(first)) return undefined;
  MONTH_DAY.lastIndex = at;
  let m = MONTH_DAY.exec(prose);
  if (m && m[2] && !isAbbreviation(m[1])) m = null;
  if (m && IN_BEFORE.test(prose.slice(Math.max(0, at - 4), at))) {
    // "in May 31 people died": "in" takes a month, not a day.
    FOLLOWED_BY_WORD.lastIndex = at + m[0].length;
    if (FOLLOWED_BY_WORD.test(prose) && !readYear(prose, at + m[0].length)) m = null;
  }
  if (m) {
    const month = monthNumber(m[1]);
    const day = Number(m[3]);
    if (month !== undefined && day >= 1 && day <= 31) {
      const dayStart = at + m[0].length - m[3].length - (m[4]?.length ?? 0);
      const parts: DateParts = {
        start: at, end: at + m[0].length, month, day, order: 'month-day',
        monthSpan: { start: at, end: at + m[1].length + m[2].length },
        daySpan: { start: dayStart, end: dayStart + m[3].length },
      };
      if (m[4]) parts.ordinalSuffix = { start: dayStart + m[3].length, end: parts.end };
      withYear(prose, parts);
      return parts;
    }
  }
  return undefined;
}

/** "15[th] [of] March [2005]" starting exactly at `at`. */
function readDayMonthAt(prose: string, at: number): DateParts | undefined {
  DAY_MONTH.lastIndex = at;
  const m = DAY_MONTH.exec(prose);
  if (m) {
    const month = monthNumber(m[3]);
    const day = Number(m[1]);
    if (month !== undefined && day >= 1 && day <= 31 && (m[4] || m[3].length >= 3)) {
      const end = at + m[0].length - (m[4] && !isAbbreviation(m[3]) ? 1 : 0);
      const monthStart = at + m[0].length - m[3].length - m[4].length;
      const parts: DateParts = {
        start: at, end, month, day, order: 'day-month',
        daySpan: { start: at, end: at + m[1].length },
        monthSpan: { start: monthStart, end },
      };
      if (m[2]) parts.ordinalSuffix = { start: at + m[1].length, end: at + m[1].length + m[2].length };
      withYear(prose, parts);
      return parts;
    }
  }
  return undefined;
}

function withYear(prose: string, parts: DateParts): void {
  const year = readYear(prose, parts.end);
  if (!year) return;
  parts.year = year.year;
  parts.yearSpan = year.span;
  parts.end = year.end;
}

/**
 * What DAY_BEFORE needs of the text before a month word: white space right before it and a digit
 * in the window. Why: most month words have no day before them, and this spares them a slice and
 * a Unicode pattern.
 */
export function mayEndInDay(prose: string, windowStart: number, at: number): boolean {
  if (at === 0 || !isSpaceCode(prose.charCodeAt(at - 1))) return false;
  for (let i = at - 2; i >= windowStart; i--) if (isAsciiDigit(prose.charCodeAt(i))) return true;
  return false;
}

/** Dates around a month word: "15 March", "March 15", "Mar. 15, 2005", "February 2022". */
function readAroundMonth(prose: string, at: number, word: string): DateParts | undefined {
  const month = monthNumber(word);
  if (month === undefined) return undefined;
  const windowStart = Math.max(0, at - 12);
  const before = mayEndInDay(prose, windowStart, at) ? DAY_BEFORE.exec(prose.slice(windowStart, at)) : null;
  if (before?.indices?.[1]) {
    const fromDay = readDateAt(prose, windowStart + before.indices[1][0]);
    if (fromDay && fromDay.monthSpan.start === at) return fromDay;
  }
  const forward = readDateAt(prose, at);
  if (forward) return forward;
  // Month and year only ("February 2022", "Sept. 2001"): abbreviations need their dot.
  const dot = prose[at + word.length] === '.' ? 1 : 0;
  if (word.length < 3 || (word.length === 3 && word.toLowerCase() !== 'may' && !dot)) return undefined;
  const year = readYear(prose, at + word.length + dot);
  if (!year || prose.slice(at + word.length + dot, year.span.start).includes(',')) return undefined;
  return { start: at, end: year.end, month, year: year.year, yearSpan: year.span, monthSpan: { start: at, end: at + word.length + dot } };
}

function toMention(parts: DateParts): DateMention {
  const mention: DateMention = { start: parts.start, end: parts.end, text: '', month: parts.month, yearImplied: false, sentence: -1, monthSpan: parts.monthSpan };
  if (parts.day !== undefined) mention.day = parts.day;
  if (parts.year !== undefined) mention.year = parts.year;
  if (parts.order) mention.order = parts.order;
  if (parts.daySpan) mention.daySpan = parts.daySpan;
  if (parts.yearSpan) mention.yearSpan = parts.yearSpan;
  if (parts.ordinalSuffix) mention.ordinalSuffix = parts.ordinalSuffix;
  return mention;
}

/** "…, a Tuesday" after a date. */
function readWeekdayAfter(prose: string, mention: DateMention): void {
  WEEKDAY_AFTER_DATE.lastIndex = mention.end;
  const m = WEEKDAY_AFTER_DATE.exec(prose);
  if (!m || !isCapitalised(m[1])) return;
  const weekday = WEEKDAY_NUMBERS.get(m[1].toLowerCase());
  if (weekday === undefined || (m[1].length <= 5 && !m[2] && !/day$/i.test(m[1]))) return;
  const dot = m[2] && !/day$/i.test(m[1]) ? 1 : 0;
  const start = mention.end + m[0].length - m[1].length - m[2].length;
  mention.weekday = weekday;
  mention.weekdaySpan = { start, end: start + m[1].length + dot };
  mention.end = mention.weekdaySpan.end;
}

/** A weekday word is trusted spelt out, or abbreviated with its dot ("Tue."). */
function weekdayFrom(prose: string, at: number, word: string): { weekday: number; end: number } | undefined {
  if (!isCapitalised(word)) return undefined;
  const weekday = WEEKDAY_NUMBERS.get(word.toLowerCase());
  if (weekday === undefined) return undefined;
  const full = /day$/i.test(word);
  const dot = prose[at + word.length] === '.';
  if (!full && !dot) return undefined;
  return { weekday, end: at + word.length + (full ? 0 : 1) };
}

function readAroundWeekday(prose: string, at: number, word: string): DateMention | undefined {
  const found = weekdayFrom(prose, at, word);
  if (!found) return undefined;
  WEEKDAY_TO_DATE.lastIndex = found.end;
  const gap = WEEKDAY_TO_DATE.exec(prose);
  // "Monday to Wednesday, March 3-5": the date belongs to the range, not to its last day.
  const endsRange = WEEKDAY_RANGE_BEFORE.test(prose.slice(Math.max(0, at - 24), at));
  const parts = gap && !endsRange ? readDateAt(prose, found.end + gap[0].length) : undefined;
  let mention: DateMention;
  if (parts) {
    mention = toMention(parts);
    mention.start = at;
  } else {
    if (HOLIDAY_PREFIX.test(prose.slice(Math.max(0, at - 10), at))) return undefined;
    CAPITALISED_NEXT.lastIndex = found.end;
    if (CAPITALISED_NEXT.test(prose)) return undefined; // "Sunday Times", "Monday Night Football"
    mention = { start: at, end: found.end, text: '', yearImplied: false, sentence: -1 };
  }
  mention.weekday = found.weekday;
  mention.weekdaySpan = { start: at, end: found.end };
  const relative = RELATIVE_BEFORE_WEEKDAY.exec(prose.slice(Math.max(0, at - 9), at));
  if (relative) {
    const start = at - relative[0].length + relative[0].lastIndexOf(relative[1]);
    mention.relative = relative[1].toLowerCase();
    mention.relativeSpan = { start, end: start + relative[1].length };
    mention.start = start;
  }
  return mention;
}

/** "yesterday", "last week", "next month", with an explicit weekday or date attached: "yesterday (Monday)", "next week, on 1 March". */
function readRelative(prose: string, at: number, word: string): DateMention | undefined {
  const relative = word.toLowerCase().replace(/\s+/, ' ');
  if (relative === 'next night' || relative === 'this night') return undefined;
  const end = at + word.length;
  const mention: DateMention = { start: at, end, text: '', yearImplied: false, sentence: -1, relative, relativeSpan: { start: at, end } };
  ATTACH.lastIndex = end;
  const gap = ATTACH.exec(prose);
  if (!gap) return mention;
  const paren = gap[0].includes('(');
  let cursor = end + gap[0].length;
  WEEKDAY_WORD.lastIndex = cursor;
  const weekdayMatch = WEEKDAY_WORD.exec(prose);
  const weekday = weekdayMatch ? weekdayFrom(prose, cursor, weekdayMatch[1]) : undefined;
  if (weekday) {
    mention.weekday = weekday.weekday;
    mention.weekdaySpan = { start: cursor, end: weekday.end };
    mention.end = weekday.end;
    WEEKDAY_TO_DATE.lastIndex = weekday.end;
    const toDate = WEEKDAY_TO_DATE.exec(prose);
    cursor = toDate ? weekday.end + toDate[0].length : weekday.end;
  }
  const parts = readDateAt(prose, cursor);
  if (parts) {
    Object.assign(mention, { ...toMention(parts), start: at, relative, relativeSpan: mention.relativeSpan, weekday: mention.weekday, weekdaySpan: mention.weekdaySpan });
    if (mention.weekday === undefined) {
      delete mention.weekday;
      delete mention.weekdaySpan;
    }
  }
  if (paren && mention.end > end && prose[mention.end] === ')') mention.end++;
  return mention;
}

/** The year nearest the reference date, for dates written without one. */
export function nearestYear(month: number, day: number, reference: { year: number; month: number; day: number }): number {
  const ref = dayNumber(reference.year, reference.month, reference.day);
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(dayNumber(year, month, Math.min(day, daysInMonth(year, month))) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Finds the dates written in the prose, with exact spans of their parts, resolving
 * a missing year from the reference date. Owned by the date family.
 */
export function findDates(model: TextModel): DateMention[] {
  const { prose, sentences, referenceDate, dateline } = model;
  const mentions: DateMention[] = [];
  let consumed = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(prose); m; m = TOKEN.exec(prose)) {
    const at = m.index;
    if (at < consumed) continue;
    let mention: DateMention | undefined;
    if (m[1]) {
      const parts = readAroundMonth(prose, at, m[1]);
      if (parts) {
        mention = toMention(parts);
        readWeekdayAfter(prose, mention);
      }
    } else if (m[2]) mention = readAroundWeekday(prose, at, m[2]);
    else if (m[3]) mention = readRelative(prose, at, m[3]);
    if (!mention) continue;
    // A day-month date found from its month word may start before tokens already passed.
    while (mentions.length > 0 && mentions[mentions.length - 1].end > mention.start) mentions.pop();
    mention.text = prose.slice(mention.start, mention.end);
    mention.sentence = spanIndexAt(sentences, mention.start);
    if (mention.month !== undefined && mention.day !== undefined && mention.year === undefined && referenceDate) {
      mention.year = nearestYear(mention.month, mention.day, referenceDate);
      mention.yearImplied = true;
    }
    if (dateline && mention.start >= dateline.start && mention.end <= dateline.end) mention.inDateline = true;
    mentions.push(mention);
    consumed = mention.end;
    TOKEN.lastIndex = Math.max(TOKEN.lastIndex, mention.end);
  }
  return mentions;
}

const DATELINE_PLACE = /[ \t]*(\p{Lu}[\p{Lu}.'’\- ]*\p{Lu}\.?)(?=[,(\s])/uy;
const DATELINE_REGION = /,\s+(\p{Lu}[\p{L}.'’\- ]{0,30}?)(?=\s*[,(—–-])/uy;
const DATELINE_DATE_GAP = /,\s+/y;
const DATELINE_AGENCY = /\s*\(([\p{L}&.' ]{1,30})\)/uy;
const DATELINE_DASH = /\s*(?:—|–|--|-)\s+/y;
const DATELINE_SEARCH_PARAGRAPHS = 4;

/** Finds a dateline ("WASHINGTON, March 3 (Reuters) —") at the top of the draft. Owned by the date family. */
export function findDateline(model: TextModel): Dateline | undefined {
  const { prose, paragraphs, headline } = model;
  for (const paragraph of paragraphs.slice(0, DATELINE_SEARCH_PARAGRAPHS)) {
    if (headline && paragraph.start === headline.start) continue;
    const dateline = readDateline(prose, paragraph.start, paragraph.end);
    if (dateline) return dateline;
  }
  return undefined;
}

function readDateline(prose: string, start: number, limit: number): Dateline | undefined {
  DATELINE_PLACE.lastIndex = start;
  const place = DATELINE_PLACE.exec(prose);
  // DATELINE_PLACE's place starts and ends with a capital: it always has the two a place needs.
  if (!place) return undefined;
  let cursor = start + place[0].length;
  let date: Dateline['date'];
  for (let part = 0; part < 3 && !date; part++) {
    DATELINE_DATE_GAP.lastIndex = cursor;
    const gap = DATELINE_DATE_GAP.exec(prose);
    const parts = gap ? readDateAt(prose, cursor + gap[0].length) : undefined;
    if (parts && parts.day !== undefined) {
      date = { month: parts.month, day: parts.day };
      if (parts.year !== undefined) date.year = parts.year;
      cursor = parts.end;
      break;
    }
    DATELINE_REGION.lastIndex = cursor;
    const region = DATELINE_REGION.exec(prose);
    if (!region) break;
    cursor += region[0].length;
  }
  DATELINE_AGENCY.lastIndex = cursor;
  const agency = DATELINE_AGENCY.exec(prose);
  if (agency) cursor += agency[0].length;
  DATELINE_DASH.lastIndex = cursor;
  const dash = DATELINE_DASH.exec(prose);
  if (!dash || cursor + dash[0].length >= limit) return undefined;
  if (!agency && !date && place[1].length < 3) return undefined;
  const end = cursor + dash[0].trimEnd().length;
  // Built key by key, not spread: the spread was a fifth of readDateline's own time (--cpu-prof line ticks).
  const dateline: Dateline = { start: start + place[0].length - place[1].length, end, place: place[1].trim() };
  if (date) dateline.date = date;
  return dateline;
}
