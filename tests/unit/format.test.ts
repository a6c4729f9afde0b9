import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationHuman, formatDurationIso } from '../../src/lib/duration';
import { formatNumber } from '../../src/lib/format';
import { hoursText, niceTicks, percentText, roundedNumber, sharePercentText, weeksText } from '../../src/lib/format-rounded';

const isoDuration = (ms: number, largest: 'day' | 'hour' = 'day') => formatDurationIso(ms / 1000, { largest });
const humanDuration = (ms: number) => formatDurationHuman(ms / 1000, { maxUnits: 2 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('durations for <time datetime> (HTML valid duration strings), from milliseconds as the DORA tools measure them', () => {
  it('uses days as the largest unit by default: 21 h, 1 h 50 min, 6.4 days, half a second', () => {
    expect(isoDuration(21 * HOUR)).toBe('PT21H');
    expect(isoDuration(110 * 60_000)).toBe('PT1H50M');
    expect(isoDuration(6.4 * DAY)).toBe('P6DT9H36M');
    expect(isoDuration(500)).toBe('PT0.5S');
    expect(isoDuration(0)).toBe('PT0S');
  });

  it('keeps work time in hours: 390 hours is PT390H, 7.5 hours PT7H30M', () => {
    expect(isoDuration(390 * HOUR, 'hour')).toBe('PT390H');
    expect(isoDuration(7.5 * HOUR, 'hour')).toBe('PT7H30M');
  });

  it('never gives an invalid string (property)', () => {
    const valid = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?$/;
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e13, noNaN: true }), (ms) => {
        const text = isoDuration(ms);
        expect(text).toMatch(valid);
        expect(text).not.toMatch(/^PT?$/);
      }),
    );
  });
});

describe('durations for reading', () => {
  it('shows at most two units, rounded to the smaller (the lesson\'s worked example: 21 hours, 1 hour 50 minutes)', () => {
    expect(humanDuration(21 * HOUR)).toBe('21h');
    expect(humanDuration(110 * 60_000)).toBe('1h 50m');
    expect(humanDuration(6.4 * DAY)).toBe('6d 10h');
    expect(humanDuration(45_000)).toBe('45s');
    expect(humanDuration(1_500)).toBe('1.5s');
  });

  it('carries a rounding into the larger unit: 23 h 59 min 50 s reads 1d', () => {
    expect(humanDuration(DAY - 10_000)).toBe('1d');
    expect(humanDuration(59_990)).toBe('1m');
  });

  it('gives "0s" for zero', () => {
    expect(humanDuration(0)).toBe('0s');
  });
});

describe('numbers in sentences: formatNumber, without Intl', () => {
  const intl = (value: number, digits: number) => new Intl.NumberFormat('en', { maximumSignificantDigits: digits }).format(value);
  const digits = fc.integer({ min: 1, max: 6 });

  it('writes what Intl.NumberFormat("en", { maximumSignificantDigits }) writes (ECMA-402 ToRawPrecision, rounding half away from zero)', () => {
    const decimals = fc.tuple(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => n / 10 ** k);
    // Halves at every scale, where the two ways to round differ: 92694.65 is 92694.649999… in binary, and rounds up.
    const ties = fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: -8, max: 8 })).map(([n, k]) => (n + 0.5) * 10 ** k);
    const doubles = fc.double({ min: 1e-12, max: 1e20, noNaN: true });
    for (const values of [decimals, ties, doubles, fc.integer({ min: 1, max: 1e15 })]) {
      fc.assert(
        fc.property(values, digits, (value, p) => {
          expect(formatNumber(value, p)).toBe(intl(value, p));
          expect(formatNumber(-value, p)).toBe(intl(-value, p));
        }),
        { numRuns: 5_000 },
      );
    }
  });

  it('roundedNumber writes what Intl.NumberFormat("en", { maximumFractionDigits }) writes, but 0 for "-0"', () => {
    const decimals = fc.tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => n / 10 ** k);
    const ties = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: -8, max: 8 })).map(([n, k]) => (n + 0.5) * 10 ** k);
    const intlFixed = (value: number, d: number) => new Intl.NumberFormat('en', { maximumFractionDigits: d }).format(value).replace(/^-0$/, '0');
    for (const values of [decimals, ties, fc.double({ min: 0, max: 1e15, noNaN: true })]) {
      fc.assert(
        fc.property(values, fc.integer({ min: 0, max: 4 }), (value, d) => {
          expect(roundedNumber(value, d)).toBe(intlFixed(value, d));
          expect(roundedNumber(-value, d)).toBe(intlFixed(-value, d));
        }),
        { numRuns: 5_000 },
      );
    }
  });

  it('the examples: 14.4, 0.9333, 1,235,000, a carry to the next power of ten, and zero', () => {
    expect(formatNumber(14.4)).toBe('14.4');
    expect(formatNumber(0.933333)).toBe('0.9333');
    expect(formatNumber(1_234_567)).toBe('1,235,000');
    expect(formatNumber(92_694.65, 6)).toBe('92,694.7');
    expect(formatNumber(9.9996)).toBe('10');
    expect(formatNumber(0.00099996, 3)).toBe('0.001');
    expect(formatNumber(0)).toBe('0');
    // Intl writes "-0"; a learner reads 0.
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.00001, 1)).toBe('-0.00001');
  });
});

describe('numbers for reading', () => {
  it('rounds, groups thousands and drops trailing zeros', () => {
    expect(roundedNumber(5.333)).toBe('5.3');
    expect(roundedNumber(390)).toBe('390');
    expect(roundedNumber(1234.56, 0)).toBe('1,235');
    expect(roundedNumber(-0.01)).toBe('0');
    expect(percentText(12.345)).toBe('12.3%');
  });
});

describe('chart axis ticks', () => {
  it('steps of 1, 2 or 5 × 10ⁿ from 0 past the maximum', () => {
    expect(niceTicks(390)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(52)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('always covers the maximum with at most about twice the asked count (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe('amounts for reading in the payback result', () => {
  it('hours agree with their number and never read as "0 hours" when something is saved', () => {
    expect(hoursText(1)).toBe('1 hour');
    expect(hoursText(0.96)).toBe('1 hour');
    expect(hoursText(12.5)).toBe('12.5 hours');
    expect(hoursText(1200)).toBe('1,200 hours');
    expect(hoursText(0.5)).toBe('30 minutes');
    expect(hoursText(1 / 60)).toBe('1 minute');
    expect(hoursText(0.1 / 60)).toBe('6 seconds');
    expect(hoursText(1e-6)).toBe('under a second');
    expect(hoursText(0)).toBe('0 hours');
  });

  it('weeks below one are told in days or hours', () => {
    expect(weeksText(1)).toBe('1 week');
    expect(weeksText(7.6923)).toBe('7.7 weeks');
    expect(weeksText(0.5)).toBe('3.5 days');
    expect(weeksText(1 / 7)).toBe('1 day');
    expect(weeksText(1 / 7 / 4)).toBe('6 hours');
    expect(weeksText(0)).toBe('0 weeks');
  });

  it('a share that is not zero never reads as 0%', () => {
    expect(sharePercentText(0)).toBe('0%');
    expect(sharePercentText(0.04)).toBe('under 0.1%');
    expect(sharePercentText(0.26)).toBe('0.3%');
    expect(sharePercentText(37.5)).toBe('38%');
  });

  it('no amount ever reads as zero, NaN or Infinity when it is positive (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e7, noNaN: true }), (x) => {
        for (const text of [hoursText(x), weeksText(x), sharePercentText(x)]) {
          expect(text).not.toMatch(/^0 |^0%|NaN|Infinity|undefined/);
          expect(text).not.toMatch(/^1 (hours|minutes|seconds|weeks|days)$/);
        }
      }),
    );
  });
});
