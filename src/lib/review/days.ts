/**
 * Calendar days as whole numbers, in the learner's own zone: day 0 is
 * 1 January 1970, day 20791 is 4 December 2026. A review falls due on a
 * calendar day, not after so many hours, so the schedule counts whole days:
 * an answer's day comes from its instant and the UTC offset recorded with
 * it (log.ts), and "today" from the clock and the browser's offset now. No
 * arithmetic ever goes through local midnights, so daylight-saving changes
 * and travel cannot shift a due date by one.
 */

const MS_PER_DAY = 86_400_000;

/** The calendar day of an instant where the UTC offset is `offsetMinutes` (east): localDay(Date.parse('2026-12-03T23:30:00Z'), 60) → 20791 (4 December). */
export const localDay = (at: number, offsetMinutes: number): number => Math.floor((at + offsetMinutes * 60_000) / MS_PER_DAY);

/** Today in the browser's zone. */
export const today = (now: Date): number => localDay(now.getTime(), -now.getTimezoneOffset());

/** The day as an ISO date, "2026-12-04", e.g. for <time datetime>. */
export const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']; // 1 January 1970 was a Thursday
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day's name: weekday(20791) → "Friday". */
export const weekday = (day: number): string => WEEKDAYS[((day % 7) + 7) % 7] ?? '';

/**
 * A day as a learner reads it, seen from `from`: "today", "tomorrow", a
 * weekday within the coming week ("Thursday"), else "Thursday 4 December"
 * (with the year when it is another year than `from`'s).
 */
export function dayName(day: number, from: number): string {
  if (day <= from) return 'today';
  if (day === from + 1) return 'tomorrow';
  if (day < from + 7) return weekday(day);
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear() === new Date(from * MS_PER_DAY).getUTCFullYear() ? '' : ` ${date.getUTCFullYear()}`;
  return `${weekday(day)} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year}`;
}
