/**
 * Which DORA cluster a team's answers are nearest to, for one report year.
 *
 * Distance: every answer and every published cell is put on the Quick Check's
 * 0–10 score scale (one answer step = 2 points, 10 percentage points = 1 point),
 * so a step of lead time and 20 points of change failure rate weigh the same,
 * as they do in the Quick Check's own score. A metric's distance to a cell is 0
 * inside the cell and the gap to its nearer edge outside; a tier's distance is
 * the sum over the metrics the year publishes.
 *
 * Overall level: the tier with the smallest distance. Ties (within
 * DISTANCE_TIE_TOLERANCE_POINTS) go to the tier with more answers inside its
 * published cells, because it describes more of the team verbatim; a remaining
 * tie goes to the lower tier, because a benchmark should not flatter.
 *
 * Every published row reproduces itself: fed a row's own values (any code in a
 * range cell, any percentage in a range), that tier is 0 points away, and no
 * other tier is, because no two rows of any year agree on every metric (the
 * closest pair, 2023 Medium and Low, differ on change failure rate and recovery
 * time). Overlapping cells make single metrics ambiguous, never whole rows.
 *
 * Per metric: a value inside several tiers' cells (e.g. 10% in 2019, where
 * Elite, High and Medium all published 0–15%) meets each of them and is
 * credited to the highest; a value inside none is credited to the nearest
 * cell, and if two are equally near, to the lower tier, since it meets neither.
 */
import { answerLabel, METRIC_NAMES, type DoraAnswers } from './answer-scale';
import type { BenchmarkYear, Cluster, ClusteredYear, CodeCell, PercentCell } from './benchmark-schema';
import { TIERS, TIER_LABELS, type Tier } from './tiers';
import { answerScore, percentScore } from './quick-check';

/** Metrics a cluster table can publish. */
export type ClusterMetric = 'deploymentFrequency' | 'leadTime' | 'recoveryTime' | 'changeFailureRate' | 'reworkRate';

/** Distances closer than this are equal (they are sums of decimals). */
export const DISTANCE_TIE_TOLERANCE_POINTS = 1e-9;

/** The overall rule, in the order it is applied. */
export const OVERALL_TIE_BREAK = ['fewest-points', 'most-metrics-inside', 'lower-tier'] as const;

type Pick = 'highest' | 'lowest';
/** A value inside several tiers' cells meets each of them: credit the highest. */
export const OVERLAP_CREDITS: Pick = 'highest';
/** A value outside every cell, equally near two or more, meets none of them: credit the lowest. */
export const EQUIDISTANT_CREDITS: Pick = 'lowest';
/** `tiers` is best first and never empty (a clustered year has at least two clusters). */
const pick = (tiers: readonly Tier[], which: Pick) =>
  (which === 'highest' ? tiers[0] : tiers[tiers.length - 1]) as Tier;

type Cell = CodeCell | PercentCell;
/** [worst, best] on the 0–10 score scale. */
type ScoreRange = readonly [number, number];

export function cellScoreRange(cell: Cell): ScoreRange {
  if ('codes' in cell) return [answerScore(cell.codes[0]), answerScore(cell.codes[1])];
  const [lo, hi] = typeof cell.percent === 'number' ? [cell.percent, cell.percent] : cell.percent;
  return [percentScore(hi), percentScore(lo)];
}

/** Points between a score and a cell: 0 inside it. */
export function cellDistancePoints(cell: Cell, score: number): number {
  const [lo, hi] = cellScoreRange(cell);
  return Math.max(0, lo - score, score - hi);
}

/** The metrics every cluster of the year publishes, i.e. the ones that classify. */
export function classifyingMetrics(year: ClusteredYear): ClusterMetric[] {
  const metrics: ClusterMetric[] = ['deploymentFrequency', 'leadTime', 'recoveryTime', 'changeFailureRate'];
  if (year.clusters.every((c) => c.reworkRate !== undefined)) metrics.push('reworkRate');
  return metrics;
}

const tierRank = (tier: Tier) => TIERS.indexOf(tier);
const byBestFirst = (a: Tier, b: Tier) => tierRank(a) - tierRank(b);
const same = (a: number, b: number) => Math.abs(a - b) <= DISTANCE_TIE_TOLERANCE_POINTS;
const cellOf = (cluster: Cluster, metric: ClusterMetric): Cell | undefined => cluster[metric];

function metricScore(answers: DoraAnswers, metric: ClusterMetric): number | undefined {
  switch (metric) {
    case 'deploymentFrequency':
    case 'leadTime':
    case 'recoveryTime':
      return answerScore(answers[metric]);
    case 'changeFailureRate':
      return percentScore(answers.changeFailureRate);
    case 'reworkRate':
      return answers.reworkRate === undefined ? undefined : percentScore(answers.reworkRate);
  }
}

function valueLabel(answers: DoraAnswers, metric: ClusterMetric): string {
  switch (metric) {
    case 'deploymentFrequency':
    case 'leadTime':
    case 'recoveryTime':
      return answerLabel(metric, answers[metric]);
    case 'changeFailureRate':
      return formatPercent(answers.changeFailureRate);
    case 'reworkRate':
      return answers.reworkRate === undefined ? 'not answered' : formatPercent(answers.reworkRate);
  }
}

export interface MetricTier {
  metric: ClusterMetric;
  /** The year's name for the metric, e.g. "Time to restore service" in 2019. */
  name: string;
  /** The answer in words, e.g. "Less than one day" or "12%". */
  valueLabel: string;
  /** Tiers whose published cell contains the answer, best first. */
  matchingTiers: Tier[];
  /** The tiers at the smallest distance, best first (the matching ones when any match). */
  nearestTiers: Tier[];
  /** The tier this metric is credited to. */
  tier: Tier;
  rule: 'only-match' | 'highest-of-overlapping' | 'nearest' | 'lower-of-equidistant';
  /** Every cluster's published cell and its distance from the answer. */
  cells: { tier: Tier; label: string; distancePoints: number }[];
}

/** One metric against every cluster of the year. Undefined if the answer is missing (rework). */
export function metricTier(year: ClusteredYear, answers: DoraAnswers, metric: ClusterMetric): MetricTier | undefined {
  const score = metricScore(answers, metric);
  if (score === undefined) return undefined;
  const cells = year.clusters.flatMap((cluster) => {
    const cell = cellOf(cluster, metric);
    return cell ? [{ tier: cluster.tier, label: cell.label, distancePoints: cellDistancePoints(cell, score) }] : [];
  });
  const best = Math.min(...cells.map((c) => c.distancePoints));
  const nearestTiers = cells
    .filter((c) => same(c.distancePoints, best))
    .map((c) => c.tier)
    .sort(byBestFirst);
  const matchingTiers = cells
    .filter((c) => c.distancePoints === 0)
    .map((c) => c.tier)
    .sort(byBestFirst);
  const inside = matchingTiers.length > 0;
  const tier = pick(nearestTiers, inside ? OVERLAP_CREDITS : EQUIDISTANT_CREDITS);
  const rule = inside
    ? matchingTiers.length === 1
      ? 'only-match'
      : 'highest-of-overlapping'
    : nearestTiers.length === 1
      ? 'nearest'
      : 'lower-of-equidistant';
  return {
    metric,
    name: year.metricNames[metric] ?? METRIC_NAMES[metric],
    valueLabel: valueLabel(answers, metric),
    matchingTiers,
    nearestTiers,
    tier,
    rule,
    cells,
  };
}

export interface TierFit {
  tier: Tier;
  /** Sum over the classifying metrics of the distance to this tier's cells. */
  distancePoints: number;
  /** How many answers fall inside this tier's published cells. */
  metricsInside: number;
}

const tieBreakSteps: Record<(typeof OVERALL_TIE_BREAK)[number], (a: TierFit, b: TierFit) => number> = {
  'fewest-points': (a, b) => (same(a.distancePoints, b.distancePoints) ? 0 : a.distancePoints - b.distancePoints),
  'most-metrics-inside': (a, b) => b.metricsInside - a.metricsInside,
  'lower-tier': (a, b) => tierRank(b.tier) - tierRank(a.tier),
};

/** Orders fits by the overall rule: the first is the level. */
export function compareTierFits(a: TierFit, b: TierFit): number {
  for (const step of OVERALL_TIE_BREAK) {
    const order = tieBreakSteps[step](a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** Every cluster's fit, best first. */
export function rankedTierFits(year: ClusteredYear, answers: DoraAnswers): TierFit[] {
  const metrics = classifyingMetrics(year);
  return year.clusters
    .map((cluster) => {
      let distancePoints = 0;
      let metricsInside = 0;
      for (const metric of metrics) {
        const cell = cellOf(cluster, metric);
        const score = metricScore(answers, metric);
        if (!cell || score === undefined) continue;
        const d = cellDistancePoints(cell, score);
        distancePoints += d;
        if (d === 0) metricsInside += 1;
      }
      return { tier: cluster.tier, distancePoints, metricsInside };
    })
    .sort(compareTierFits);
}

export type PerformanceLevel =
  | {
      kind: 'level';
      year: number;
      level: Tier;
      /** Every cluster, best fit first. */
      ranking: TierFit[];
      metrics: MetricTier[];
      /** The report year's own notes (overlaps, oddities, renamed metrics), from the benchmark data. */
      yearNotes: string[];
      /** How this result was decided, in sentences for the learner. */
      decisionNotes: string[];
    }
  | { kind: 'no-clusters'; year: number; message: string; yearNotes: string[] };

/** The level for validated answers. */
export function performanceLevel(year: BenchmarkYear, answers: DoraAnswers): PerformanceLevel {
  if (year.clusters === null) {
    return {
      kind: 'no-clusters',
      year: year.year,
      message:
        `The ${year.year} report has no performance clusters; it describes ${year.teamProfileCount} team profiles ` +
        'instead, so there is no level to compare with. Your Quick Check score is shown instead.',
      yearNotes: year.notes,
    };
  }
  const metrics = classifyingMetrics(year)
    .map((metric) => metricTier(year, answers, metric))
    .filter((m): m is MetricTier => m !== undefined);
  const ranking = rankedTierFits(year, answers);
  const level = (ranking[0] as TierFit).tier;
  return {
    kind: 'level',
    year: year.year,
    level,
    ranking,
    metrics,
    yearNotes: year.notes,
    decisionNotes: [
      ...metricNotes(metrics),
      ...overallNotes(ranking, metrics.length),
      ...unusedMetricNotes(year, answers),
    ],
  };
}

function metricNotes(metrics: readonly MetricTier[]): string[] {
  return metrics.flatMap((m) => {
    if (m.rule === 'highest-of-overlapping') {
      return [
        `${m.name}: your answer (${m.valueLabel}) is inside the published cells of ${tierList(m.matchingTiers)}, ` +
          `so this metric cannot tell them apart; it is credited to ${TIER_LABELS[m.tier]}, the highest tier it meets.`,
      ];
    }
    if (m.rule === 'lower-of-equidistant') {
      return [
        `${m.name}: your answer (${m.valueLabel}) is in no cluster's published cell and is equally near ` +
          `${tierList(m.nearestTiers)}; it meets neither, so it is credited to the lower tier, ${TIER_LABELS[m.tier]}.`,
      ];
    }
    return [];
  });
}

function overallNotes(ranking: readonly TierFit[], metricCount: number): string[] {
  const [first, second] = ranking;
  if (!first) return [];
  const lead =
    first.distancePoints === 0
      ? `Overall: all ${metricCount} answers are inside ${TIER_LABELS[first.tier]}'s published cells.`
      : `Overall: ${TIER_LABELS[first.tier]} is nearest, ${points(first.distancePoints)} from your answers ` +
        `(distances on the Quick Check's 0–10 scale, summed over ${metricCount} metrics).`;
  if (!second) return [lead];
  if (!same(first.distancePoints, second.distancePoints)) {
    return [`${lead} Next is ${TIER_LABELS[second.tier]} at ${points(second.distancePoints)}.`];
  }
  const tied = ranking.filter((fit) => same(fit.distancePoints, first.distancePoints));
  const names = tierList(tied.map((fit) => fit.tier).sort(byBestFirst));
  const mostInside = tied.filter((fit) => fit.metricsInside === first.metricsInside);
  const reason =
    mostInside.length === 1
      ? `${TIER_LABELS[first.tier]} has the most of your answers inside its published cells ` +
        `(${first.metricsInside} of ${metricCount}), so it is chosen.`
      : `${tierList(mostInside.map((fit) => fit.tier).sort(byBestFirst))} have equally many answers inside their cells ` +
        `(${first.metricsInside} of ${metricCount}), so the tie goes to the lower tier, ${TIER_LABELS[first.tier]}: ` +
        'a benchmark should not flatter.';
  return [`${lead} ${names} are equally near; ${reason}`];
}

function unusedMetricNotes(year: ClusteredYear, answers: DoraAnswers): string[] {
  if (answers.reworkRate === undefined || classifyingMetrics(year).includes('reworkRate')) return [];
  return [
    year.metricNames.reworkRate
      ? `Deployment rework rate is not published per cluster in ${year.year}, so it does not affect the level.`
      : `The ${year.year} report did not measure deployment rework rate, so it does not affect the level.`,
  ];
}

function tierList(tiers: readonly Tier[]): string {
  const names = tiers.map((t) => TIER_LABELS[t]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function points(distance: number): string {
  const rounded = Math.round(distance * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}

function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
