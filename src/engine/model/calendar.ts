/**
 * Proleptic Gregorian calendar arithmetic on plain numbers. Kept free of `Date`
 * so that it is cheap, time-zone proof, and can be tested against the platform.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** Short forms copy writes for months (lower case): "Jan", "Jun", "Sept"; May has none of its own. */
export const MONTH_SHORT_FORMS: readonly string[] = [...MONTH_NAMES.filter((name) => name !== 'May').map((name) => name.slice(0, 3).toLowerCase()), 'sept'];
/** Every month word in lower case, full or short, with its number (1-12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1] as const),
  ['sept', 9],
]);
/** Regex source matching any month word as copy writes it, full or short ("Jan", "Sept", "September"), case as given. */
export const MONTH_PATTERN = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Short forms copy writes for weekdays (lower case), with their number (0 = Sunday). */
export const WEEKDAY_SHORT_FORMS: ReadonlyMap<string, number> = new Map([['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6]]);
/** Every weekday word in lower case, full or short, with its number (0 = Sunday). */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([...WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i] as const), ...WEEKDAY_SHORT_FORMS]);
/** AP abbreviations; March to July are never abbreviated, September is "Sept.". */
export const AP_MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
export const WEEKDAY_ABBREVIATIONS = ['Sun.', 'Mon.', 'Tue.', 'Wed.', 'Thu.', 'Fri.', 'Sat.'] as const;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before); Howard Hinnant's days_from_civil. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date.year, date.month, date.day) + days);
}

/** Whole months from `from` to `to` (to − from), ignoring days. */
export function monthsBetween(from: { year: number; month: number }, to: { year: number; month: number }): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "15 March 2005" (day-month) or "March 15, 2005" (month-day), as the draft writes them. */
export function formatDate(date: Partial<CalendarDate> & { month: number }, order: 'day-month' | 'month-day' = 'day-month'): string {
  const month = MONTH_NAMES[date.month - 1];
  if (date.day === undefined) return date.year === undefined ? month : `${month} ${date.year}`;
  if (order === 'month-day') return date.year === undefined ? `${month} ${date.day}` : `${month} ${date.day}, ${date.year}`;
  return date.year === undefined ? `${date.day} ${month}` : `${date.day} ${month} ${date.year}`;
}

/** The date a string starts with, written YYYY-MM-DD (a time may follow); undefined unless it is a real calendar day. */
export function isoDateAt(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export function toIso(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
