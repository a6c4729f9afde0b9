import { describe, expect, it } from 'vitest';
import { benchmarkYearSchema } from '../../../src/lib/dora/benchmark-schema';
import { clustered, RAW_YEARS, YEARS } from './benchmark-years';

describe('benchmark entries (src/content/benchmarks)', () => {
  it.each(Object.entries(RAW_YEARS))('%s.json validates and its year matches the file name', (file, raw) => {
    const parsed = benchmarkYearSchema.safeParse(raw);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.year).toBe(Number(file));
    expect(parsed.data?.source.url).toMatch(/^https:\/\/dora\.dev\/research\//);
    expect(parsed.data?.source.publisher).toBe('DORA / Google Cloud');
  });

  it('2019 shares are Elite 20%, High 23%, Medium 44%, Low 12% (DORA State of DevOps 2019)', () => {
    expect(clustered(2019).clusters.map((c) => [c.tier, c.sharePercent])).toEqual([
      ['elite', 20],
      ['high', 23],
      ['medium', 44],
      ['low', 12],
    ]);
  });

  it('2021 shares are Elite 26%, High 40%, Medium 28%, Low 7% (Accelerate State of DevOps 2021)', () => {
    expect(clustered(2021).clusters.map((c) => [c.tier, c.sharePercent])).toEqual([
      ['elite', 26],
      ['high', 40],
      ['medium', 28],
      ['low', 7],
    ]);
  });

  it('2022 has three clusters and no Elite (DORA State of DevOps 2022)', () => {
    expect(clustered(2022).clusters.map((c) => c.tier)).toEqual(['high', 'medium', 'low']);
    expect(clustered(2022).clusters.map((c) => c.sharePercent)).toEqual([11, 69, 19]);
  });

  it('2023 Low share is the published range 17–18% (DORA State of DevOps 2023)', () => {
    expect(clustered(2023).clusters[3]?.sharePercent).toEqual([17, 18]);
  });

  it('metric names follow the reports: time to restore before 2023, failed deployment recovery time from 2023, rework from 2024', () => {
    expect(YEARS[2022].metricNames.recoveryTime).toBe('Time to restore service');
    expect(YEARS[2023].metricNames.recoveryTime).toBe('Failed deployment recovery time');
    expect(YEARS[2023].metricNames.reworkRate).toBeUndefined();
    expect(YEARS[2024].metricNames.reworkRate).toBe('Deployment rework rate');
  });

  it('2024 publishes no rework cells in its cluster table (DORA State of DevOps 2024)', () => {
    expect(clustered(2024).clusters.every((c) => c.reworkRate === undefined)).toBe(true);
  });

  it('change failure rate is a bucket before 2023 and a single value from 2023 (DORA metrics history)', () => {
    expect(clustered(2022).clusters[0]?.changeFailureRate).toEqual({ label: '0–15%', percent: [0, 15] });
    expect(clustered(2023).clusters.map((c) => c.changeFailureRate.percent)).toEqual([5, 10, 15, 64]);
    expect(clustered(2024).clusters.map((c) => c.changeFailureRate.percent)).toEqual([5, 20, 10, 40]);
  });

  it('"< 1 day" covers answers 5–6 and "< 1 hour" answer 6 (reading of the 2019 table on the Quick Check scale)', () => {
    const elite = clustered(2019).clusters[0];
    expect(elite?.leadTime).toEqual({ label: '< 1 day', codes: [5, 6] });
    expect(elite?.recoveryTime).toEqual({ label: '< 1 hour', codes: [6, 6] });
  });

  it('2025 records no clusters but seven team profiles (DORA State of AI-assisted Software Development 2025)', () => {
    const y = YEARS[2025];
    expect(y.kind).toBe('team-profiles');
    expect(y.clusters).toBeNull();
    expect(y.kind === 'team-profiles' && y.teamProfileCount).toBe(7);
    expect(y.notes.join(' ')).toMatch(/seven team profiles/);
  });

  it('Quick Check benchmarks: 2024 all industries has four metrics, 2025 five (dora.dev/quickcheck)', () => {
    expect(YEARS[2024].quickCheck?.leadTime).toEqual({ mean: 5.1, sd: 2.6, scale: 'score' });
    expect(YEARS[2024].quickCheck?.changeFailureRate).toEqual({ mean: 1.7, sd: 2.0, scale: 'raw' });
    expect(YEARS[2024].quickCheck?.reworkRate).toBeUndefined();
    expect(YEARS[2025].quickCheck?.reworkRate).toEqual({ mean: 2.2, sd: 2.2, scale: 'raw' });
    expect(YEARS[2025].quickCheck?.recoveryTime).toEqual({ mean: 7.4, sd: 2.1, scale: 'score' });
  });
});

describe('benchmarkYearSchema rejects mistakes an editor could make', () => {
  const good = RAW_YEARS[2023];
  const issuePaths = (value: unknown) =>
    benchmarkYearSchema.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('a code outside 1–6', () => {
    const bad = structuredClone(good) as { clusters: { leadTime: { codes: number[] } }[] };
    bad.clusters[0]!.leadTime.codes = [0, 6];
    expect(issuePaths(bad)).toContain('clusters.0.leadTime.codes.0');
  });

  it('a code range given highest first', () => {
    const bad = structuredClone(good) as { clusters: { leadTime: { codes: number[] } }[] };
    bad.clusters[0]!.leadTime.codes = [6, 5];
    expect(issuePaths(bad)).toContain('clusters.0.leadTime.codes');
  });

  it('tiers out of order', () => {
    const bad = structuredClone(good) as { clusters: unknown[] };
    bad.clusters.reverse();
    expect(issuePaths(bad)).toContain('clusters');
  });

  it('a source year that differs from the entry year', () => {
    expect(issuePaths({ ...good, source: { ...good.source, year: 2022 } })).toContain('source.year');
  });

  it('rework cells on only some clusters', () => {
    const bad = structuredClone(RAW_YEARS[2024]) as { clusters: Record<string, unknown>[] };
    bad.clusters[0]!.reworkRate = { label: '5%', percent: 5 };
    expect(issuePaths(bad)).toContain('clusters');
  });

  it('clusters on a team-profiles year', () => {
    expect(issuePaths({ ...RAW_YEARS[2025], clusters: RAW_YEARS[2024].clusters })).toContain('clusters');
  });

  it('an unknown field (typo)', () => {
    expect(issuePaths({ ...good, note: 'x' }).length).toBeGreaterThan(0);
  });
});
