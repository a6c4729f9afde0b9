/**
 * The one formatting module for numbers, percentages and durations in
 * learner-facing text and in `<time datetime>`. (The lossless form of a
 * duration for URLs, formatDurationExact, stays beside its parser in
 * duration.ts: both need the exact arithmetic of ratio.ts, which pages that
 * only show durations should not load.)
 *
 * Two roundings, for two jobs: significant digits inside sentences and
 * messages, where the same sentence may carry 14.4 or 0.0139
 * (formatNumber, formatPercent, here); fixed decimals for results shown in
 * tables and summaries (roundedNumber, percentText, and the amounts that
 * never read as zero when they are not, in format-rounded.ts). The second
 * family lives in its own module because only the DORA and payback results
 * use it, and those load on demand: the module comes with them, never with
 * a page on load.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE } from './time-units';

/**
 * A number rounded to `keep(power)` digits, where power is the power of ten
 * of its first digit, with thousands separators and no trailing zeros: what
 * Intl.NumberFormat('en') writes with maximumSignificantDigits (keep is
 * constant) or maximumFractionDigits (keep is power + 1 + decimals). Like
 * ECMA-402 it rounds the shortest decimal that reads back as the number,
 * half away from zero (92694.65 is 92694.649999… in binary, and rounds up);
 * property tests hold both uses to Intl. Written out because making the
 * first Intl.NumberFormat loads locale data: 50–100 ms of main thread in
 * Chromium on this site's test machine, on every tool page as it hydrated.
 * A rounded zero is "0", never "-0".
 */
export function decimalText(value: number, keep: (power: number) => number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  // The shortest decimal for the number, as digits and a power of ten: 92694.65 → "9269465", 4.
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let power = Number(exponent);
  const kept = keep(power);
  if (digits.length > kept) {
    const up = kept >= 0 && digits.charCodeAt(kept) >= 53; // the first digit dropped is 5 or more
    digits = digits.slice(0, Math.max(kept, 0));
    if (up) {
      digits = String(Number(digits) + 1);
      if (digits.length > kept) power += 1; // 9995 → 1000 at 3 digits
    }
  }
  digits = digits.replace(/0+$/, '');
  if (digits === '') return '0';
  const whole = power < 0 ? '0' : digits.slice(0, power + 1).padEnd(power + 1, '0');
  const fraction = power < 0 ? '0'.repeat(-power - 1) + digits : digits.slice(power + 1);
  return (value < 0 ? '-' : '') + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** 14.4 → "14.4", 0.93333 → "0.9333", 1234567 → "1,235,000". */
export const formatNumber = (value: number, significantDigits = 4): string => decimalText(value, () => significantDigits);

/** A fraction as a percentage: 0.0139 → "1.39%". */
export function formatPercent(fraction: number, significantDigits = 3): string {
  return `${formatNumber(fraction * 100, significantDigits)}%`;
}

/** To a tenth at most: 26.43 → "26.4", 12.0 → "12". */
const roundedTenth = (value: number): string => decimalText(value, (power) => power + 2);

// Days, hours, minutes and seconds, largest first; their symbols are "dhms".
const CLOCK = [SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, 1];

export interface HumanDurationOptions {
  /** Show at most this many units, rounding to the last: 2 turns 2d 3h 4m into "2d 3h". */
  maxUnits?: number;
}

/**
 * For reading: "43m 12s", "8h 45m 36s", "2d 3h", "1m 26.4s", "8.64s", "864ms".
 * From a minute up, seconds are rounded to a tenth (budgets like 86.4 s
 * keep their decimal); below a minute, three significant digits.
 */
export function formatDurationHuman(seconds: number, options: HumanDurationOptions = {}): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds < 0) return `-${formatDurationHuman(-seconds, options)}`;
  if (seconds === 0) return '0s';
  if (seconds < 1) {
    const ms = formatNumber(seconds * 1000, 3);
    if (Number(ms) < 1000) return `${ms}ms`;
  }
  if (seconds < 60) {
    const s = formatNumber(seconds, 3);
    if (Number(s) < 60) return `${s}s`;
  }
  const maxUnits = Math.max(1, Math.floor(options.maxUnits ?? 4));
  const leading = (tenths: number) => CLOCK.findIndex((size) => tenths >= size * 10);
  // Round to the smallest unit shown (a tenth of a second by default), then split.
  let tenths = Math.round(seconds * 10);
  const lowest = Math.min(leading(tenths) + maxUnits - 1, 3);
  const step = lowest === 3 ? 1 : CLOCK[lowest]! * 10;
  tenths = Math.round(tenths / step) * step;
  const first = leading(tenths);
  const parts: string[] = [];
  CLOCK.forEach((size, i) => {
    const count = Math.floor(tenths / (size * 10));
    tenths -= count * size * 10;
    if (i < first || i > lowest) return;
    if (i === 3) {
      const s = count + tenths / 10;
      if (s > 0) parts.push(`${roundedTenth(s)}s`);
    } else if (count > 0) {
      parts.push(`${count}${'dhm'[i]}`);
    }
  });
  return parts.join(' ');
}

/** How many of each size fit in `value`, largest first, then what is left: splitUnits(90, [60]) is [1, 30]. */
export function splitUnits(value: number, sizes: readonly number[]): number[] {
  const counts = sizes.map((size) => {
    const n = Math.floor(value / size);
    value -= n * size;
    return n;
  });
  return [...counts, value];
}

/** Non-zero counts with their unit symbols, run together: [1, 0, 30] and ["h", "m", "s"] give "1h30s". */
export const unitText = (counts: readonly (number | string)[], symbols: readonly string[]): string =>
  counts.map((n, i) => (n ? `${n}${symbols[i]}` : '')).join('');

/** Days, hours, minutes, seconds and milliseconds of a duration rounded to 1 ms. */
export const splitMilliseconds = (seconds: number): number[] =>
  splitUnits(Math.round(Math.max(0, seconds) * 1000), CLOCK.map((size) => size * 1000));

/**
 * ISO 8601 duration for `<time datetime>`: "PT43M12S", "P2DT3H", "PT1M26.4S".
 * Days are the largest unit (months and years have no fixed length), or
 * hours with `largest: 'hour'` for work time, where 24 hours are not a day
 * ("PT390H"); seconds keep up to three decimals, as HTML duration strings
 * allow. Negative and non-finite values give "PT0S".
 */
export function formatDurationIso(seconds: number, { largest = 'day' }: { largest?: 'day' | 'hour' } = {}): string {
  const [days, hours, m, s, ms] = splitMilliseconds(Number.isFinite(seconds) ? seconds : 0) as [number, number, number, number, number];
  const [d, h] = largest === 'hour' ? [0, hours + days * 24] : [days, hours];
  const time = unitText([h, m, ms ? `${s}.${String(ms).padStart(3, '0').replace(/0+$/, '')}` : s], ['H', 'M', 'S']);
  if (!d && !time) return 'PT0S';
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}
