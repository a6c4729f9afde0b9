import { describe, expect, it } from 'vitest';
import {
  dependencyDowntimeSentence,
  dependencyRequirement,
  parseDependencyCountField,
  parseDependencyShareField,
} from '../../../src/lib/slo/availability/dependency-budget';
import { sloFromPercent } from '../../../src/lib/slo/slo';

describe('dependency budget (Treynor et al., "The Calculus of Service Availability", 2017)', () => {
  it('rule of the extra nine: a 99.9% service wants 99.99% dependencies; 99.95% wants 99.995%', () => {
    expect(dependencyRequirement(sloFromPercent('99.9'), 3).extraNine.availability).toBeCloseTo(0.9999, 15);
    expect(dependencyRequirement(sloFromPercent('99.95'), 3).extraNine.unavailability).toBe(0.00005);
  });

  it('each unique critical dependency gets a share of the budget: 99.9% with 4 dependencies → each 99.975% (linear split)', () => {
    const r = dependencyRequirement(sloFromPercent('99.9'), 4);
    expect(r.linear.unavailability).toBe(0.00025);
  });

  it('exact figure: N equal dependencies in series meet the target when each reaches target^(1/N)', () => {
    const r = dependencyRequirement(sloFromPercent('99.9'), 4);
    expect(r.exact.availability).toBeCloseTo(0.999 ** 0.25, 15);
  });

  it('the linear split is never looser than the exact figure, so it is safe to show as the headline', () => {
    for (const n of [1, 2, 5, 10, 50]) {
      const r = dependencyRequirement(sloFromPercent('99.5'), n);
      expect(r.linear.availability).toBeGreaterThanOrEqual(r.exact.availability - 1e-15);
    }
  });

  it('a dependency share below 100% leaves the service part of its own budget: half of 99.9% over 2 → 99.975% each', () => {
    const r = dependencyRequirement(sloFromPercent('99.9'), 2, 0.5);
    expect(r.linear.unavailability).toBe(0.00025);
  });

  it('says what the requirement means in downtime', () => {
    const r = dependencyRequirement(sloFromPercent('99.9'), 3);
    expect(dependencyDowntimeSentence(r, 30 * 86_400)).toBe('Each of 3 critical dependencies may be down about 14m 24s per 30d.');
  });

  it('validates the count (1–50, whole) and the share (more than 0%, at most 100%)', () => {
    expect(parseDependencyCountField('0')).toMatchObject({ ok: false });
    expect(parseDependencyCountField('51')).toMatchObject({ ok: false, message: expect.stringContaining('at most 50') });
    expect(parseDependencyCountField('2.5')).toMatchObject({ ok: false, message: expect.stringContaining('whole') });
    expect(parseDependencyShareField('50')).toEqual({ ok: true, value: 0.5 });
    expect(parseDependencyShareField('0')).toMatchObject({ ok: false });
  });
});
