/**
 * Calendar days as whole numbers, in the learner's own zone: day 0 is
 * 1 January 1970, day 20791 is 4 December 2026. A review falls due on a
 * calendar day, not after so many hours, so the schedule counts whole days:
 * an answer's day comes from its instant and the UTC offset recorded with
 * it (log.ts), and "today" from the clock and the browser's offset now. No
 * arithmetic ever goes through local midnights, so daylight-saving changes
 * and travel cannot shift a due date by one.
 */

export const MS_PER_DAY = 86_400_000;

/** The calendar day of an instant where the UTC offset is `offsetMinutes` (east): localDay(Date.parse('2026-12-03T23:30:00Z'), 60) → 20791 (4 December). */
export const localDay = (at: number, offsetMinutes: number): number => Math.floor((at + offsetMinutes * 60_000) / MS_PER_DAY);

/** Today in the browser's zone. */
export const today = (now: Date): number => localDay(now.getTime(), -now.getTimezoneOffset());
