import { describe, expect, it } from 'vitest';
import { alertPolicyEvaluation, DEFAULT_ALERT_ROWS, type EvaluatedAlertRow } from '../../../src/lib/slo/burn-rate/alert-policy';
import { fireChartData, timeToFireAt } from '../../../src/lib/slo/burn-rate/fire-chart';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;

function rows(slo: string, errorRatio = 1): EvaluatedAlertRow[] {
  const result = alertPolicyEvaluation(sloFromPercent(slo), 30 * DAY, DEFAULT_ALERT_ROWS, errorRatio);
  if (!result.ok) throw new Error('invalid');
  return result.value.rows;
}

describe('time to fire against error rate (Workbook ch. 5)', () => {
  it('agrees with the policy evaluation at the simulated rate: the 2%/1h page fires in 52 s of total outage at 99.9%', () => {
    for (const rate of [1, 0.5, 0.02, 0.0144, 0.001]) {
      const evaluated = rows('99.9', rate);
      evaluated.forEach((row) => {
        const t = timeToFireAt(row, rate);
        if (row.timeToFireSeconds === null) expect(t).toBeNull();
        else expect(t).toBeCloseTo(row.timeToFireSeconds, 9);
      });
    }
    expect(timeToFireAt(rows('99.9')[0]!, 1)).toBeCloseTo(51.84, 9);
  });

  it('never below the threshold, at an error rate of 0, or for a row that cannot fire', () => {
    const [page] = rows('99.9');
    expect(timeToFireAt(page!, 0.0143)).toBeNull();
    expect(timeToFireAt(page!, 0)).toBeNull();
    // At 90% one hour of total outage spends 1.4% of the budget, so the 2%/1h page can never fire.
    expect(rows('90')[0]!.canFire).toBe(false);
    expect(timeToFireAt(rows('90')[0]!, 1)).toBeNull();
  });
});

describe('chart axes and table', () => {
  it("at 99.9% the error axis starts at 0.1% (the 3-day ticket's threshold) and the time axis covers 52 s to 3 days", () => {
    const data = fireChartData(rows('99.9'))!;
    expect(data.xMinExp).toBe(-3);
    expect(data.yMinExp).toBe(1);
    expect(data.yMaxExp).toBe(6);
    expect(data.sampleRates).toContain(0.0144);
    expect(data.sampleRates[0]).toBe(0.001);
    expect(data.sampleRates.at(-1)).toBe(1);
    expect(data.yTicks).toEqual([10, 60, 600, 3600, 21_600, 86_400, 604_800]);
  });

  it('there is nothing to draw when no row can fire', () => {
    const none = rows('90').map((r) => ({ ...r, canFire: false }));
    expect(fireChartData(none)).toBeNull();
  });
});
