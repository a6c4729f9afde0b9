import { describe, expect, it } from 'vitest';
import {
  alertRowProblems,
  burnRateThreshold,
  DEFAULT_ALERT_ROWS,
  alertPolicyEvaluation,
  shortWindowSeconds,
  type AlertPolicyEvaluation,
  type AlertRow,
} from '../../../src/lib/slo/burn-rate/alert-policy';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const HOUR = 3600;
const DAY = 86_400;

function evaluate(percent: string, windowSeconds: number, errorRatio: number, rows: readonly AlertRow[] = DEFAULT_ALERT_ROWS): AlertPolicyEvaluation {
  const result = alertPolicyEvaluation(sloFromPercent(percent), windowSeconds, rows, errorRatio);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.value;
}

describe('multiwindow, multi-burn-rate policy (Workbook ch. 5)', () => {
  it('30 days: burn thresholds 14.4, 6, 3, 1 with short windows 5m, 30m, 2h, 6h', () => {
    const rows = evaluate('99.9', 30 * DAY, 1).rows;
    expect(rows.map((r) => r.burnRateThreshold)).toEqual([14.4, 6, 3, 1]);
    expect(rows.map((r) => r.shortWindowSeconds)).toEqual([300, 1800, 7200, 21_600]);
  });

  it('28 days keeps the budget shares: burns 13.44, 5.6, 2.8, 0.933… (slo-math reference)', () => {
    const rows = evaluate('99.9', 28 * DAY, 1).rows;
    expect(rows.slice(0, 3).map((r) => r.burnRateThreshold)).toEqual([13.44, 5.6, 2.8]);
    expect(rows[3]!.burnRateThreshold).toBeCloseTo(0.9333333333333333, 15);
    expect(burnRateThreshold(0.1, 28 * DAY, 3 * DAY)).toBeCloseTo(14 / 15, 15);
  });

  it('error-ratio threshold is burn × (1 − SLO): 1.44%, 0.6%, 0.3%, 0.1% at 99.9%', () => {
    expect(evaluate('99.9', 30 * DAY, 1).rows.map((r) => r.errorRatioThreshold)).toEqual([0.0144, 0.006, 0.003, 0.001]);
  });

  it('budget consumed when a row fires is burn × L ÷ W: 2% for 14.4 over 1 h of 720 h', () => {
    expect(evaluate('99.9', 30 * DAY, 1).rows.map((r) => r.budgetConsumedWhenFired)).toEqual([0.02, 0.05, 0.1, 0.1]);
  });

  it('time to fire is L × burn × (1 − SLO) ÷ e: at a total outage the 2%/1h page fires after 52 s, the 3d ticket after 4m 19.2s', () => {
    const rows = evaluate('99.9', 30 * DAY, 1).rows;
    expect(rows[0]!.timeToFireSeconds).toBeCloseTo(51.84, 10);
    expect(rows[3]!.timeToFireSeconds).toBeCloseTo(259.2, 10);
  });

  it('below a row\'s error-ratio threshold it never fires: at 1% errors only the 6h page and the tickets fire', () => {
    const rows = evaluate('99.9', 30 * DAY, 0.01).rows;
    expect(rows.map((r) => r.timeToFireSeconds === null)).toEqual([true, false, false, false]);
    expect(rows[1]!.timeToFireSeconds).toBeCloseTo(6 * HOUR * 0.6, 6);
  });

  it('a row fires only above its threshold, as the exported rule (>) does: exactly on it, never; just above, after almost its whole long window', () => {
    expect(evaluate('99.9', 30 * DAY, 0.0144).rows[0]!.timeToFireSeconds).toBeNull();
    // Row 4 (10% in 3 d) has burn 1: a steady 0.1% error ratio spends the budget exactly at the rate it lasts, and never pages.
    expect(evaluate('99.9', 30 * DAY, 0.001).rows[3]!.timeToFireSeconds).toBeNull();
    expect(evaluate('99.9', 30 * DAY, 0.0145).rows[0]!.timeToFireSeconds).toBeCloseTo((HOUR * 0.0144) / 0.0145, 9);
  });

  it('a row whose threshold is exactly 100% cannot fire: no error ratio is above it', () => {
    // 99% over 30 d: half the budget in 3.6 h is burn 0.5 × 720 h ÷ 3.6 h = 100, an error ratio of exactly 100%.
    const row = evaluate('99', 30 * DAY, 1, [{ severity: 'page', budgetFraction: 0.5, longWindowSeconds: 3.6 * HOUR }]).rows[0]!;
    expect(row.errorRatioThreshold).toBe(1);
    expect(row.canFire).toBe(false);
    expect(row.timeToFireSeconds).toBeNull();
    expect(row.cannotFireReason).toContain('above an error ratio of 100%');
  });

  it('an error rate of 0 fires nothing and never exhausts the budget', () => {
    const value = evaluate('99.9', 30 * DAY, 0);
    expect(value.rows.every((r) => r.timeToFireSeconds === null)).toBe(true);
    expect(value.simulatedExhaustionSeconds).toBeNull();
  });

  it('a 90% SLO: the 2%/1h page needs burn 14.4, an error ratio of 144%, so it can never fire (Workbook ch. 5)', () => {
    const [first, second] = evaluate('90', 30 * DAY, 1).rows;
    expect(first!.errorRatioThreshold).toBeCloseTo(1.44, 12);
    expect(first!.canFire).toBe(false);
    expect(first!.timeToFireSeconds).toBeNull();
    expect(first!.cannotFireReason).toContain('144%');
    expect(first!.cannotFireReason).toContain('1.39% of the budget in 1h');
    expect(second!.canFire).toBe(true);
  });

  it('the simulated rate reports its burn and how long a full budget lasts (43m 12s at 100% errors, 99.9%/30d)', () => {
    const value = evaluate('99.9', 30 * DAY, 1);
    expect(value.simulatedBurnRate).toBe(1000);
    expect(value.simulatedExhaustionSeconds).toBe(2592);
  });
});

describe('editable rows', () => {
  it('short window defaults to a twelfth of the long one, and can be set', () => {
    expect(shortWindowSeconds({ severity: 'page', budgetFraction: 0.02, longWindowSeconds: HOUR })).toBe(300);
    expect(shortWindowSeconds({ severity: 'page', budgetFraction: 0.02, longWindowSeconds: HOUR, shortWindowSeconds: 600 })).toBe(600);
  });

  it('validates each row with a message naming it', () => {
    const window = 30 * DAY;
    const messages = (rows: AlertRow[]) => alertRowProblems(rows, window).map((p) => p.message);
    expect(messages([{ severity: 'page', budgetFraction: 0, longWindowSeconds: HOUR }])).toEqual([
      'Row 1: the budget share must be more than 0% and at most 100%.',
    ]);
    expect(messages([{ severity: 'page', budgetFraction: 1.5, longWindowSeconds: HOUR }])[0]).toContain('at most 100%');
    expect(messages([{ severity: 'ticket', budgetFraction: 0.1, longWindowSeconds: 45 * DAY }])[0]).toBe(
      "Row 1: the long window (45d) can't be longer than the SLO window (30d).",
    );
    expect(messages([{ severity: 'page', budgetFraction: 0.1, longWindowSeconds: HOUR, shortWindowSeconds: HOUR }])[0]).toContain(
      'shorter than the long window',
    );
    expect(messages([{ severity: 'page', budgetFraction: 0.1, longWindowSeconds: 120 }])[0]).toContain('at least 30s');
    expect(messages([{ severity: 'warn' as 'page', budgetFraction: 0.1, longWindowSeconds: HOUR }])[0]).toContain('"page" or "ticket"');
    expect(messages([])).toEqual(['Add at least one alert row.']);
    expect(messages(Array.from({ length: 9 }, () => DEFAULT_ALERT_ROWS[0]!))).toContain('Use at most 8 alert rows.');
  });

  it('refuses to evaluate invalid rows or error rates instead of returning NaN', () => {
    const slo = sloFromPercent('99.9');
    expect(alertPolicyEvaluation(slo, 30 * DAY, [{ severity: 'page', budgetFraction: 0.02, longWindowSeconds: 0 }], 1).ok).toBe(false);
    expect(alertPolicyEvaluation(slo, 30 * DAY, DEFAULT_ALERT_ROWS, 1.5).ok).toBe(false);
  });
});
