import { describe, expect, it } from 'vitest';
import {
  AT_RISK_CONSUMED_FRACTION,
  budgetStatus,
  parseBadTimeField,
  parseElapsedField,
  type BudgetStatus,
  type BudgetStatusInput,
} from '../../../src/lib/slo/budget-status/budget-status';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;
const MIN = 60;
const base = { slo: sloFromPercent('99.9'), windowSeconds: 30 * DAY };

function status(input: Partial<BudgetStatusInput> & Pick<BudgetStatusInput, 'elapsedSeconds' | 'measure'>): BudgetStatus {
  const result = budgetStatus({ ...base, ...input });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.value;
}

describe('budgetStatus from bad time', () => {
  it('25 minutes bad after 12 of 30 days at 99.9%: 57.9% consumed, burn 1.45, runs out on day 20.7 (slo-math: consumed = bad ÷ allowed; burn = consumed ÷ (elapsed ÷ window))', () => {
    const s = status({ elapsedSeconds: 12 * DAY, measure: { kind: 'time', badSeconds: 25 * MIN } });
    expect(s.allowed).toBe(2592);
    expect(s.consumedFraction).toBeCloseTo(1500 / 2592, 15);
    expect(s.remaining).toBe(1092);
    expect(s.burnRate).toBeCloseTo(1500 / 2592 / 0.4, 15);
    expect(s.exhaustion).toMatchObject({ kind: 'projected', beforeWindowEnds: true });
    if (s.exhaustion.kind === 'projected') {
      // window ÷ b from the start; (1 − consumed) × window ÷ b from now.
      expect(s.exhaustion.fromWindowStartSeconds).toBeCloseTo((30 * DAY) / s.burnRate, 6);
      expect(s.exhaustion.fromNowSeconds).toBeCloseTo(s.exhaustion.fromWindowStartSeconds - 12 * DAY, 6);
    }
    expect(s.policy.state).toBe('at-risk');
    expect(s.policy.reasons[0]).toContain('Burning at 1.45×');
  });

  it('burn rate exactly 1 spends the budget exactly at the window end, which is healthy (Workbook ch. 5: burn 1 uses exactly the budget)', () => {
    const s = status({ elapsedSeconds: 15 * DAY, measure: { kind: 'time', badSeconds: 1296 } });
    expect(s.burnRate).toBe(1);
    expect(s.exhaustion).toEqual({ kind: 'projected', fromWindowStartSeconds: 30 * DAY, fromNowSeconds: 15 * DAY, beforeWindowEnds: false });
    expect(s.policy.state).toBe('healthy');
  });

  it('no bad time means burn 0 and the budget never runs out', () => {
    const s = status({ elapsedSeconds: 1 * DAY, measure: { kind: 'time', badSeconds: 0 } });
    expect(s.burnRate).toBe(0);
    expect(s.exhaustion).toEqual({ kind: 'never' });
    expect(s.policy.state).toBe('healthy');
    expect(s.policy.actions).toHaveLength(1);
  });

  it('more than the budget: consumed exceeds 100%, remaining floors at 0, and changes halt except P0 and security fixes (Workbook, Example Error Budget Policy)', () => {
    const s = status({ elapsedSeconds: 20 * DAY, measure: { kind: 'time', badSeconds: 60 * MIN } });
    expect(s.consumedFraction).toBeCloseTo(3600 / 2592, 15);
    expect(s.remainingFraction).toBe(0);
    expect(s.remaining).toBe(0);
    expect(s.exhaustion.kind).toBe('exhausted');
    expect(s.policy.state).toBe('exhausted');
    expect(s.policy.actions.join(' ')).toContain('other than P0 fixes and security fixes');
    expect(s.policy.actions.join(' ')).toContain('postmortem with at least one P0 action item');
  });

  it('exactly the budget (43m 12s of 30 days at 99.9%) is exhausted, yet the SLO is still met; one second more misses it', () => {
    const exact = status({ elapsedSeconds: 20 * DAY, measure: { kind: 'time', badSeconds: 2592 } });
    expect(exact.consumedFraction).toBe(1);
    expect(exact.policy.state).toBe('exhausted');
    expect(exact.policy.reasons[0]).toContain('the SLO is still met');
    const over = status({ elapsedSeconds: 20 * DAY, measure: { kind: 'time', badSeconds: 2593 } });
    expect(over.policy.reasons[0]).toContain('the SLO is missed');
  });

  it('at risk once 80% is spent even at a slow burn, because one 20% incident would then exhaust it (Workbook policy: 20% single-incident threshold)', () => {
    expect(AT_RISK_CONSUMED_FRACTION).toBe(0.8);
    const s = status({ elapsedSeconds: 29 * DAY, measure: { kind: 'time', badSeconds: 0.85 * 2592 } });
    expect(s.burnRate).toBeLessThan(1);
    expect(s.policy.state).toBe('at-risk');
    expect(s.policy.reasons.join(' ')).toContain('20%');
  });
});

describe('budgetStatus from requests', () => {
  it('900 of 1,000,000 requests failed after 12 of 30 days at 99.9%: burn 0.9 = error ratio ÷ budget, 36% consumed (Workbook ch. 5 burn rate)', () => {
    const s = status({ elapsedSeconds: 12 * DAY, measure: { kind: 'requests', failedRequests: 900, totalRequests: 1_000_000 } });
    expect(s.unit).toBe('requests');
    expect(s.burnRate).toBe(0.9);
    expect(s.consumedFraction).toBe(0.36);
    expect(s.allowed).toBe(2500);
    expect(s.remaining).toBe(1600);
    expect(s.notes[0]).toContain('Assumes traffic continues');
    expect(s.policy.state).toBe('healthy');
  });

  it('elapsed still sets the burn rate: the same counts over the whole window mean 90% consumed', () => {
    const s = status({ elapsedSeconds: 30 * DAY, measure: { kind: 'requests', failedRequests: 900, totalRequests: 1_000_000 } });
    expect(s.consumedFraction).toBe(0.9);
    expect(s.burnRate).toBe(0.9);
    expect(s.policy.state).toBe('at-risk');
  });
});

describe('budgetStatus problems', () => {
  it('rejects elapsed 0, elapsed beyond the window, bad time beyond elapsed and failed beyond total', () => {
    const problems = (input: BudgetStatusInput) => {
      const r = budgetStatus(input);
      return r.ok ? [] : r.problems.map((p) => p.field);
    };
    expect(problems({ ...base, elapsedSeconds: 0, measure: { kind: 'time', badSeconds: 0 } })).toEqual(['elapsed']);
    expect(problems({ ...base, elapsedSeconds: 31 * DAY, measure: { kind: 'time', badSeconds: 0 } })).toEqual(['elapsed']);
    expect(problems({ ...base, elapsedSeconds: 60, measure: { kind: 'time', badSeconds: 61 } })).toEqual(['bad']);
    expect(problems({ ...base, elapsedSeconds: DAY, measure: { kind: 'requests', failedRequests: 11, totalRequests: 10 } })).toEqual(['failed']);
    expect(problems({ ...base, elapsedSeconds: DAY, measure: { kind: 'requests', failedRequests: 0, totalRequests: 0 } })).toEqual(['total']);
  });

  it('field parsers explain elapsed and bad time limits', () => {
    expect(parseElapsedField('0s', 30 * DAY)).toMatchObject({ ok: false, message: expect.stringContaining('more than 0') });
    expect(parseElapsedField('31d', 30 * DAY)).toMatchObject({ ok: false, message: expect.stringContaining("can't be longer than the window (30d)") });
    expect(parseElapsedField('12d', 30 * DAY)).toEqual({ ok: true, value: 12 * DAY });
    expect(parseBadTimeField('2h', 3600)).toMatchObject({ ok: false, message: expect.stringContaining('time elapsed (1h)') });
  });
});
