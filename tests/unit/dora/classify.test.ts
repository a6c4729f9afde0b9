import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_CODES, type AnswerCode, type DoraAnswers } from '../../../src/lib/dora/answer-scale';
import type { Cluster, PercentCell } from '../../../src/lib/dora/benchmark-schema';
import { TIER_LABELS } from '../../../src/lib/dora/tiers';
import {
  cellDistancePoints,
  metricTier,
  performanceLevel,
  rankedTierFits,
} from '../../../src/lib/dora/classify';
import { overlappingCells, tierInversions } from './benchmark-quirks';
import { clustered, CLUSTERED_YEARS, YEARS } from './benchmark-years';

const codesIn = ([lo, hi]: readonly [AnswerCode, AnswerCode]) => ANSWER_CODES.filter((c) => c >= lo && c <= hi);
/** A published percentage cell's representative values: the point, or a range's ends and midpoint. */
const percentsIn = (cell: PercentCell) =>
  typeof cell.percent === 'number'
    ? [cell.percent]
    : [cell.percent[0], (cell.percent[0] + cell.percent[1]) / 2, cell.percent[1]];

/** Every combination of values a published row allows. */
function rowAnswers(cluster: Cluster): DoraAnswers[] {
  const rows: DoraAnswers[] = [];
  for (const deploymentFrequency of codesIn(cluster.deploymentFrequency.codes))
    for (const leadTime of codesIn(cluster.leadTime.codes))
      for (const recoveryTime of codesIn(cluster.recoveryTime.codes))
        for (const changeFailureRate of percentsIn(cluster.changeFailureRate))
          rows.push({ deploymentFrequency, leadTime, recoveryTime, changeFailureRate });
  return rows;
}

const level = (year: (typeof CLUSTERED_YEARS)[number], answers: DoraAnswers) => {
  const result = performanceLevel(clustered(year), answers);
  if (result.kind !== 'level') throw new Error('expected a level');
  return result;
};

describe('every published row classifies as its own tier', () => {
  for (const year of CLUSTERED_YEARS) {
    for (const cluster of clustered(year).clusters) {
      const rows = rowAnswers(cluster);
      it(`${year} ${TIER_LABELS[cluster.tier]} row classifies as ${cluster.tier}, for all ${rows.length} readings of its cells (DORA State of DevOps ${year})`, () => {
        for (const answers of rows) {
          const result = level(year, answers);
          expect(result.level, JSON.stringify(answers)).toBe(cluster.tier);
          expect(result.ranking[0]?.distancePoints).toBe(0);
          expect(result.ranking[1]?.distancePoints).toBeGreaterThan(0);
        }
      });
    }
  }
});

describe('distance on the Quick Check 0–10 scale', () => {
  const cfr = { label: '0–15%', percent: [0, 15] as [number, number] };
  it('is 0 inside a cell and the gap to the nearer edge outside (10 points of percentage = 1 point)', () => {
    expect(cellDistancePoints(cfr, 10 - 10 / 10)).toBe(0);
    expect(cellDistancePoints(cfr, 10 - 35 / 10)).toBeCloseTo(2);
  });
  it('one answer step is 2 points ("1/day–1/week" to answer 6 is 4 points)', () => {
    expect(cellDistancePoints({ label: '1/day–1/week', codes: [4, 4] }, 10)).toBe(4);
  });
});

describe('overlaps and oddities are found in the data, not hidden', () => {
  it('2019: Elite, High and Medium share 0–15% change failure rate and, at "less than one hour", time to restore (DORA State of DevOps 2019)', () => {
    expect(overlappingCells(clustered(2019)).map((o) => [o.metric, o.tiers])).toEqual([
      ['recoveryTime', ['elite', 'high', 'medium']],
      ['changeFailureRate', ['elite', 'high', 'medium']],
    ]);
  });
  it('2021: High, Medium and Low share 16–30%; Elite and High overlap on time to restore (DORA State of DevOps 2021)', () => {
    expect(overlappingCells(clustered(2021)).map((o) => [o.metric, o.tiers])).toEqual([
      ['recoveryTime', ['elite', 'high']],
      ['changeFailureRate', ['high', 'medium', 'low']],
    ]);
  });
  it('2022: no cells overlap (DORA State of DevOps 2022)', () => {
    expect(overlappingCells(clustered(2022))).toEqual([]);
  });
  it('2023: Medium and Low are equal on deployment frequency and lead time (DORA State of DevOps 2023)', () => {
    expect(overlappingCells(clustered(2023)).map((o) => [o.metric, o.tiers, o.labels[0]])).toEqual([
      ['deploymentFrequency', ['medium', 'low'], '1/week–1/month'],
      ['leadTime', ['medium', 'low'], '1 week–1 month'],
      ['recoveryTime', ['elite', 'high'], '< 1 hour'],
    ]);
  });
  it('2024: High publishes a worse change failure rate (20%) than Medium (10%), the only inversion in any year (DORA State of DevOps 2024)', () => {
    expect(tierInversions(clustered(2024))).toEqual([
      { metric: 'changeFailureRate', betterTier: 'high', lowerTier: 'medium', betterLabel: '20%', lowerLabel: '10%' },
    ]);
    for (const year of [2019, 2021, 2022, 2023] as const) expect(tierInversions(clustered(year))).toEqual([]);
  });
  it("each year's notes name every metric that has an overlap or inversion (benchmark data, all years)", () => {
    const words = {
      deploymentFrequency: /deployment frequency/i,
      leadTime: /lead time/i,
      recoveryTime: /time to restore|recovery time/i,
      changeFailureRate: /change failure rate/i,
      reworkRate: /rework/i,
    };
    for (const year of CLUSTERED_YEARS) {
      const notes = clustered(year).notes.join(' ');
      const metrics = [...overlappingCells(clustered(year)), ...tierInversions(clustered(year))].map((o) => o.metric);
      for (const metric of metrics) expect(notes, `${year} ${metric}`).toMatch(words[metric]);
    }
  });
});

describe('per-metric tier', () => {
  it('10% in 2019 matches Elite, High and Medium (all 0–15%) and is credited to Elite, the highest it meets (DORA State of DevOps 2019)', () => {
    const m = metricTier(
      clustered(2019),
      { deploymentFrequency: 3, leadTime: 3, recoveryTime: 5, changeFailureRate: 10 },
      'changeFailureRate',
    );
    expect(m?.matchingTiers).toEqual(['elite', 'high', 'medium']);
    expect(m?.tier).toBe('elite');
    expect(m?.rule).toBe('highest-of-overlapping');
  });
  it('deploying between hourly and daily (answer 5) in 2023 is equally near Elite and High and is credited to High (DORA State of DevOps 2023)', () => {
    const m = metricTier(
      clustered(2023),
      { deploymentFrequency: 5, leadTime: 4, recoveryTime: 5, changeFailureRate: 10 },
      'deploymentFrequency',
    );
    expect(m?.matchingTiers).toEqual([]);
    expect(m?.nearestTiers).toEqual(['elite', 'high']);
    expect(m?.tier).toBe('high');
    expect(m?.rule).toBe('lower-of-equidistant');
  });
  it('uses the year\'s own metric name: "Time to restore service" in 2021 (DORA State of DevOps 2021)', () => {
    const m = metricTier(
      clustered(2021),
      { deploymentFrequency: 6, leadTime: 6, recoveryTime: 6, changeFailureRate: 5 },
      'recoveryTime',
    );
    expect(m?.name).toBe('Time to restore service');
    expect(m?.valueLabel).toBe('Less than one hour');
  });
});

describe('overall level and its tie-break', () => {
  it('2023: Medium and Low throughput with a 40% failure rate and a one-week-to-one-month recovery is Low, by 4.4 points to 4.5 (DORA State of DevOps 2023)', () => {
    const r = level(2023, { deploymentFrequency: 3, leadTime: 3, recoveryTime: 3, changeFailureRate: 40 });
    expect(r.level).toBe('low');
    expect(r.ranking.slice(0, 2).map((f) => [f.tier, Number(f.distancePoints.toFixed(1))])).toEqual([
      ['low', 4.4],
      ['medium', 4.5],
    ]);
    expect(r.decisionNotes.join(' ')).toMatch(/inside the published cells of Medium and Low/);
  });
  it('2024: a 10% failure rate with High throughput is still High; throughput decides despite the inversion (DORA State of DevOps 2024)', () => {
    expect(level(2024, { deploymentFrequency: 4, leadTime: 4, recoveryTime: 5, changeFailureRate: 10 }).level).toBe(
      'high',
    );
    expect(level(2024, { deploymentFrequency: 3, leadTime: 3, recoveryTime: 5, changeFailureRate: 20 }).level).toBe(
      'medium',
    );
  });
  it('2019: equal distance goes to the tier with more answers inside its cells (High 3 of 4 against Elite 2 of 4)', () => {
    const r = level(2019, { deploymentFrequency: 6, leadTime: 4, recoveryTime: 5, changeFailureRate: 0 });
    expect(r.ranking.slice(0, 2)).toEqual([
      { tier: 'high', distancePoints: 4, metricsInside: 3 },
      { tier: 'elite', distancePoints: 4, metricsInside: 2 },
    ]);
    expect(r.level).toBe('high');
    expect(r.decisionNotes.join(' ')).toMatch(
      /Elite and High are equally near; High has the most of your answers inside its published cells \(3 of 4\)/,
    );
  });
  it('2019: equal distance and equally many answers inside goes to the lower tier (High over Elite at 4 points, 3 of 4 each)', () => {
    const r = level(2019, { deploymentFrequency: 4, leadTime: 6, recoveryTime: 6, changeFailureRate: 0 });
    expect(r.level).toBe('high');
    expect(r.decisionNotes.join(' ')).toMatch(
      /Elite and High have equally many answers inside their cells \(3 of 4\), so the tie goes to the lower tier, High/,
    );
  });
  it('2019: in a three-way tie only the tiers with the most answers inside compete (Elite and Medium 3 of 4, High 2), and the lower wins', () => {
    const r = level(2019, { deploymentFrequency: 3, leadTime: 6, recoveryTime: 6, changeFailureRate: 0 });
    expect(r.ranking.slice(0, 3).map((f) => [f.tier, f.distancePoints, f.metricsInside])).toEqual([
      ['medium', 6, 3],
      ['elite', 6, 3],
      ['high', 6, 2],
    ]);
    expect(r.decisionNotes.join(' ')).toMatch(
      /Elite, High and Medium are equally near; Elite and Medium have equally many answers/,
    );
  });
  it('2022 has no Elite, so the fastest answers are High (DORA State of DevOps 2022)', () => {
    expect(level(2022, { deploymentFrequency: 6, leadTime: 6, recoveryTime: 6, changeFailureRate: 0 }).level).toBe(
      'high',
    );
  });
  it('a rework rate is noted but does not change the 2024 level (DORA State of DevOps 2024 publishes no rework per cluster)', () => {
    const base = { deploymentFrequency: 6, leadTime: 5, recoveryTime: 6, changeFailureRate: 5 } as const;
    const without = level(2024, base);
    const withRework = level(2024, { ...base, reworkRate: 90 });
    expect(withRework.ranking).toEqual(without.ranking);
    expect(withRework.decisionNotes.join(' ')).toMatch(/rework rate is not published per cluster in 2024/);
    expect(level(2019, { ...base, reworkRate: 3 }).decisionNotes.join(' ')).toMatch(
      /2019 report did not measure deployment rework rate/,
    );
  });
  it("returns the year's notes with the result (2023 Low equals Medium on throughput)", () => {
    expect(
      level(2023, { deploymentFrequency: 3, leadTime: 3, recoveryTime: 4, changeFailureRate: 15 }).yearNotes[0],
    ).toMatch(/Low cluster reported the same deployment frequency/);
  });
});

describe('years without clusters', () => {
  it('2025 gives no level and explains the seven team profiles (DORA State of AI-assisted Software Development 2025)', () => {
    const r = performanceLevel(YEARS[2025], {
      deploymentFrequency: 6,
      leadTime: 6,
      recoveryTime: 6,
      changeFailureRate: 5,
    });
    expect(r.kind).toBe('no-clusters');
    expect(r.kind === 'no-clusters' && r.message).toMatch(/no performance clusters; it describes 7 team profiles/);
  });
});

describe('properties (fast-check)', () => {
  const code = fc.constantFrom(...ANSWER_CODES);
  const percent = fc.double({ min: 0, max: 100, noNaN: true });
  const answers = fc.record({
    deploymentFrequency: code,
    leadTime: code,
    recoveryTime: code,
    changeFailureRate: percent,
    reworkRate: fc.option(percent, { nil: undefined }),
  });
  const year = fc.constantFrom(...CLUSTERED_YEARS);

  it('any accepted answers get a tier of that year, finite sorted distances and notes without NaN', () => {
    fc.assert(
      fc.property(year, answers, (y, a) => {
        const r = level(y, a);
        const tiers = clustered(y).clusters.map((c) => c.tier);
        expect(tiers).toContain(r.level);
        expect(r.ranking.map((f) => f.tier).sort()).toEqual([...tiers].sort());
        for (const [i, fit] of r.ranking.entries()) {
          expect(Number.isFinite(fit.distancePoints)).toBe(true);
          expect(fit.distancePoints).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(fit.distancePoints).toBeGreaterThanOrEqual((r.ranking[i - 1]?.distancePoints ?? 0) - 1e-9);
        }
        expect([...r.decisionNotes, ...r.metrics.map((m) => m.valueLabel)].join(' ')).not.toMatch(
          /NaN|undefined|Infinity/,
        );
      }),
    );
  });

  it('answers inside every cell of a row classify as that row, whatever the values within the cells', () => {
    const inRow = year.chain((y) =>
      fc.constantFrom(...clustered(y).clusters).chain((cluster) => {
        const [lo, hi] =
          typeof cluster.changeFailureRate.percent === 'number'
            ? [cluster.changeFailureRate.percent, cluster.changeFailureRate.percent]
            : cluster.changeFailureRate.percent;
        return fc
          .record({
            deploymentFrequency: fc.constantFrom(...codesIn(cluster.deploymentFrequency.codes)),
            leadTime: fc.constantFrom(...codesIn(cluster.leadTime.codes)),
            recoveryTime: fc.constantFrom(...codesIn(cluster.recoveryTime.codes)),
            changeFailureRate: fc.double({ min: lo, max: hi, noNaN: true }),
          })
          .map((a) => ({ y, tier: cluster.tier, a }));
      }),
    );
    fc.assert(fc.property(inRow, ({ y, tier, a }) => rankedTierFits(clustered(y), a)[0]?.tier === tier));
  });
});
