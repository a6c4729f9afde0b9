import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_CODES } from '../../../src/lib/dora/answer-scale';
import {
  answerScore,
  benchmarkOnScoreScale,
  percentScore,
  quickCheckBenchmarkFor,
  quickCheckScores,
} from '../../../src/lib/dora/quick-check';
import { quickCheckBenchmark, YEARS } from './benchmark-years';

describe('Quick Check scoring (dora.dev/quickcheck)', () => {
  it('answer v scores (v − 1) ÷ 5 × 10: 1 → 0, 4 → 6, 6 → 10', () => {
    expect(ANSWER_CODES.map(answerScore)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('percentage p scores 10 − p ÷ 10: 0% → 10, 15% → 8.5, 100% → 0', () => {
    expect([0, 15, 100].map(percentScore)).toEqual([10, 8.5, 0]);
  });

  it('with the 2024 benchmark the overall score is the mean of four metrics (rework is scored but left out)', () => {
    const r = quickCheckScores(
      { leadTime: 5, deploymentFrequency: 4, recoveryTime: 6, changeFailureRate: 20, reworkRate: 10 },
      quickCheckBenchmark(2024),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.metricsInOverall).toBe(4);
    expect(r.value.throughput).toBeCloseTo((8 + 6 + 10) / 3);
    expect(r.value.instability).toBeCloseTo((8 + 9) / 2);
    expect(r.value.overall).toBeCloseTo((8 + 6 + 10 + 8) / 4);
    expect(r.value.metrics.find((m) => m.metric === 'reworkRate')?.benchmark).toBeNull();
  });

  it('with the 2025 benchmark the overall score is the mean of five metrics', () => {
    const r = quickCheckScores(
      { leadTime: 5, deploymentFrequency: 4, recoveryTime: 6, changeFailureRate: 20, reworkRate: 10 },
      quickCheckBenchmark(2025),
    );
    expect(r.ok && r.value.overall).toBeCloseTo((8 + 6 + 10 + 8 + 9) / 5);
    expect(r.ok && r.value.metricsInOverall).toBe(5);
  });

  it('the 2025 benchmark asks for a rework rate when it is missing', () => {
    const r = quickCheckScores(
      { leadTime: 5, deploymentFrequency: 4, recoveryTime: 6, changeFailureRate: 20 },
      quickCheckBenchmark(2025),
    );
    expect(r).toEqual({
      ok: false,
      message: 'This benchmark scores five metrics: enter a deployment rework rate (0–100%).',
    });
  });

  it('2025 lead time benchmark 5.5 ± 2.4: a score of 8 is above the band, 7.9 within, 2 below (dora.dev/quickcheck, all industries)', () => {
    const stat = quickCheckBenchmark(2025).leadTime;
    expect(benchmarkOnScoreScale(stat, 8)).toEqual({
      meanScore: 5.5,
      sdScore: 2.4,
      bandLowScore: 3.1,
      bandHighScore: 7.9,
      position: 'above',
    });
    expect(benchmarkOnScoreScale(stat, 7.9).position).toBe('within');
    expect(benchmarkOnScoreScale(stat, 2).position).toBe('below');
  });

  it('2025 change failure benchmark 1.9 ± 2.1 is raw, so on the score scale it is 8.1 with a band 6.0–10 (clamped); 30% is within, 50% below (dora.dev/quickcheck)', () => {
    const stat = quickCheckBenchmark(2025).changeFailureRate;
    const c = benchmarkOnScoreScale(stat, percentScore(30));
    expect(c.meanScore).toBeCloseTo(8.1);
    expect(c.bandLowScore).toBeCloseTo(6.0);
    expect(c.bandHighScore).toBe(10);
    expect(c.position).toBe('within'); // 30% scores 7.0
    expect(benchmarkOnScoreScale(stat, percentScore(50)).position).toBe('below'); // 5.0 < 6.0
    expect(benchmarkOnScoreScale(stat, percentScore(0)).position).toBe('within'); // 10 ≤ 10.2, unclamped
  });
});

describe('which Quick Check benchmark a report year is compared with', () => {
  const years = Object.values(YEARS);
  it('2024 and 2025 use their own; 2019–2023 use 2024, the first published (dora.dev/quickcheck)', () => {
    expect(quickCheckBenchmarkFor(years, 2025)?.year).toBe(2025);
    expect(quickCheckBenchmarkFor(years, 2024)?.year).toBe(2024);
    for (const year of [2019, 2021, 2022, 2023]) expect(quickCheckBenchmarkFor(years, year)?.year).toBe(2024);
    expect(quickCheckBenchmarkFor(years, 2030)?.year).toBe(2025);
    expect(quickCheckBenchmarkFor([], 2024)).toBeNull();
  });
});

describe('properties (fast-check)', () => {
  it('every accepted answer set scores finite values between 0 and 10 against both benchmarks', () => {
    const code = fc.constantFrom(...ANSWER_CODES);
    const percent = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        code,
        code,
        code,
        percent,
        percent,
        fc.constantFrom(2024 as const, 2025 as const),
        (lt, df, rt, cfr, rw, y) => {
          const r = quickCheckScores(
            { leadTime: lt, deploymentFrequency: df, recoveryTime: rt, changeFailureRate: cfr, reworkRate: rw },
            quickCheckBenchmark(y),
          );
          if (!r.ok) return false;
          const values = [
            r.value.overall,
            r.value.throughput,
            r.value.instability,
            ...r.value.metrics.map((m) => m.score),
          ];
          return values.every((v) => Number.isFinite(v) && v >= 0 && v <= 10);
        },
      ),
    );
  });
});
