/**
 * The DORA Quick Check score: every answer on one 0–10 scale (higher is
 * better), grouped into throughput and instability, compared with the
 * benchmark published with the tool.
 *
 * Source: dora.dev/quickcheck (scoring as summarised in shared/reference/dora.md).
 */
import type { FieldResult } from '../field';
import type { AnswerCode, DoraAnswers, MetricId, Percent } from './answer-scale';
import type { BenchmarkStat, QuickCheckBenchmark } from './benchmark-schema';

export const SCORE_MAX = 10;

/** Answer v in 1..6 → (v − 1) ÷ 5 × 10: 1 scores 0, 6 scores 10. */
export function answerScore(code: AnswerCode): number {
  return ((code - 1) / 5) * SCORE_MAX;
}

/** Percentage p → 10 − p ÷ 10: 0% scores 10, 100% scores 0. */
export function percentScore(percent: Percent): number {
  return SCORE_MAX - percent / 10;
}

export type BenchmarkPosition = 'below' | 'within' | 'above';

export interface BenchmarkComparison {
  /** Benchmark mean on the 0–10 score scale (inverted if published raw). */
  meanScore: number;
  sdScore: number;
  /** mean − sd and mean + sd, clamped to 0–10 for drawing. */
  bandLowScore: number;
  bandHighScore: number;
  /** Where the learner's score sits against mean ± one sd. Higher is better. */
  position: BenchmarkPosition;
}

export interface MetricScore {
  metric: MetricId;
  score: number;
  benchmark: BenchmarkComparison | null;
}

export interface QuickCheckResult {
  metrics: MetricScore[];
  /** Mean of lead time, deployment frequency and recovery time. */
  throughput: number;
  /** Mean of change failure rate and, when answered, rework rate. */
  instability: number;
  /** Mean of the benchmark's metrics: four with the 2024 benchmark, five with 2025. */
  overall: number;
  metricsInOverall: 4 | 5;
}

/**
 * Puts a benchmark on the score scale. Change failure and rework benchmarks are
 * published raw (p ÷ 10, before inversion), so their mean becomes 10 − mean; the
 * spread is unchanged because inverting a scale does not stretch it.
 */
export function benchmarkOnScoreScale(stat: BenchmarkStat, score: number): BenchmarkComparison {
  const meanScore = stat.scale === 'raw' ? SCORE_MAX - stat.mean : stat.mean;
  const low = meanScore - stat.sd;
  const high = meanScore + stat.sd;
  return {
    meanScore,
    sdScore: stat.sd,
    bandLowScore: Math.max(0, low),
    bandHighScore: Math.min(SCORE_MAX, high),
    position: score < low ? 'below' : score > high ? 'above' : 'within',
  };
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Scores answers against a Quick Check benchmark; the 2025 one needs a rework rate. */
export function quickCheckScores(answers: DoraAnswers, benchmark: QuickCheckBenchmark): FieldResult<QuickCheckResult> {
  const usesRework = benchmark.reworkRate !== undefined;
  if (usesRework && answers.reworkRate === undefined) {
    return { ok: false, message: 'This benchmark scores five metrics: enter a deployment rework rate (0–100%).' };
  }
  const scored: { metric: MetricId; score: number }[] = [
    { metric: 'leadTime', score: answerScore(answers.leadTime) },
    { metric: 'deploymentFrequency', score: answerScore(answers.deploymentFrequency) },
    { metric: 'recoveryTime', score: answerScore(answers.recoveryTime) },
    { metric: 'changeFailureRate', score: percentScore(answers.changeFailureRate) },
  ];
  if (answers.reworkRate !== undefined) scored.push({ metric: 'reworkRate', score: percentScore(answers.reworkRate) });

  const metrics = scored.map(({ metric, score }) => {
    const stat = benchmark[metric];
    return { metric, score, benchmark: stat ? benchmarkOnScoreScale(stat, score) : null };
  });
  const scoreOf = (metric: MetricId) => metrics.find((m) => m.metric === metric)?.score;
  const present = (ids: readonly MetricId[]) => ids.map(scoreOf).filter((s): s is number => s !== undefined);
  const inOverall: MetricId[] = ['leadTime', 'deploymentFrequency', 'recoveryTime', 'changeFailureRate'];
  if (usesRework) inOverall.push('reworkRate');

  return {
    ok: true,
    value: {
      metrics,
      throughput: mean(present(['leadTime', 'deploymentFrequency', 'recoveryTime'])),
      instability: mean(present(['changeFailureRate', 'reworkRate'])),
      overall: mean(present(inOverall)),
      metricsInOverall: usesRework ? 5 : 4,
    },
  };
}

/**
 * The Quick Check benchmark to hold a report year's answers against: the
 * year's own, else the nearest later one, else the latest earlier one. DORA
 * first published Quick Check benchmarks with 2024, so 2019–2023 use 2024's.
 */
export function quickCheckBenchmarkFor(
  years: readonly { year: number; quickCheck?: QuickCheckBenchmark | undefined }[],
  year: number,
): { year: number; benchmark: QuickCheckBenchmark } | null {
  const withBenchmark = years
    .flatMap((y) => (y.quickCheck ? [{ year: y.year, benchmark: y.quickCheck }] : []))
    .sort((a, b) => a.year - b.year);
  return (
    withBenchmark.find((y) => y.year === year) ??
    withBenchmark.find((y) => y.year > year) ??
    withBenchmark.at(-1) ??
    null
  );
}
