/**
 * Durations as people write them in SLO work ("30d", "4w", "21.6m",
 * "1h30m", "43m 12s") and as pages show them: for reading ("43m 12s"),
 * for PromQL ("1m26s400ms"), for URLs ("1m26.4s") and for `<time datetime>`
 * ("PT1M26.4S").
 *
 * The formats for reading and for `<time datetime>` live in format.ts, and
 * the units in time-units.ts; both are re-exported here, beside the parser.
 * Code that only shows durations or needs a unit (the payback and DORA
 * results, the availability tool) imports them from there, and so does not
 * load the parser and its exact arithmetic.
 *
 * Everything is in seconds. A year here is 365 days and there are no months:
 * months differ in length, so a window is written in days (see calendar.ts
 * for the per-period tables, where the convention is chosen explicitly).
 */
import { fail, ok, type FieldResult } from './field';
import { formatDurationHuman, splitUnits, unitText } from './format';
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
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, SECONDS_PER_WEEK, SECONDS_PER_YEAR } from './time-units';

export { formatDurationHuman, formatDurationIso, splitMilliseconds, type HumanDurationOptions } from './format';

export { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, SECONDS_PER_WEEK, SECONDS_PER_YEAR } from './time-units';

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
  return `${unitText(splitUnits(Number(wholeMinutes) * 60, [SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE]), ['d', 'h', 'm'])}${s !== '0' ? `${s}s` : ''}`;
}
