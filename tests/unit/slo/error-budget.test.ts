import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationHuman } from '../../../src/lib/duration';
import { budgetPerPeriod } from '../../../src/lib/slo/calendar';
import {
  allowedBadSeconds,
  allowedFailedRequests,
  MAX_WINDOW_SECONDS,
  MIN_WINDOW_SECONDS,
  parseRequestCountField,
  parseWindowField,
  wholeAllowedFailedRequests,
} from '../../../src/lib/slo/error-budget/error-budget';
import {
  parseAllowedBadTimeField,
  parseAllowedFailuresField,
  sloForAllowedBadTime,
  sloForAllowedFailures,
} from '../../../src/lib/slo/error-budget/reverse';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;
const slo999 = sloFromPercent('99.9');

describe('allowedBadSeconds', () => {
  it('99.9% over 30 days allows exactly 2592 s = 43m 12s, never 43m 11s (SRE book ch. 4; slo-math reference)', () => {
    expect(allowedBadSeconds(slo999, 30 * DAY)).toBe(2592);
    expect(formatDurationHuman(allowedBadSeconds(slo999, 30 * DAY))).toBe('43m 12s');
    // The trap the exact arithmetic avoids: a budget taken from the percentage in floating point.
    expect(Math.floor((2_592_000 * (100 - 99.9)) / 100)).toBe(2591);
  });

  it('99.9% allows 604.8 s per week, 86.4 s per day and 8h 45m 36s per 365 days (slo-math reference)', () => {
    expect(allowedBadSeconds(slo999, 7 * DAY)).toBe(604.8);
    expect(allowedBadSeconds(slo999, DAY)).toBe(86.4);
    expect(formatDurationHuman(allowedBadSeconds(slo999, 365 * DAY))).toBe('8h 45m 36s');
  });

  it('99.95% over 28 days allows exactly 1209.6 s (Workbook\'s 28-day window; slo-math reference)', () => {
    expect(allowedBadSeconds(sloFromPercent('99.95'), 28 * DAY)).toBe(1209.6);
  });
});

describe('budgetPerPeriod', () => {
  it('99.9% under the SRE book calendar: 1m 26.4s, 10m 4.8s, 43m 12s, 2h 9m 36s, 8h 45m 36s (SRE book Appendix A)', () => {
    expect(budgetPerPeriod(slo999, 'sre').map((p) => formatDurationHuman(p.allowedBadSeconds))).toEqual([
      '1m 26.4s',
      '10m 4.8s',
      '43m 12s',
      '2h 9m 36s',
      '8h 45m 36s',
    ]);
  });

  it('99.9% under the Gregorian calendar: a month of 43m 49.7s and a year of 31556.952 s (uptime.is convention)', () => {
    const table = budgetPerPeriod(slo999, 'gregorian');
    expect(table.map((p) => p.period)).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(table[2]!.allowedBadSeconds).toBe(2629.746);
    expect(formatDurationHuman(table[2]!.allowedBadSeconds)).toBe('43m 49.7s');
    expect(table[4]!.allowedBadSeconds).toBe(31_556.952);
  });
});

describe('allowed failed requests', () => {
  it('1,000,000 requests at 99.9% allow 1,000 errors (Workbook, Example Error Budget Policy)', () => {
    expect(allowedFailedRequests(slo999, 1_000_000)).toBe(1000);
  });

  it('keeps fractions exact and floors them for whole failures: 1,000 requests at 99.95% allow 0.5, so 0 whole', () => {
    expect(allowedFailedRequests(sloFromPercent('99.95'), 1000)).toBe(0.5);
    expect(wholeAllowedFailedRequests(sloFromPercent('99.95'), 1000)).toBe(0);
    expect(wholeAllowedFailedRequests(slo999, 999_999)).toBe(999);
  });
});

describe('reverse: allowed bad time or failures → SLO', () => {
  it('43m 12s of 30 days is 99.9%, and 1,000 failures in 1,000,000 is 99.9% (SRE book ch. 4 read backwards)', () => {
    expect(sloForAllowedBadTime(2592, 30 * DAY).percentText).toBe('99.9');
    expect(sloForAllowedFailures(1000, 1_000_000).percentText).toBe('99.9');
  });

  it('validates the reverse inputs', () => {
    expect(parseAllowedBadTimeField('31d', 30 * DAY)).toMatchObject({ ok: false, message: expect.stringContaining('SLO of 0%') });
    expect(parseAllowedBadTimeField('0s', 30 * DAY).ok).toBe(false);
    expect(parseAllowedFailuresField('1000', 1000)).toMatchObject({ ok: false, message: expect.stringContaining('SLO of 0%') });
    expect(parseAllowedFailuresField('0', 1000).ok).toBe(false);
  });

  it('property: bad time → SLO → bad time round-trips exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_WINDOW_SECONDS, max: MAX_WINDOW_SECONDS }), fc.double({ min: 0.000001, max: 0.999999, noNaN: true }), (window, share) => {
        const bad = Math.round(window * share * 1000) / 1000;
        fc.pre(bad > 0 && bad < window);
        expect(allowedBadSeconds(sloForAllowedBadTime(bad, window), window)).toBe(bad);
      }),
    );
  });

  it('property: via the displayed percentage (a number) the round trip holds to 1e-9 relative', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_WINDOW_SECONDS, max: MAX_WINDOW_SECONDS }), fc.integer({ min: 1, max: 1_000_000 }), (window, perMillion) => {
        const bad = (window * perMillion) / 1_000_001;
        const percent = sloForAllowedBadTime(bad, window).percent;
        expect(allowedBadSeconds(sloFromPercent(percent), window)).toBeCloseTo(bad, Math.max(0, 9 - Math.ceil(Math.log10(bad + 1))));
      }),
    );
  });
});

describe('window and request fields', () => {
  it('rejects absurd windows: under 1 minute or over 5 years', () => {
    expect(parseWindowField('30s')).toEqual({ ok: false, message: 'Window must be at least 1m.' });
    expect(parseWindowField('6y')).toEqual({ ok: false, message: 'Window must be at most 5 years (1825d).' });
    expect(parseWindowField('30d')).toEqual({ ok: true, value: 30 * DAY });
  });

  it('rejects request counts beyond Number.MAX_SAFE_INTEGER, fractions and negatives', () => {
    expect(parseRequestCountField('9007199254740993')).toMatchObject({ ok: false, message: expect.stringContaining('at most 9,007,199,254,740,991') });
    expect(parseRequestCountField('1,000,000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseRequestCountField('2.5')).toEqual({ ok: false, message: 'Requests must be a whole number.' });
    expect(parseRequestCountField('-1')).toEqual({ ok: false, message: 'Requests must be at least 0.' });
  });

  it('property: a higher SLO never allows more bad time (SRE book ch. 3: the budget shrinks as the target rises)', () => {
    const percent = fc.integer({ min: 1, max: 999_999_999 }).map((n) => n / 10_000_000);
    fc.assert(
      fc.property(percent, percent, fc.integer({ min: MIN_WINDOW_SECONDS, max: MAX_WINDOW_SECONDS }), (a, b, window) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(allowedBadSeconds(sloFromPercent(high), window)).toBeLessThanOrEqual(allowedBadSeconds(sloFromPercent(low), window));
      }),
    );
  });
});
