/**
 * Units of time in seconds, the unit of every duration on the site. A year
 * here is 365 days, as in the SRE book, and there are no months: months
 * differ in length (calendar.ts makes that choice explicit for its tables).
 *
 * Apart from duration.ts, which re-exports them, so that modules that only
 * need a unit (calendar.ts, format.ts) do not bring the duration parser and
 * its exact arithmetic into pages that never read a typed duration.
 */
export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_WEEK = 604_800;
/** 365 days, as in the SRE book; `y` in a typed duration means this. */
export const SECONDS_PER_YEAR = 31_536_000;
