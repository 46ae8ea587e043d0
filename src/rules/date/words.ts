import { AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, dayNumber, formatDate, ordinal, type CalendarDate } from '../../engine/model/calendar';
import type { DateMention, ReferenceDate, TextModel } from '../../engine/model/types';
import type { TextEdit } from '../../engine/types';

/** Writes `name` the way `original` was written: all capitals, or lower case. */
function matchCase(original: string, name: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return name.toUpperCase();
  if (original[0] === original[0].toLowerCase()) return name.toLowerCase();
  return name;
}

const isShortForm = (word: string) => word.replace(/\.$/, '').length <= 4 && !/^(?:may|june|july)\.?$/i.test(word);

/** A weekday written in the style of the one it replaces ("Tue." for "Mon.", "Tuesday" for "Monday"). */
export function weekdayLike(original: string, weekday: number): string {
  if (!isShortForm(original)) return matchCase(original, WEEKDAY_NAMES[weekday]);
  const short = WEEKDAY_ABBREVIATIONS[weekday];
  return matchCase(original, original.endsWith('.') ? short : short.slice(0, -1));
}

export function monthLike(original: string, month: number): string {
  if (!isShortForm(original)) return matchCase(original, MONTH_NAMES[month - 1]);
  if (original.endsWith('.')) return matchCase(original, AP_MONTH_ABBREVIATIONS[month - 1]);
  return matchCase(original, MONTH_NAMES[month - 1].slice(0, 3));
}

/** A full date of a mention, when it has one (year written or taken from the story date). */
export function fullDate(mention: DateMention): { year: number; month: number; day: number } | undefined {
  if (mention.year === undefined || mention.month === undefined || mention.day === undefined) return undefined;
  return { year: mention.year, month: mention.month, day: mention.day };
}

/** The mention's date written out in the draft's own order, e.g. "15 March 2005". */
export function describe(mention: DateMention, date: (Partial<CalendarDate> & { month: number }) | undefined = fullDate(mention)): string {
  if (!date) return mention.text;
  return formatDate(date, mention.order ?? 'day-month');
}

export function daysFromReference(date: { year: number; month: number; day: number }, reference: ReferenceDate): number {
  return dayNumber(date.year, date.month, date.day) - dayNumber(reference.year, reference.month, reference.day);
}

/** "the story's date (15 March 2025, from the dateline)". */
export function storyDate(reference: ReferenceDate, order: 'day-month' | 'month-day' = 'day-month'): string {
  const source = { 'front-matter': 'front matter', dateline: 'dateline', option: 'settings' }[reference.source];
  return `the story's date (${formatDate(reference, order)}, from the ${source})`;
}

/** Span of the date itself: day (with any "th"), month and year, without weekday or relative words. */
export function dateSpan(mention: DateMention): { start: number; end: number } {
  const parts = [mention.daySpan, mention.ordinalSuffix, mention.monthSpan, mention.yearSpan].filter((s) => s !== undefined);
  if (parts.length === 0) return { start: mention.start, end: mention.end };
  return { start: Math.min(...parts.map((s) => s.start)), end: Math.max(...parts.map((s) => s.end)) };
}

/** The order the draft writes its dates in (its first full date), for dates the rules write themselves. */
export function draftOrder(model: TextModel): 'day-month' | 'month-day' {
  return model.dates.find((d) => d.order)?.order ?? 'day-month';
}

/**
 * Edits that rewrite a mention's date as `to`, part by part in the draft's own style ("Oct. 21"
 * becomes "Oct. 14", "21st" becomes "14th"): day, month when it changes, year when written.
 */
export function dateEdits(text: string, mention: DateMention, from: CalendarDate, to: CalendarDate): TextEdit[] {
  const edits: TextEdit[] = [];
  if (mention.daySpan) edits.push({ ...mention.daySpan, text: String(to.day) });
  if (mention.ordinalSuffix) edits.push({ ...mention.ordinalSuffix, text: ordinal(to.day).slice(String(to.day).length) });
  if (to.month !== from.month && mention.monthSpan) edits.push({ ...mention.monthSpan, text: monthLike(text.slice(mention.monthSpan.start, mention.monthSpan.end), to.month) });
  if (to.year !== from.year && mention.yearSpan) edits.push({ ...mention.yearSpan, text: String(to.year) });
  return edits;
}

/** `date` written the way the mention writes its own: "Oct. 14" for "Oct. 21", "7 March" for "25 March". */
export function dateLike(text: string, mention: DateMention, date: CalendarDate): string {
  const month = mention.monthSpan ? monthLike(text.slice(mention.monthSpan.start, mention.monthSpan.end), date.month) : MONTH_NAMES[date.month - 1];
  const year = mention.yearSpan ? date.year : undefined;
  if ((mention.order ?? 'day-month') === 'month-day') return year === undefined ? `${month} ${date.day}` : `${month} ${date.day}, ${year}`;
  return year === undefined ? `${date.day} ${month}` : `${date.day} ${month} ${year}`;
}
