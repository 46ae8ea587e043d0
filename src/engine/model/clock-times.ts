import type { ClockTime } from './types';

/** A clock time with a.m./p.m. in any spelling; the prefilter is the digit and the letter m. */
const TIME = /(?<![\d:.,])(\d{1,2})(?::(\d{2}))?(\s*)([aApP])(\.?\s?)([mM])(?![\p{L}\d])(\.?)/gu;

/** Clock times written with a.m. or p.m. ("9am", "10:00 A.M.", "3 p.m."), hours 1-12 only. */
export function findClockTimes(prose: string): ClockTime[] {
  const times: ClockTime[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(prose); m; m = TIME.exec(prose)) {
    const [whole, hourText, minuteText, , letter, , , stop] = m;
    const hour = Number(hourText);
    const minute = minuteText === undefined ? undefined : Number(minuteText);
    if (hour < 1 || hour > 12 || (minute !== undefined && minute > 59)) continue;
    const time: ClockTime = { start: m.index, end: m.index + whole.length, hour, meridiem: letter === 'a' || letter === 'A' ? 'a' : 'p', endsWithStop: stop !== '' };
    if (minute !== undefined) time.minute = minute;
    times.push(time);
  }
  return times;
}
