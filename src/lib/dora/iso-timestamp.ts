/**
 * Strict ISO 8601 date-times for CSV files, parsed by hand so that impossible
 * dates ("2024-02-30") are refused the same way in every browser, a timestamp
 * without an offset does not silently depend on the reader's time zone (it is
 * read as UTC), and 50,000 rows parse in milliseconds rather than a regex's
 * hundreds.
 *
 * Accepted: 2024-05-06T14:05, with optional :ss and a fraction (. or ,), then
 * optionally Z, ±hh:mm or ±hhmm. A space or lower-case t may replace the T.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by `count` digits at `start`, or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const d = text.charCodeAt(i) - 48;
    // Written this way round so NaN (reading past the end) is refused too.
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

const charAt = (text: string, i: number) => text.charCodeAt(i);
const DASH = 45;
const COLON = 58;
const T_UPPER = 84;
const T_LOWER = 116;
const SPACE = 32;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;

/** Milliseconds since the epoch, or null when the text is not a valid ISO 8601 date-time. */
export function isoTimestampMs(raw: string): number | null {
  const text = raw.trim();
  const n = text.length;
  if (n < 16 || charAt(text, 4) !== DASH || charAt(text, 7) !== DASH || charAt(text, 13) !== COLON) return null;
  const sep = charAt(text, 10);
  if (sep !== T_UPPER && sep !== T_LOWER && sep !== SPACE) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  // Four-digit years only; no deployment is older than the year 1000.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return null;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return null;

  let i = 16;
  let second = 0;
  let fractionMs = 0;
  if (i < n && charAt(text, i) === COLON) {
    second = digitsAt(text, i + 1, 2);
    if (second < 0 || second > 59) return null;
    i += 3;
    const c = charAt(text, i);
    if (i < n && (c === DOT || c === COMMA)) {
      const start = i + 1;
      let scale = 100;
      i = start;
      while (i < n && i - start < 9) {
        const d = charAt(text, i) - 48;
        if (!(d >= 0 && d <= 9)) break;
        fractionMs += d * scale;
        scale /= 10;
        i += 1;
      }
      if (i === start) return null;
      fractionMs = Math.floor(fractionMs);
    }
  }

  let offsetMinutes = 0;
  if (i < n) {
    const c = charAt(text, i);
    if ((c === 90 || c === 122) && i + 1 === n) {
      // Z or z
    } else if (c === PLUS || c === DASH) {
      const offsetHours = digitsAt(text, i + 1, 2);
      const colon = charAt(text, i + 3) === COLON ? 1 : 0;
      const offsetMins = digitsAt(text, i + 3 + colon, 2);
      if (i + 5 + colon !== n || offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) return null;
      offsetMinutes = (c === DASH ? -1 : 1) * (offsetHours * 60 + offsetMins);
    } else {
      return null;
    }
  }
  const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes;
  return minutes * 60_000 + second * 1000 + fractionMs;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date: Howard Hinnant's
 * days_from_civil, plain integer arithmetic, several times faster than Date.UTC.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
