/**
 * Durations as people write them in SLO work ("30d", "4w", "21.6m",
 * "1h30m", "43m 12s") and as pages show them: for reading ("43m 12s"),
 * for PromQL ("1m26s400ms"), for URLs ("1m26.4s") and for `<time datetime>`
 * ("PT1M26.4S").
 *
 * Everything is in seconds. A year here is 365 days and there are no months:
 * months differ in length, so a window is written in days (see calendar.ts
 * for the per-period tables, where the convention is chosen explicitly).
 */
import { fail, ok, type FieldResult } from './field';
import {
  addRatios,
  multiplyRatios,
  ratio,
  ratioFromDecimalText,
  ratioFromNumber,
  ratioToDecimalText,
  ratioToNumber,
  subtractRatios,
  ZERO,
  type Ratio,
} from './ratio';

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_WEEK = 604_800;
/** 365 days, as in the SRE book; `y` in a typed duration means this. */
export const SECONDS_PER_YEAR = 31_536_000;

type Unit = 'y' | 'w' | 'd' | 'h' | 'm' | 's' | 'ms';

// Milliseconds as a decimal (read exactly, as 1/1000) so "86.4s" and "1m26s400ms" stay exact.
const UNIT_SECONDS: Record<Unit, number> = {
  y: SECONDS_PER_YEAR,
  w: SECONDS_PER_WEEK,
  d: SECONDS_PER_DAY,
  h: SECONDS_PER_HOUR,
  m: SECONDS_PER_MINUTE,
  s: 1,
  ms: 0.001,
};

// The unit words accepted, in lower case: y yr yrs year years, w wk wks week weeks, d day days,
// h hr hrs hour hours, m min mins minute minutes, s sec secs second seconds, ms millisecond milliseconds.
// A pattern rather than a table of every word, because it ships to the browser.
const UNIT_WORD = /^(?:y(?:rs?|ears?)?|w(?:ks?|eeks?)?|d(?:ays?)?|h(?:rs?|ours?)?|m(?:ins?|inutes?)?|s(?:ecs?|econds?)?|ms|milliseconds?)$/;
const MONTH_WORD = /^(?:mon?|months?|q|quarters?)$/;

// One "<number><unit>" part; the number may use a decimal point or comma.
const PART = /\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*([a-zA-Zµ]*)\s*/y;
const MAX_TEXT_LENGTH = 64;

const EXAMPLES = 'like 30d, 4w, 6h, 21.6m or 1h30m';

/**
 * Parses a duration to seconds. Accepts decimals ("21.6m") and compounds
 * ("1h30m", "43m 12s"); rejects bare numbers, because "30" could be
 * minutes or days.
 */
export function parseDurationSeconds(raw: string, label = 'Duration'): FieldResult<number> {
  const text = raw.trim();
  if (text === '') return fail(`Enter a value for ${label}, ${EXAMPLES}.`);
  if (text.length > MAX_TEXT_LENGTH) return fail(`${label} is too long to be a duration; write it ${EXAMPLES}.`);
  if (text.startsWith('-') || text.startsWith('\u2212')) return fail(`${label} can't be negative.`);
  // Zero needs no unit: it is the same length in all of them.
  if (/^0+(?:[.,]0*)?$/.test(text)) return ok(0);
  let total: Ratio = ZERO;
  const seen = new Set<Unit>();
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const match = PART.exec(text);
    if (!match) return fail(`${label} must be a duration, ${EXAMPLES}.`);
    const [, numberText = '', unitText = ''] = match;
    if (unitText === '') {
      return fail(`Add a unit to ${label}: "${numberText}" could be minutes or days. Write it ${EXAMPLES}.`);
    }
    if (unitText === 'M') return fail(`In ${label}, "M" could mean months or minutes: write m for minutes, or the months in days (30d).`);
    const lower = unitText.toLowerCase();
    if (MONTH_WORD.test(lower)) {
      return fail(`Months and quarters differ in length, so write ${label} in days, like 30d or 90d.`);
    }
    if (!UNIT_WORD.test(lower)) return fail(`${label}: "${unitText}" is not a unit. Use s, m, h, d, w or y, ${EXAMPLES}.`);
    // Every word starts with its unit's symbol, except the milliseconds among the m words.
    const unit = (/^m(?:s|il)/.test(lower) ? 'ms' : lower[0]) as Unit;
    if (seen.has(unit)) return fail(`${label} uses "${unit}" twice; write each unit once, like 1h30m.`);
    seen.add(unit);
    const amount = ratioFromDecimalText(numberText.replace(',', '.'));
    if (amount === null || at === PART.lastIndex) return fail(`${label} must be a duration, ${EXAMPLES}.`);
    total = addRatios(total, multiplyRatios(amount, ratioFromNumber(UNIT_SECONDS[unit])));
  }
  const seconds = ratioToNumber(total);
  if (!Number.isFinite(seconds)) return fail(`${label} is too large.`);
  return ok(seconds);
}

export interface DurationRule {
  label: string;
  minSeconds?: number;
  maxSeconds?: number;
  /** When true, `minSeconds` itself is not allowed (an elapsed time of 0). */
  minExclusive?: boolean;
}

/** parseDurationSeconds plus a range, with the bounds written as durations. */
export function parseDurationField(raw: string, rule: DurationRule): FieldResult<number> {
  const { label, minSeconds, maxSeconds, minExclusive } = rule;
  const parsed = parseDurationSeconds(raw, label);
  if (!parsed.ok) return parsed;
  const seconds = parsed.value;
  if (minSeconds !== undefined && (minExclusive ? seconds <= minSeconds : seconds < minSeconds)) {
    return fail(
      minExclusive && minSeconds === 0
        ? `${label} must be more than 0.`
        : `${label} must be ${minExclusive ? 'more than' : 'at least'} ${formatDurationHuman(minSeconds)}.`,
    );
  }
  if (maxSeconds !== undefined && seconds > maxSeconds) {
    return fail(`${label} must be at most ${formatDurationHuman(maxSeconds)}.`);
  }
  return ok(seconds);
}

// Days, hours, minutes and seconds, largest first; their symbols are "dhms".
const CLOCK = [SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, 1];

/** Up to `significantDigits`, without exponent notation or trailing zeros. */
function significant(value: number, significantDigits: number): string {
  const decimals = Math.max(0, significantDigits - 1 - Math.floor(Math.log10(value)));
  return trimZeros(value.toFixed(Math.min(decimals, 100)));
}

const trimZeros = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

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
    const ms = significant(seconds * 1000, 3);
    if (Number(ms) < 1000) return `${ms}ms`;
  }
  if (seconds < 60) {
    const s = significant(seconds, 3);
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
      if (s > 0) parts.push(`${trimZeros(s.toFixed(1))}s`);
    } else if (count > 0) {
      parts.push(`${count}${'dhm'[i]}`);
    }
  });
  return parts.join(' ');
}

/** How many of each size fit in `value`, largest first, then what is left: split(90, [60]) is [1, 30]. */
function split(value: number, sizes: readonly number[]): number[] {
  const counts = sizes.map((size) => {
    const n = Math.floor(value / size);
    value -= n * size;
    return n;
  });
  return [...counts, value];
}

/** Non-zero counts with their unit symbols, run together: [1, 0, 30] and ["h", "m", "s"] give "1h30s". */
const unitText = (counts: readonly (number | string)[], symbols: readonly string[]): string =>
  counts.map((n, i) => (n ? `${n}${symbols[i]}` : '')).join('');

/** Days, hours, minutes, seconds and milliseconds of a duration rounded to 1 ms. */
export const splitMilliseconds = (seconds: number): number[] =>
  split(Math.round(Math.max(0, seconds) * 1000), CLOCK.map((size) => size * 1000));

/**
 * Lossless and still readable, for URLs: "30d", "1h30m", "1m26.4s",
 * "0.00007s". Whole days, hours and minutes, then the exact decimal
 * seconds, so parseDurationSeconds gives back the very same number.
 */
export function formatDurationExact(seconds: number): string {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return '0s';
  const exact = ratioFromNumber(seconds);
  const wholeMinutes = exact.num / exact.den / 60n;
  // The denominator is 2^a·5^b, which needs max(a, b) decimals: at most log2(den) < 4 per digit.
  const s = ratioToDecimalText(subtractRatios(exact, ratio(wholeMinutes * 60n)), exact.den.toString().length * 4);
  return `${unitText(split(Number(wholeMinutes) * 60, CLOCK.slice(0, 3)), ['d', 'h', 'm'])}${s !== '0' ? `${s}s` : ''}`;
}

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
