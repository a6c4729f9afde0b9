/**
 * Schema of one DORA report year (`src/content/benchmarks/<year>.json`).
 * Benchmarks are data: a new report is a new file, not a code change.
 * Used by the content config and tests only: pages validate the files at
 * build time and hand islands plain data, so browser code imports this module
 * for its types alone (`import type`) and never loads zod.
 *
 * Each published cell keeps the report's wording (`label`, for display) and a
 * machine-usable reading of it:
 * - throughput cells as a range of Quick Check answer codes. "< 1 day" is read
 *   literally as anything under a day, so it covers codes 5–6 ("less than one
 *   day" and "less than one hour"); otherwise a team faster than 2019's Elite
 *   would be scored further from Elite than a team matching it. "< 1 hour" and
 *   "on demand" are code 6, "1 day–1 week" and "1/day–1/week" code 4,
 *   "1–6 months" and "1/month–1/6 months" code 2, "> 6 months" and "fewer than
 *   1/6 months" code 1.
 * - change failure rate as a range [lo, hi] in percent (the 2019–2022 survey
 *   buckets) or one published percentage (free answers from 2023).
 */
import { z } from 'zod';
import { ANSWER_CODES } from './answer-scale';
import { TIERS } from './tiers';

/** Cluster names, best first (TIERS in tiers.ts, which browser code imports instead of this file). */
export const tierSchema = z.enum(TIERS);

const code = z.literal(ANSWER_CODES, { error: 'an answer code from 1 to 6' });
const percent = z.number().min(0).max(100);
const ordered = ([lo, hi]: readonly [number, number]) => lo <= hi;

/** A published throughput cell. Example: `{ "label": "< 1 day", "codes": [5, 6] }`. */
export const codeCellSchema = z.strictObject({
  /** The report's wording, verbatim. Example: "1/day–1/week". */
  label: z.string().min(1),
  /** Lowest and highest answer code the cell covers. Example: [4, 4]. */
  codes: z.tuple([code, code]).refine(ordered, 'codes must be [lowest, highest]'),
});
export type CodeCell = z.infer<typeof codeCellSchema>;

/** A published percentage cell. Examples: `{ "label": "0–15%", "percent": [0, 15] }`, `{ "label": "5%", "percent": 5 }`. */
export const percentCellSchema = z.strictObject({
  label: z.string().min(1),
  /** A range [lo, hi] as published before 2023, or the single value published since. */
  percent: z.union([percent, z.tuple([percent, percent]).refine(ordered, 'percent must be [lo, hi]')]),
});
export type PercentCell = z.infer<typeof percentCellSchema>;

/** One row of a report's cluster table. */
export const clusterSchema = z.strictObject({
  tier: tierSchema,
  /** Share of respondents in the cluster, when published. A range where the report gives one, e.g. [17, 18]. */
  sharePercent: z.union([percent, z.tuple([percent, percent]).refine(ordered)]).optional(),
  deploymentFrequency: codeCellSchema,
  leadTime: codeCellSchema,
  recoveryTime: codeCellSchema,
  changeFailureRate: percentCellSchema,
  /** No report so far publishes rework per cluster; allowed for a future one. */
  reworkRate: percentCellSchema.optional(),
});
export type Cluster = z.infer<typeof clusterSchema>;

/** Where the numbers come from. */
export const reportSourceSchema = z.strictObject({
  /** Example: "Accelerate State of DevOps Report 2023". */
  title: z.string().min(3),
  /** Example: "DORA / Google Cloud". */
  publisher: z.string().min(2),
  year: z.number().int().min(2014).max(2100),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
});

/** The year's own name for each metric. Example: "Time to restore service" before 2023. */
export const metricNamesSchema = z.strictObject({
  deploymentFrequency: z.string().min(3),
  leadTime: z.string().min(3),
  recoveryTime: z.string().min(3),
  changeFailureRate: z.string().min(3),
  /** Present from 2024, when the survey added it. */
  reworkRate: z.string().min(3).optional(),
});

/**
 * A Quick Check benchmark: mean and standard deviation of respondents' scores.
 * `scale: "score"` is the 0–10 score shown to learners (higher is better);
 * `scale: "raw"` is a percentage metric before inversion, i.e. p ÷ 10 (1.9
 * means about 19%, which scores 10 − 1.9 = 8.1).
 */
export const benchmarkStatSchema = z.strictObject({
  mean: z.number().min(0).max(10),
  sd: z.number().positive().max(10),
  scale: z.enum(['score', 'raw']),
});
export type BenchmarkStat = z.infer<typeof benchmarkStatSchema>;

export const quickCheckBenchmarkSchema = z.strictObject({
  /** Which respondents, as the Quick Check names them. Example: "All industries". */
  population: z.string().min(3),
  /** Example: `{ "title": "DORA Quick Check", "url": "https://dora.dev/quickcheck/" }`. */
  source: z.strictObject({ title: z.string().min(3), url: reportSourceSchema.shape.url }),
  leadTime: benchmarkStatSchema,
  deploymentFrequency: benchmarkStatSchema,
  recoveryTime: benchmarkStatSchema,
  changeFailureRate: benchmarkStatSchema,
  /** Present in the 2025 benchmark, whose overall score averages five metrics instead of four. */
  reworkRate: benchmarkStatSchema.optional(),
});
export type QuickCheckBenchmark = z.infer<typeof quickCheckBenchmarkSchema>;

const common = {
  /** The report year; equals the file name. */
  year: z.number().int().min(2014).max(2100),
  source: reportSourceSchema,
  metricNames: metricNamesSchema,
  /** Editorial notes shown with every result for this year: overlaps, oddities, renamed metrics. */
  notes: z.array(z.string().min(20)).min(1),
  quickCheck: quickCheckBenchmarkSchema.optional(),
};

/** A year whose report publishes performance clusters (2019–2024). */
export const clusteredYearSchema = z.strictObject({
  kind: z.literal('clusters'),
  ...common,
  /** Best tier first. 2022 has three (no Elite). */
  clusters: z.array(clusterSchema).min(2).max(4),
});

/** A year whose report has no clusters (2025: seven team profiles). */
export const unclusteredYearSchema = z.strictObject({
  kind: z.literal('team-profiles'),
  ...common,
  clusters: z.null(),
  /** How many team profiles the report describes instead. */
  teamProfileCount: z.number().int().positive(),
});

export const benchmarkYearSchema = z
  .discriminatedUnion('kind', [clusteredYearSchema, unclusteredYearSchema])
  .superRefine((entry, ctx) => {
    if (entry.source.year !== entry.year) {
      ctx.addIssue({ code: 'custom', path: ['source', 'year'], message: `must equal year (${entry.year})` });
    }
    if (entry.clusters === null) return;
    const tiers = entry.clusters.map((c) => c.tier);
    const expected = TIERS.filter((t) => tiers.includes(t));
    if (tiers.join() !== expected.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['clusters'],
        message: 'each tier once, best first (elite, high, medium, low)',
      });
    }
    const withRework = entry.clusters.filter((c) => c.reworkRate !== undefined).length;
    if (withRework !== 0 && (withRework !== entry.clusters.length || entry.metricNames.reworkRate === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['clusters'],
        message: 'reworkRate cells must be given for every cluster or none, and need metricNames.reworkRate',
      });
    }
  });

export type BenchmarkYear = z.infer<typeof benchmarkYearSchema>;
export type ClusteredYear = Extract<BenchmarkYear, { kind: 'clusters' }>;
