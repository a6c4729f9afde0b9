import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationCompact } from '../../src/lib/slo/burn-rate/duration-compact';
import {
  formatDurationExact,
  formatDurationHuman,
  formatDurationIso,
  parseDurationField,
  parseDurationSeconds,
} from '../../src/lib/duration';

const seconds = (text: string): number => {
  const parsed = parseDurationSeconds(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('parseDurationSeconds', () => {
  it('reads the SLO windows in common use: 30d (SRE book), 28d and 4w (Workbook), 90d, 1y', () => {
    expect(seconds('30d')).toBe(2_592_000);
    expect(seconds('28d')).toBe(2_419_200);
    expect(seconds('4w')).toBe(2_419_200);
    expect(seconds('90d')).toBe(7_776_000);
    expect(seconds('1y')).toBe(31_536_000);
  });

  it('reads alert windows and budgets: 6h, 5m, 45s, and 21.6m exactly (1296 s)', () => {
    expect(seconds('6h')).toBe(21_600);
    expect(seconds('5m')).toBe(300);
    expect(seconds('45s')).toBe(45);
    expect(seconds('21.6m')).toBe(1296);
    expect(seconds('21,6m')).toBe(1296);
    expect(seconds('250ms')).toBe(0.25);
  });

  it('reads compounds with or without spaces, and unit words', () => {
    expect(seconds('1h30m')).toBe(5400);
    expect(seconds('43m 12s')).toBe(2592);
    expect(seconds('8h 45m 36s')).toBe(31_536);
    expect(seconds('1m26s400ms')).toBe(86.4);
    expect(seconds('2 days 3 hours')).toBe(183_600);
    expect(seconds('1 Hour')).toBe(3600);
  });

  it('accepts every unit word it names, in any case, and nothing close to them (the words are matched by a pattern)', () => {
    const words: Record<string, number> = {
      y: 31_536_000, yr: 31_536_000, yrs: 31_536_000, year: 31_536_000, years: 31_536_000,
      w: 604_800, wk: 604_800, wks: 604_800, week: 604_800, weeks: 604_800,
      d: 86_400, day: 86_400, days: 86_400,
      h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
      m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
      s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
      ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
    };
    for (const [word, size] of Object.entries(words)) {
      expect(seconds(`2${word}`)).toBe(2 * size);
      expect(seconds(`2 ${word.toUpperCase() === 'M' ? word : word.toUpperCase()}`)).toBe(2 * size);
    }
    for (const word of ['yearz', 'ys', 'mi', 'minut', 'msec', 'msecs', 'hs', 'hourss', 'secondss', 'sek', 'dy', 'millis']) {
      expect(parseDurationSeconds(`2${word}`)).toMatchObject({ ok: false, message: expect.stringContaining('is not a unit') });
    }
    for (const word of ['mo', 'mon', 'month', 'months', 'q', 'quarter', 'quarters']) {
      expect(parseDurationSeconds(`2${word}`)).toMatchObject({ ok: false, message: expect.stringContaining('write Duration in days') });
    }
    expect(parseDurationSeconds('1m1min')).toMatchObject({ ok: false, message: expect.stringContaining('"m" twice') });
    expect(parseDurationSeconds('1ms1millisecond')).toMatchObject({ ok: false, message: expect.stringContaining('"ms" twice') });
    expect(seconds('1m1ms')).toBe(60.001);
  });

  it('takes a bare zero without a unit, since zero is zero in every unit', () => {
    for (const zero of ['0', '00', '0.0', '0,0']) expect(parseDurationSeconds(zero)).toEqual({ ok: true, value: 0 });
    expect(parseDurationField('0', { label: 'Long window', minSeconds: 0, minExclusive: true })).toEqual({ ok: false, message: 'Long window must be more than 0.' });
    expect(parseDurationSeconds('0.5')).toMatchObject({ ok: false, message: expect.stringContaining('could be minutes or days') });
  });

  it('explains what is wrong instead of guessing', () => {
    expect(parseDurationSeconds('')).toEqual({ ok: false, message: expect.stringContaining('Enter a value for Duration') });
    expect(parseDurationSeconds('30')).toEqual({ ok: false, message: expect.stringContaining('could be minutes or days') });
    expect(parseDurationSeconds('1 month')).toEqual({ ok: false, message: expect.stringContaining('write Duration in days') });
    expect(parseDurationSeconds('5M')).toEqual({ ok: false, message: expect.stringContaining('months or minutes') });
    expect(parseDurationSeconds('3x')).toEqual({ ok: false, message: expect.stringContaining('"x" is not a unit') });
    expect(parseDurationSeconds('1h1h')).toEqual({ ok: false, message: expect.stringContaining('twice') });
    expect(parseDurationSeconds('-5m')).toEqual({ ok: false, message: "Duration can't be negative." });
    expect(parseDurationSeconds('abc').ok).toBe(false);
    expect(parseDurationSeconds('1.2.3h').ok).toBe(false);
  });

  it('parseDurationField writes its bounds as durations', () => {
    const rule = { label: 'Window', minSeconds: 60, maxSeconds: 157_680_000 };
    expect(parseDurationField('30s', rule)).toEqual({ ok: false, message: 'Window must be at least 1m.' });
    expect(parseDurationField('6y', rule)).toEqual({ ok: false, message: 'Window must be at most 1825d.' });
    expect(parseDurationField('0s', { label: 'Elapsed', minSeconds: 0, minExclusive: true })).toEqual({
      ok: false,
      message: 'Elapsed must be more than 0.',
    });
  });
});

describe('formatDurationHuman', () => {
  it('shows the SRE book budgets of 99.9%: 43m 12s a month, 8h 45m 36s a year, 1m 26.4s a day (slo-math reference)', () => {
    expect(formatDurationHuman(2592)).toBe('43m 12s');
    expect(formatDurationHuman(31_536)).toBe('8h 45m 36s');
    expect(formatDurationHuman(86.4)).toBe('1m 26.4s');
    expect(formatDurationHuman(604.8)).toBe('10m 4.8s');
  });

  it('drops zero units and rounds fractional seconds sensibly', () => {
    expect(formatDurationHuman(183_600)).toBe('2d 3h');
    expect(formatDurationHuman(1.4)).toBe('1.4s');
    expect(formatDurationHuman(8.64)).toBe('8.64s');
    expect(formatDurationHuman(0.864)).toBe('864ms');
    expect(formatDurationHuman(0.0864)).toBe('86.4ms');
    expect(formatDurationHuman(3155.6952)).toBe('52m 35.7s');
    expect(formatDurationHuman(0)).toBe('0s');
  });

  it('carries when rounding reaches the next unit (59.97 s is 1m, not 60s)', () => {
    expect(formatDurationHuman(59.97)).toBe('1m');
    expect(formatDurationHuman(0.9996)).toBe('1s');
    expect(formatDurationHuman(86_399.97)).toBe('1d');
  });

  it('can shorten to the leading units, rounding the last one shown', () => {
    expect(formatDurationHuman(31_536, { maxUnits: 2 })).toBe('8h 46m');
    expect(formatDurationHuman(183_600 + 1800, { maxUnits: 1 })).toBe('2d');
  });
});

describe('formatDurationIso and formatDurationCompact', () => {
  it('writes ISO 8601 durations for <time datetime>, with days as the largest unit (HTML duration strings)', () => {
    expect(formatDurationIso(2592)).toBe('PT43M12S');
    expect(formatDurationIso(183_600)).toBe('P2DT3H');
    expect(formatDurationIso(86.4)).toBe('PT1M26.4S');
    expect(formatDurationIso(31_536_000)).toBe('P365D');
    expect(formatDurationIso(0)).toBe('PT0S');
  });

  it('writes compact durations as PromQL and URLs take them: 30d, 1h30m, 5m', () => {
    expect(formatDurationCompact(2_592_000)).toBe('30d');
    expect(formatDurationCompact(5400)).toBe('1h30m');
    expect(formatDurationCompact(300)).toBe('5m');
    expect(formatDurationCompact(86.4)).toBe('1m26s400ms');
  });

  it('writes lossless URL durations: 30d, 1h30m, 1m26.4s, 0.00007s', () => {
    expect(formatDurationExact(2_592_000)).toBe('30d');
    expect(formatDurationExact(5400)).toBe('1h30m');
    expect(formatDurationExact(86.4)).toBe('1m26.4s');
    expect(formatDurationExact(0.00007)).toBe('0.00007s');
    expect(formatDurationExact(0)).toBe('0s');
  });

  it('property: exact text parses back to the very same number (parse(format(d)) round trip)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 5 * 31_536_000, noNaN: true }), (s) => {
        expect(seconds(formatDurationExact(s))).toBe(s);
      }),
    );
  });

  it('property: ISO text carries the duration rounded to the millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 31_536_000_000 }), (ms) => {
        const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(formatDurationIso(ms / 1000));
        expect(match).not.toBeNull();
        const [, d = '0', h = '0', m = '0', s = '0'] = match!;
        expect(Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000)).toBe(ms);
      }),
    );
  });

  it('property: compact text parses back to the same duration, to the millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 31_536_000_000 }), (ms) => {
        expect(seconds(formatDurationCompact(ms / 1000))).toBeCloseTo(ms / 1000, 6);
      }),
    );
  });

  it('property: human text parses back to within its rounding (0.05 s from a minute up, 0.5% below)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 5 * 31_536_000, noNaN: true }), (s) => {
        const back = seconds(formatDurationHuman(s));
        const tolerance = s >= 59.9 ? 0.05 + 1e-9 : s * 0.005 + 1e-9;
        expect(Math.abs(back - s)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });
});
