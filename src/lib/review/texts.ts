/**
 * What the review page says about days and schedules. Only the review page
 * loads it: the due count on the home page and lessons index (dueText) is
 * in deck.ts, so those pages carry no day or month names.
 */
import { MS_PER_DAY } from './days';
import type { CardState } from './leitner';

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


/** The empty state: "Nothing is due. Next review: Thursday." (or tomorrow, or a date). */
export const nothingDueText = (nextDay: number | null, today: number): string =>
  nextDay === null ? 'Nothing is due.' : `Nothing is due. Next review: ${dayName(nextDay, today)}.`;

/** After an answer: "Next review: tomorrow." / "Next review: Saturday, in 2 days." */
export function scheduledText(state: CardState, today: number): string {
  const days = state.due - today;
  const when = dayName(state.due, today);
  return days <= 1 ? `Next review: ${when}.` : `Next review: ${when}, in ${days} days.`;
}
