/** The benchmark entries as the site loads them: every file parsed with the collection's schema. */
import y2019 from '../../../src/content/benchmarks/2019.json';
import y2021 from '../../../src/content/benchmarks/2021.json';
import y2022 from '../../../src/content/benchmarks/2022.json';
import y2023 from '../../../src/content/benchmarks/2023.json';
import y2024 from '../../../src/content/benchmarks/2024.json';
import y2025 from '../../../src/content/benchmarks/2025.json';
import { benchmarkYearSchema, type BenchmarkYear, type ClusteredYear } from '../../../src/lib/dora/benchmark-schema';

export const RAW_YEARS = { 2019: y2019, 2021: y2021, 2022: y2022, 2023: y2023, 2024: y2024, 2025: y2025 } as const;

export const YEARS: Record<keyof typeof RAW_YEARS, BenchmarkYear> = {
  2019: benchmarkYearSchema.parse(y2019),
  2021: benchmarkYearSchema.parse(y2021),
  2022: benchmarkYearSchema.parse(y2022),
  2023: benchmarkYearSchema.parse(y2023),
  2024: benchmarkYearSchema.parse(y2024),
  2025: benchmarkYearSchema.parse(y2025),
};

export function clustered(year: 2019 | 2021 | 2022 | 2023 | 2024): ClusteredYear {
  const entry = YEARS[year];
  if (entry.kind !== 'clusters') throw new Error(`${year} has no clusters`);
  return entry;
}

export const CLUSTERED_YEARS = [2019, 2021, 2022, 2023, 2024] as const;

export function quickCheckBenchmark(year: 2024 | 2025) {
  const benchmark = YEARS[year].quickCheck;
  if (!benchmark) throw new Error(`${year} has no Quick Check benchmark`);
  return benchmark;
}
