import { describe, expect, it } from 'vitest';
import { formatDurationHuman } from '../../../src/lib/duration';
import { alertPolicyEvaluation, DEFAULT_ALERT_ROWS } from '../../../src/lib/slo/burn-rate/alert-policy';
import { budgetExhaustionSeconds, burnRate, parseErrorRatePercentField } from '../../../src/lib/slo/burn-rate/burn-rate';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;
const slo = sloFromPercent('99.9');

describe('burn rate (Workbook ch. 5)', () => {
  it('99.9% over 30 days: burn 1 ↔ 0.1% errors lasts 30 days; 2 ↔ 0.2%, 15 days; 10 ↔ 1%, 3 days; 1000 ↔ 100%, 43 minutes', () => {
    expect(burnRate(0.001, slo)).toBe(1);
    expect(burnRate(0.002, slo)).toBe(2);
    expect(burnRate(0.01, slo)).toBe(10);
    expect(burnRate(1, slo)).toBe(1000);
    expect(budgetExhaustionSeconds(1, 30 * DAY)).toBe(30 * DAY);
    expect(budgetExhaustionSeconds(2, 30 * DAY)).toBe(15 * DAY);
    expect(budgetExhaustionSeconds(10, 30 * DAY)).toBe(3 * DAY);
    expect(formatDurationHuman(budgetExhaustionSeconds(1000, 30 * DAY)!)).toBe('43m 12s');
  });

  it('burn 0 never exhausts the budget', () => {
    expect(budgetExhaustionSeconds(0, 30 * DAY)).toBeNull();
  });

  it('a page at burn 14.4 compares error ratios with burn × (1 − SLO) = 1.44%, and fires with 2% of a 30-day budget spent (Workbook ch. 5: 14.4 × 1 h ÷ 720 h)', () => {
    const evaluation = alertPolicyEvaluation(slo, 30 * DAY, [DEFAULT_ALERT_ROWS[0]!], 0.5);
    if (!evaluation.ok) throw new Error('the Workbook row is valid');
    const [row] = evaluation.value.rows;
    expect(row?.burnRateThreshold).toBe(14.4);
    expect(row?.errorRatioThreshold).toBe(0.0144);
    expect(row?.budgetConsumedWhenFired).toBe(0.02);
  });

  it('a 90% SLO: an hour of total outage spends only about 1.4% of a 30-day budget (Workbook ch. 5)', () => {
    const burn = burnRate(1, sloFromPercent('90'));
    expect(burn).toBe(10);
    // A full budget lasts 72 hours at burn 10, so an hour spends 1/72 of it.
    expect(3600 / budgetExhaustionSeconds(burn, 30 * DAY)!).toBeCloseTo(0.0139, 4);
  });

  it('low traffic: one failure in 10 requests an hour is about 14% of a 99.9%/30-day budget (Workbook ch. 5)', () => {
    // An hour at error ratio 1/10 (burn 100) against a budget that lasts 7.2 hours at that rate.
    expect(3600 / budgetExhaustionSeconds(burnRate(0.1, slo), 30 * DAY)!).toBeCloseTo(0.1389, 4);
  });

  it('parses the simulated error rate in percent, with decimal comma, and rejects out-of-range values', () => {
    expect(parseErrorRatePercentField('100')).toEqual({ ok: true, value: 1 });
    expect(parseErrorRatePercentField('0,1')).toEqual({ ok: true, value: 0.001 });
    expect(parseErrorRatePercentField('0')).toEqual({ ok: true, value: 0 });
    expect(parseErrorRatePercentField('101')).toMatchObject({ ok: false, message: expect.stringContaining('must be at most 100%') });
    expect(parseErrorRatePercentField('-1')).toMatchObject({ ok: false, message: expect.stringContaining('must be at least 0%') });
    expect(parseErrorRatePercentField('lots')).toMatchObject({ ok: false });
    expect(parseErrorRatePercentField('')).toMatchObject({ ok: false, message: expect.stringContaining('Enter a value') });
  });
});
