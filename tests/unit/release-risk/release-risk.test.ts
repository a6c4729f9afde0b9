import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReleaseRiskForm, parseRolloutStepsField, releaseRiskFormFrom } from '../../../src/lib/release-risk/form';
import { parseReleaseRiskParams, releaseRiskSearch } from '../../../src/lib/release-risk/params';
import { blastRadius, DEFAULT_RELEASE_RISK_INPUTS, releaseAdvice, STRATEGIES, type ReleaseRiskInputs } from '../../../src/lib/release-risk/release-risk';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;
const base: ReleaseRiskInputs = { ...DEFAULT_RELEASE_RISK_INPUTS };

describe('blast radius (Site Reliability Workbook 2018, ch. 16 "Canarying Releases"; shared/reference/delivery-math.md)', () => {
  it("the Workbook's example: a 5% canary failing 20% of its requests makes 1% of all requests fail", () => {
    const r = blastRadius({ ...base, strategy: 'canary', trafficPercent: 5, errorPercent: 20 });
    expect(r.overallErrorRatio).toBe(0.01);
  });

  it('the worked example: 10% canary at 50% errors, 4 min to detect and 2 to roll back, spends 18 s of 2,592 s (0.694%); all at once 180 s (6.94%), ten times more', () => {
    const inputs = { ...base, strategy: 'canary' as const, trafficPercent: 10, errorPercent: 50, detectSeconds: 240, rollbackSeconds: 120, slo: sloFromPercent('99.9'), windowSeconds: 30 * DAY };
    const r = blastRadius(inputs);
    expect(r.overallErrorRatio).toBe(0.05);
    expect(r.exposureSeconds).toBe(360);
    expect(r.budgetSeconds).toBe(2592);
    expect(r.outageEquivalentSeconds).toBe(18);
    expect(r.budgetFraction).toBeCloseTo(18 / 2592, 15);
    expect((r.budgetFraction * 100).toFixed(4)).toBe('0.6944');
    expect(r.allAtOnce.outageEquivalentSeconds).toBe(180);
    expect((r.allAtOnce.budgetFraction * 100).toFixed(3)).toBe('6.944');
    expect(r.allAtOnce.outageEquivalentSeconds / r.outageEquivalentSeconds).toBe(10);
  });

  it('counts failed requests at steady load: 1,000,000 requests over 30 days, 18 s of outage-equivalent is about 6.94 failures, against 1,000 allowed', () => {
    const r = blastRadius({ ...base, trafficPercent: 10, errorPercent: 50, detectSeconds: 240, rollbackSeconds: 120, requests: 1_000_000 });
    expect(r.failedRequests).toBeCloseTo(18 * 1_000_000 / 2_592_000, 12);
    expect(r.allowedFailedRequests).toBe(1000);
  });

  it('a progressive rollout 1, 5, 25, 50, 100 with 30 min steps, detected after 70 min: caught at step 3 (25%) after passing 1% and 5%', () => {
    const r = blastRadius({ ...base, strategy: 'progressive', stepsPercent: [1, 5, 25, 50, 100], bakeSeconds: 1800, errorPercent: 20, detectSeconds: 4200, rollbackSeconds: 300 });
    expect(r.detection?.step).toBe(3);
    expect(r.detection?.sharePercent).toBe(25);
    expect(r.detection?.steps.map((s) => s.servedSeconds)).toEqual([1800, 1800, 600 + 300]);
    // 0.2 × (1% × 1800 + 5% × 1800 + 25% × 900) = 0.2 × (18 + 90 + 225) = 66.6 s
    expect(r.outageEquivalentSeconds).toBeCloseTo(66.6, 12);
    expect(r.overallErrorRatio).toBeCloseTo(0.05, 15);
  });

  it('blue-green and all at once expose every request', () => {
    for (const strategy of ['all-at-once', 'blue-green'] as const) {
      const r = blastRadius({ ...base, strategy, errorPercent: 20, detectSeconds: 600, rollbackSeconds: 300 });
      expect(r.overallErrorRatio).toBe(0.2);
      expect(r.outageEquivalentSeconds).toBe(180);
      expect(r.budgetFraction).toBe(r.allAtOnce.budgetFraction);
    }
  });

  it('outputs stay finite and ordered: a canary never spends more than all at once, and spending grows with exposure (property)', () => {
    const percent = fc.integer({ min: 1, max: 9_999 }).map((n) => n / 100);
    const seconds = fc.integer({ min: 0, max: 86_400 });
    fc.assert(
      fc.property(fc.constantFrom(...STRATEGIES), percent, percent, seconds, seconds, fc.integer({ min: 60, max: 7_200 }), (strategy, traffic, errors, detect, rollback, bake) => {
        const inputs = { ...base, strategy, trafficPercent: traffic, errorPercent: errors, detectSeconds: detect, rollbackSeconds: rollback, bakeSeconds: bake };
        const r = blastRadius(inputs);
        for (const n of [r.overallErrorRatio, r.outageEquivalentSeconds, r.budgetFraction, r.allAtOnce.budgetFraction]) expect(Number.isFinite(n)).toBe(true);
        expect(r.budgetFraction).toBeLessThanOrEqual(r.allAtOnce.budgetFraction * (1 + 1e-12));
        expect(r.outageEquivalentSeconds).toBeGreaterThanOrEqual(0);
        const later = blastRadius({ ...inputs, rollbackSeconds: rollback + 60 });
        expect(later.budgetFraction).toBeGreaterThanOrEqual(r.budgetFraction);
      }),
    );
  });
});

describe('advice drawn from the numbers', () => {
  const ids = (inputs: ReleaseRiskInputs) => releaseAdvice(inputs, blastRadius(inputs)).map((a) => a.id);
  it('a canary too small to fail even one request before detection', () => {
    expect(ids({ ...base, trafficPercent: 0.1, errorPercent: 1, detectSeconds: 60, requests: 1_000_000 })).toContain('invisible-canary');
    expect(ids({ ...base, trafficPercent: 5, errorPercent: 20, detectSeconds: 600, requests: 1_000_000_000 })).not.toContain('invisible-canary');
  });
  it('a bad version below the pace of the budget (burn rate under 1): SLO alerts will not see it', () => {
    expect(ids({ ...base, trafficPercent: 0.5, errorPercent: 10 })).toContain('below-budget-pace');
    expect(ids({ ...base, trafficPercent: 5, errorPercent: 20 })).not.toContain('below-budget-pace');
  });
  it('a rollback slower than detection', () => {
    expect(ids({ ...base, detectSeconds: 60, rollbackSeconds: 600 })).toContain('rollback-slower');
    expect(ids({ ...base, detectSeconds: 600, rollbackSeconds: 60 })).not.toContain('rollback-slower');
  });
  it("more than the Workbook example policy's 20% single-incident threshold needs a postmortem; the whole budget misses the SLO", () => {
    // All at once, 100% errors: 20% of 2,592 s is 518.4 s.
    expect(ids({ ...base, strategy: 'all-at-once', errorPercent: 100, detectSeconds: 500, rollbackSeconds: 0 })).not.toContain('postmortem');
    expect(ids({ ...base, strategy: 'all-at-once', errorPercent: 100, detectSeconds: 520, rollbackSeconds: 0 })).toContain('postmortem');
    expect(ids({ ...base, strategy: 'all-at-once', errorPercent: 100, detectSeconds: 2592, rollbackSeconds: 0 })).toContain('exhausts-budget');
  });
});

describe('release risk inputs', () => {
  const form = releaseRiskFormFrom(base);
  it('refuses a canary of 0% or 100%, errors above 100%, and detection slower than the window, each at its field', () => {
    expect(checkReleaseRiskForm({ ...form, traffic: '0' }).errors.traffic).toMatch(/more than 0%: a canary with no traffic/);
    expect(checkReleaseRiskForm({ ...form, traffic: '100' }).errors.traffic).toMatch(/less than 100%: a canary with all the traffic is an all-at-once release/);
    expect(checkReleaseRiskForm({ ...form, errors: '150' }).errors.errors).toBe('Error rate of the bad version must be at most 100%.');
    expect(checkReleaseRiskForm({ ...form, detect: '31d' }).errors.detect).toMatch(/shorter than the SLO window/);
    expect(checkReleaseRiskForm({ ...form, detect: '-5m' }).errors.detect).toMatch(/negative/);
    expect(checkReleaseRiskForm({ ...form, detect: '20d', rollback: '11d' }).errors.rollback).toMatch(/must fit in the SLO window/);
  });
  it('checks only the fields the strategy uses: a bad canary share does not block an all-at-once result', () => {
    expect(checkReleaseRiskForm({ ...form, strategy: 'all-at-once', traffic: 'abc' }).values).not.toBeNull();
    expect(checkReleaseRiskForm({ ...form, strategy: 'canary', traffic: 'abc' }).values).toBeNull();
  });
  it('rollout steps rise, stay within 0–100% and read with the site number rules', () => {
    expect(parseRolloutStepsField('1, 5, 25, 50, 100')).toEqual({ ok: true, value: [1, 5, 25, 50, 100] });
    expect(parseRolloutStepsField('0.5; 5%  25')).toEqual({ ok: true, value: [0.5, 5, 25] });
    expect(parseRolloutStepsField('5,1')).toMatchObject({ ok: false, message: expect.stringMatching(/rise step by step: step 2 \(1%\) is not more than step 1 \(5%\)/) });
    expect(parseRolloutStepsField('50,120')).toMatchObject({ ok: false, message: expect.stringMatching(/Step 2 .* must be at most 100%/) });
    expect(parseRolloutStepsField('')).toMatchObject({ ok: false });
  });
  it('reads the URL in the issue and writes it back; a tampered one falls back with a notice naming the parameter', () => {
    const search = 'strategy=canary&traffic=5&errors=20&detect=10m&rollback=5m&slo=99.9&window=30d';
    const parsed = parseReleaseRiskParams(search);
    expect(parsed.notices).toEqual([]);
    expect(releaseRiskSearch(parsed.values)).toBe(search);
    const progressive = parseReleaseRiskParams('strategy=progressive&steps=1,5,25,50,100&bake=30m&errors=20&detect=10m&rollback=5m&slo=99.9&window=30d&requests=10000000');
    expect(releaseRiskSearch(progressive.values)).toBe('strategy=progressive&errors=20&detect=10m&rollback=5m&steps=1,5,25,50,100&bake=30m&slo=99.9&window=30d&requests=10000000');
    const bad = parseReleaseRiskParams('strategy=yolo&traffic=100&steps=5,1&detect=40d&x=1');
    expect(bad.notices.map((n) => n.param)).toEqual(['strategy', 'detect', 'traffic', 'steps', 'x']);
    expect(bad.values.strategy).toBe('canary');
    expect(bad.values.trafficPercent).toBe(5);
  });
});
