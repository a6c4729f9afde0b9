import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberField } from '../../../src/lib/field';
import {
  automationPayback,
  occurrencesPerWeek,
  PAYBACK_FIELD_RULES,
  SRE_TOIL_CEILING_SHARE,
  tableWeeks,
  TASK_PERIODS,
  WEEKS_PER_MONTH,
} from '../../../src/lib/toil/payback';

describe('automation payback', () => {
  it('15 minutes twice a day for 3 people saves 7.5 hours a week; 40 hours of work pays back in 5.33 weeks', () => {
    const p = automationPayback({
      taskMinutes: 15,
      timesPerPeriod: 2,
      period: 'day',
      people: 3,
      automationHours: 40,
      horizonWeeks: 52,
    });
    expect(p.toilHoursPerPersonPerWeek).toBe(2.5);
    expect(p.savedHoursPerWeek).toBe(7.5);
    expect(p.breakEvenWeeks).toBeCloseTo(40 / 7.5);
    expect(p.savedHoursOverHorizon).toBe(390);
    expect(p.netHoursOverHorizon).toBe(350);
    expect(p.paysBackWithinHorizon).toBe(true);
    expect(p.worthwhileAutomationHours).toBe(390);
  });

  it('the chart series runs from week 0 to the horizon, invested up front and saved cumulatively', () => {
    const p = automationPayback({
      taskMinutes: 30,
      timesPerPeriod: 1,
      period: 'week',
      people: 2,
      automationHours: 3,
      horizonWeeks: 4,
    });
    expect(p.series).toEqual([
      { week: 0, savedHours: 0, investedHours: 3, netHours: -3 },
      { week: 1, savedHours: 1, investedHours: 3, netHours: -2 },
      { week: 2, savedHours: 2, investedHours: 3, netHours: -1 },
      { week: 3, savedHours: 3, investedHours: 3, netHours: 0 },
      { week: 4, savedHours: 4, investedHours: 3, netHours: 1 },
    ]);
    expect(p.breakEvenWeeks).toBe(3);
  });

  it('a monthly task happens 12 ÷ 52 times a week', () => {
    expect(occurrencesPerWeek(1, 'month')).toBeCloseTo(12 / 52);
    expect(occurrencesPerWeek(3, 'day')).toBe(15);
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.333, 3);
  });

  it('does not pay back within the horizon when the work outweighs the saving (an hour a month, 100 hours to build, a year)', () => {
    const p = automationPayback({
      taskMinutes: 60,
      timesPerPeriod: 1,
      period: 'month',
      people: 1,
      automationHours: 100,
      horizonWeeks: 52,
    });
    expect(p.paysBackWithinHorizon).toBe(false);
    expect(p.netHoursOverHorizon).toBeCloseTo(12 - 100);
  });

  it('breaks even at once when nothing is invested', () => {
    expect(
      automationPayback({
        taskMinutes: 5,
        timesPerPeriod: 1,
        period: 'day',
        people: 1,
        automationHours: 0,
        horizonWeeks: 1,
      }).breakEvenWeeks,
    ).toBe(0);
  });

  it('flags toil above 50% of a 40-hour week (Google SRE book, ch. 5 "Eliminating Toil")', () => {
    expect(SRE_TOIL_CEILING_SHARE).toBe(0.5);
    const heavy = automationPayback({
      taskMinutes: 30,
      timesPerPeriod: 9,
      period: 'day',
      people: 1,
      automationHours: 10,
      horizonWeeks: 10,
    });
    expect(heavy.toilShareOfWeek).toBeCloseTo(22.5 / 40);
    expect(heavy.exceedsToilCeiling).toBe(true);
    const exactlyHalf = automationPayback({
      taskMinutes: 60,
      timesPerPeriod: 4,
      period: 'day',
      people: 1,
      automationHours: 10,
      horizonWeeks: 10,
    });
    expect(exactlyHalf.toilShareOfWeek).toBe(0.5);
    expect(exactlyHalf.exceedsToilCeiling).toBe(false);
  });

  it('form fields and URL share the same bounds: 0 minutes and 1.5 people are refused with messages', () => {
    expect(parseNumberField('0', PAYBACK_FIELD_RULES.taskMinutes)).toEqual({
      ok: false,
      message: 'Task duration must be more than 0 minutes.',
    });
    expect(parseNumberField('1.5', PAYBACK_FIELD_RULES.people)).toEqual({
      ok: false,
      message: 'People must be a whole number.',
    });
  });

  it('never produces NaN or Infinity for accepted inputs (property)', () => {
    const inputs = fc.record({
      taskMinutes: fc.double({ min: 0.001, max: 1440, noNaN: true }),
      timesPerPeriod: fc.double({ min: 0.001, max: 1000, noNaN: true }),
      period: fc.constantFrom(...TASK_PERIODS),
      people: fc.integer({ min: 1, max: 10_000 }),
      automationHours: fc.double({ min: 0, max: 100_000, noNaN: true }),
      horizonWeeks: fc.integer({ min: 1, max: 520 }),
    });
    fc.assert(
      fc.property(inputs, (i) => {
        const p = automationPayback(i);
        const numbers = [
          p.toilHoursPerPersonPerWeek,
          p.savedHoursPerWeek,
          p.toilShareOfWeek,
          p.savedHoursOverHorizon,
          p.netHoursOverHorizon,
          p.breakEvenWeeks ?? 0,
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect(p.series).toHaveLength(i.horizonWeeks + 1);
        expect(p.series.at(-1)?.netHours).toBeCloseTo(p.netHoursOverHorizon);
      }),
      { numRuns: 200 },
    );
  });

  it('the chart table lists week 0, a regular step and the horizon, in about 14 rows', () => {
    expect(tableWeeks(52)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52]);
    expect(tableWeeks(26)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26]);
    expect(tableWeeks(1)).toEqual([0, 1]);
    expect(tableWeeks(520)).toHaveLength(14);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 520 }), (horizon) => {
        const weeks = tableWeeks(horizon);
        expect(weeks[0]).toBe(0);
        expect(weeks.at(-1)).toBe(horizon);
        expect(weeks.length).toBeLessThanOrEqual(15);
        expect(weeks.every((w, i) => i === 0 || w > (weeks[i - 1] as number))).toBe(true);
      }),
    );
  });
});
