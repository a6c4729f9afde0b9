/**
 * Two facts about the published cluster tables that the classifier's rules
 * (src/lib/dora/classify.ts) answer: cells that overlap, so one metric cannot
 * tell tiers apart, and cells where a better tier published a worse value.
 * The tests hold the data to them; the site does not need them.
 */
import { cellScoreRange, classifyingMetrics, type ClusterMetric } from '../../../src/lib/dora/classify';
import type { ClusteredYear } from '../../../src/lib/dora/benchmark-schema';
import type { Tier } from '../../../src/lib/dora/tiers';

export interface CellOverlap {
  metric: ClusterMetric;
  /** Tiers sharing at least one value on this metric, best first. */
  tiers: Tier[];
  labels: string[];
}

/** Where a year's cells overlap, so one metric cannot tell tiers apart (e.g. 2019 change failure rate). */
export function overlappingCells(year: ClusteredYear): CellOverlap[] {
  return classifyingMetrics(year).flatMap((metric) => {
    const ranges = year.clusters.flatMap((cluster) => {
      const cell = cluster[metric];
      return cell ? [{ tier: cluster.tier, label: cell.label, range: cellScoreRange(cell) }] : [];
    });
    // Two intervals overlap iff one contains an endpoint of the other, so endpoints are enough.
    const groups = ranges
      .flatMap((r) => r.range)
      .map((point) => ranges.filter(({ range: [lo, hi] }) => lo <= point && point <= hi))
      .filter((group) => group.length > 1);
    const keyOf = (group: typeof ranges) => group.map((r) => r.tier).join();
    const unique = [...new Map(groups.map((g) => [keyOf(g), g])).values()];
    const maximal = unique.filter(
      (g) => !unique.some((other) => other.length > g.length && g.every((r) => other.includes(r))),
    );
    return maximal.map((group) => ({ metric, tiers: group.map((r) => r.tier), labels: group.map((r) => r.label) }));
  });
}

export interface TierInversion {
  metric: ClusterMetric;
  /** The better tier, whose published value is nonetheless worse... */
  betterTier: Tier;
  /** ...than this lower tier's. */
  lowerTier: Tier;
  betterLabel: string;
  lowerLabel: string;
}

/** Metrics on which a better tier published a worse value than a lower tier (2024: High 20% vs Medium 10%). */
export function tierInversions(year: ClusteredYear): TierInversion[] {
  return classifyingMetrics(year).flatMap((metric) =>
    year.clusters.flatMap((better, i) =>
      year.clusters.slice(i + 1).flatMap((lower) => {
        const a = better[metric];
        const b = lower[metric];
        if (!a || !b || cellScoreRange(a)[1] >= cellScoreRange(b)[0]) return [];
        return [{ metric, betterTier: better.tier, lowerTier: lower.tier, betterLabel: a.label, lowerLabel: b.label }];
      }),
    ),
  );
}
