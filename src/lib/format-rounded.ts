/**
 * Fixed-decimal formats for results shown in tables and summaries: rounded
 * numbers and percentages, amounts of work and calendar time that never read
 * as zero when they are not, and round axis ticks. The significant-digit
 * formats for sentences, and durations, are in format.ts (which says why
 * these are apart).
 */
import { decimalText } from './format';
import { counted } from './plural';

/** Rounded to at most `decimals`, with thousands separators and no trailing zeros: 5.333 → "5.3", 1234 → "1,234"; a rounded zero is "0". */
export const roundedNumber = (value: number, decimals = 1): string => decimalText(value, (power) => power + 1 + decimals);

/** A percentage (0–100) for reading: 12.345 → "12.3%". */
export const percentText = (percent: number, decimals = 1): string => `${roundedNumber(percent, decimals)}%`;

/**
 * A percentage that never reads as 0% when it is not zero: "0.3%", "12%",
 * and "under 0.1%" for anything smaller. Whole numbers from 10% up.
 */
export function sharePercentText(percent: number): string {
  if (!(percent > 0)) return '0%';
  if (roundedNumber(percent, 1) === '0') return 'under 0.1%';
  return percentText(percent, percent < 10 ? 1 : 0);
}


/**
 * Hours of work for reading: "1 hour", "12.5 hours", "1,200 hours", and
 * minutes below an hour ("5 minutes", "30 seconds"), so a small saving never
 * reads as "0 hours".
 */
export function hoursText(hours: number): string {
  if (!(hours > 0) || !Number.isFinite(hours)) return '0 hours';
  // From 0.95 up, one decimal of an hour is exact enough ("1 hour"); below, minutes, then seconds.
  if (hours >= 0.95) return counted(roundedNumber(hours), 'hour', 'hours');
  const minutes = hours * 60;
  if (minutes >= 0.95) return counted(roundedNumber(minutes, minutes < 10 ? 1 : 0), 'minute', 'minutes');
  const seconds = minutes * 60;
  return seconds < 0.5 ? 'under a second' : counted(roundedNumber(seconds, 0), 'second', 'seconds');
}

/** Calendar weeks for reading: "1 week", "7.7 weeks", or days and hours below a week ("3.5 days", "6 hours"). */
export function weeksText(weeks: number): string {
  if (!(weeks > 0) || !Number.isFinite(weeks)) return '0 weeks';
  if (weeks >= 0.95) return counted(roundedNumber(weeks), 'week', 'weeks');
  const days = weeks * 7;
  if (days >= 0.95) return counted(roundedNumber(days), 'day', 'days');
  return hoursText(days * 24);
}

/**
 * Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, about
 * `count` of them. `niceTicks(390)` → [0, 100, 200, 300, 400].
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = 0; ticks.length === 0 || (ticks.at(-1) as number) < max; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

