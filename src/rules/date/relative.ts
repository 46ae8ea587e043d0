import { MONTH_NAMES, WEEKDAY_NAMES, addDays, formatDate, isValidDate, weekdayOf, type CalendarDate } from '../../engine/model/calendar';
import type { DateMention, ReferenceDate, TextModel } from '../../engine/model/types';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Fix, Span } from '../../engine/types';
import { dateEdits, dateLike, dateSpan, daysFromReference, describe, draftOrder, fullDate, storyDate, weekdayLike } from './words';

const DAY_OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
/** Days from the story's date a relative phrase allows, inclusive. */
const WINDOWS: Record<string, [number, number]> = {
  last: [-13, -1], next: [1, 13], this: [-6, 6], coming: [1, 7],
  'last week': [-13, -1], 'next week': [1, 13], 'this week': [-6, 6],
  'last weekend': [-13, -1], 'next weekend': [1, 13], 'this weekend': [-6, 6],
  'last night': [-1, 0],
};
const FUTURE = new Set(['will', 'shall', "won't", 'wont']);
const FUTURE_BEFORE_TO = new Set(['due', 'scheduled', 'slated', 'set', 'expected', 'poised', 'planning', 'plans', 'plan']);
/** Words that end the reach of a "will" further back in the sentence. */
const CLAUSE_BREAK = new Set(['said', 'says', 'was', 'were', 'had', 'did', 'after', 'since', 'ago', 'when', 'which', 'who', 'that', 'but', 'and']);
const FUTURE_REACH = 8;
/** A date written without a year may be meant for next year once it is this far back. */
const IMPLIED_YEAR_SLACK = 31;
const AP_WEEK = 7;

const weekdayName = (n: number) => WEEKDAY_NAMES[n];

/** "will meet on 1 March": a future marker shortly before the date, in the same clause. */
function futureMarker(model: TextModel, mention: DateMention): Span | undefined {
  const sentence = model.sentences[mention.sentence];
  if (!sentence) return undefined;
  // Last word before the date, by binary search, so long sentences full of dates stay linear.
  let lo = sentence.wordStart;
  let hi = sentence.wordEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.words[mid].end <= mention.start) lo = mid + 1;
    else hi = mid;
  }
  for (let w = lo - 1; w >= sentence.wordStart && w >= lo - FUTURE_REACH; w--) {
    const word = model.words[w];
    const lower = word.text.toLowerCase().replace('’', "'");
    if (/[;:—–()]/.test(model.prose.slice(word.end, mention.start))) return undefined;
    if (CLAUSE_BREAK.has(lower)) return undefined;
    if (FUTURE.has(lower) || lower.endsWith("'ll")) return word;
    if (FUTURE_BEFORE_TO.has(lower) && model.words[w + 1]?.text.toLowerCase() === 'to') return word;
  }
  return undefined;
}

function checkRelative(context: RuleContext, mention: DateMention, reference: ReferenceDate): void {
  const relative = mention.relative;
  if (!relative) return;
  const order = mention.order ?? draftOrder(context.model);
  const story = storyDate(reference, order);
  const date = fullDate(mention);
  const span = { start: mention.start, end: mention.end };
  if (relative in DAY_OFFSETS) {
    const expected = addDays(reference, DAY_OFFSETS[relative]);
    const expectedWeekday = weekdayOf(expected.year, expected.month, expected.day);
    const expectedText = `${weekdayName(expectedWeekday)}, ${formatDate({ month: expected.month, day: expected.day }, order)}`;
    if (date && (date.month !== expected.month || date.day !== expected.day)) {
      context.report({ ...span, message: `"${relative}" is ${expectedText} by ${story}, not ${describe(mention, { month: date.month, day: date.day })}.` });
    } else if (mention.weekday !== undefined && mention.weekday !== expectedWeekday && mention.weekdaySpan) {
      const fix: Fix = { title: `Change the weekday to ${weekdayName(expectedWeekday)}`, edits: [{ ...mention.weekdaySpan, text: weekdayName(expectedWeekday) }] };
      context.report({ ...span, message: `"${relative}" is ${expectedText} by ${story}, not ${weekdayName(mention.weekday)}.`, fixes: [fix] });
    }
    return;
  }
  if (!date || !isValidDate(date.year, date.month, date.day)) return;
  const phrase = mention.relativeSpan ? context.model.text.slice(mention.relativeSpan.start, mention.weekdaySpan?.end ?? mention.relativeSpan.end) : relative;
  const days = daysFromReference(date, reference);
  const window = WINDOWS[relative];
  if (window) {
    if (days >= window[0] && days <= window[1]) return;
    if (mention.weekday !== undefined && mention.weekdaySpan && mention.relativeSpan && relative in NEAREST) {
      reportWeekdayPhrase(context, mention, date, reference);
      return;
    }
    const side = days < 0 ? 'before' : days > 0 ? 'after' : 'the same day as';
    const distance = days === 0 ? '' : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} `;
    context.report({ ...span, message: `"${phrase}" does not fit ${describe(mention)}, ${distance}${side} ${story}.` });
    return;
  }
  const [when, unit] = relative.split(' ');
  const step = when === 'last' ? -1 : when === 'next' ? 1 : 0;
  if (unit === 'month') {
    const target = (reference.year * 12 + reference.month - 1) + step;
    if (date.year * 12 + date.month - 1 !== target) {
      context.report({ ...span, message: `"${phrase}" is ${MONTH_NAMES[target % 12]} ${Math.floor(target / 12)} by ${story}, but the date is ${describe(mention)}.` });
    }
  } else if (unit === 'year' && !mention.yearImplied && date.year !== reference.year + step) {
    context.report({ ...span, message: `"${phrase}" is ${reference.year + step} by ${story}, but the date is ${describe(mention)}.` });
  }
}

/** The days, counted from the story's date, that "last/next/this <weekday>" names: exactly one of them. */
const NEAREST: Record<string, [number, number]> = { last: [-7, -1], next: [1, 7], this: [-3, 3] };

/**
 * "last Tuesday, Oct. 21" in a story dated Oct. 16: "last Tuesday" was Oct. 14. Either the date is
 * wrong (fix: the date "last Tuesday" names) or the phrase is (fix: the phrase that names the date
 * as written), as date/weekday-mismatch offers either the date or the weekday.
 */
function reportWeekdayPhrase(context: RuleContext, mention: DateMention, date: CalendarDate, reference: ReferenceDate): void {
  const { text } = context.model;
  const relativeSpan = mention.relativeSpan!;
  const weekdaySpan = mention.weekdaySpan!;
  const relative = mention.relative!;
  const [from] = NEAREST[relative];
  const offset = from + ((((mention.weekday! - weekdayOf(reference.year, reference.month, reference.day) - from) % 7) + 7) % 7);
  const meant = addDays(reference, offset);
  const phrase = text.slice(relativeSpan.start, weekdaySpan.end);
  const days = daysFromReference(date, reference);
  const written = dateLike(text, mention, date);
  const meantText = dateLike(text, mention, meant);
  const distance = days === 0 ? 'the same day as' : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
  const fixes: Fix[] = [{ title: `Change the date to ${meantText} (${phrase})`, edits: dateEdits(text, mention, date, meant) }];
  // The phrase for the date as written: its own weekday, "last"/"next" by side, or the weekday
  // alone when the date is too far away for either.
  const writtenWord = text.slice(relativeSpan.start, relativeSpan.end);
  const weekday = weekdayLike(text.slice(weekdaySpan.start, weekdaySpan.end), weekdayOf(date.year, date.month, date.day));
  const side = days < 0 && days >= -7 ? 'last' : days > 0 && days <= 7 ? 'next' : undefined;
  const word = side && (writtenWord[0] === writtenWord[0].toUpperCase() ? side[0].toUpperCase() + side.slice(1) : side);
  const rewritten = word ? `${word} ${weekday}` : writtenWord[0] === writtenWord[0].toUpperCase() ? weekday[0].toUpperCase() + weekday.slice(1) : weekday;
  if (rewritten !== phrase) fixes.push({ title: `Change "${phrase}" to "${rewritten}" (${written})`, edits: [{ start: relativeSpan.start, end: weekdaySpan.end, text: rewritten }] });
  context.report({
    start: mention.start,
    end: mention.end,
    message: `"${phrase}" was ${meantText} by ${storyDate(reference, mention.order)}, not ${written}, ${distance} it.`,
    fixes,
  });
}

function checkTense(context: RuleContext, mention: DateMention, reference: ReferenceDate): void {
  const date = fullDate(mention);
  if (!date || mention.relative || mention.inDateline || !isValidDate(date.year, date.month, date.day)) return;
  const days = daysFromReference(date, reference);
  if (days >= 0 || (mention.yearImplied && days < -IMPLIED_YEAR_SLACK)) return;
  const marker = futureMarker(context.model, mention);
  if (!marker) return;
  const word = context.model.text.slice(marker.start, marker.end);
  context.report({
    ...dateSpan(mention),
    message: `"${word}" looks ahead, but ${describe(mention)} is before ${storyDate(reference, mention.order)}.`,
    related: [{ ...marker, message: 'Future tense here' }],
  });
}

/** AP: the weekday alone within a week of the story's date, the date alone beyond it. */
function checkApUsage(context: RuleContext, mention: DateMention, reference: ReferenceDate): void {
  const { text } = context.model;
  if (mention.inDateline) return;
  const date = fullDate(mention);
  if (mention.relative && mention.weekdaySpan && mention.relativeSpan && !date && (mention.relative === 'last' || mention.relative === 'next')) {
    const weekday = text.slice(mention.weekdaySpan.start, mention.weekdaySpan.end);
    context.report({
      start: mention.start,
      end: mention.end,
      level: 'info',
      message: `AP style: "${weekday}" alone already means the nearest one; drop "${mention.relative}".`,
      fixes: [{ title: `Write "${weekday}"`, edits: [{ start: mention.relativeSpan.start, end: mention.weekdaySpan.start, text: '' }] }],
    });
    return;
  }
  if (!date || mention.relative || !isValidDate(date.year, date.month, date.day)) return;
  const days = daysFromReference(date, reference);
  const span = dateSpan(mention);
  const weekday = weekdayOf(date.year, date.month, date.day);
  if (Math.abs(days) <= AP_WEEK) {
    const start = Math.min(span.start, mention.weekdaySpan?.start ?? span.start);
    const end = Math.max(span.end, mention.weekdaySpan?.end ?? span.end);
    context.report({
      start,
      end,
      level: 'info',
      message: `AP style: ${describe(mention)} is within a week of ${storyDate(reference, mention.order)}; use the day of the week, ${weekdayName(weekday)}.`,
      fixes: [{ title: `Write "${weekdayName(weekday)}"`, edits: [{ start, end, text: weekdayName(weekday) }] }],
    });
  } else if (mention.weekdaySpan && mention.weekday === weekday) {
    const before = mention.weekdaySpan.start < span.start;
    const removal = before ? { start: mention.weekdaySpan.start, end: span.start } : { start: span.end, end: mention.weekdaySpan.end };
    context.report({
      ...mention.weekdaySpan,
      level: 'info',
      message: `AP style: ${describe(mention)} is more than a week from ${storyDate(reference, mention.order)}; give the date without the weekday.`,
      fixes: [{ title: 'Remove the weekday', edits: [{ ...removal, text: '' }] }],
    });
  }
}

export const relative = defineRule({
  meta: {
    id: 'date/relative',
    family: 'date',
    description: 'A relative date ("yesterday", "last Friday", "next week", "will meet on") that contradicts the story date or the date next to it.',
    rationale: 'Relative dates are written against the story date; when a draft is dated or filed late they silently go wrong.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check(context) {
    const reference = context.model.referenceDate;
    // Without the story's date there is nothing to compare with; the clock is no substitute.
    if (!reference) return;
    const ap = context.config.style === 'ap';
    for (const mention of context.model.dates) {
      checkRelative(context, mention, reference);
      checkTense(context, mention, reference);
      if (ap) checkApUsage(context, mention, reference);
    }
  },
});
