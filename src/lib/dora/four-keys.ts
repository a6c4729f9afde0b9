/**
 * The four keys computed from deployment records as the Four Keys project
 * defines them (github.com/dora-team/fourkeys, METRICS.md), then mapped to the
 * Quick Check answer scale so a file can be classified like typed answers.
 *
 * Calendar choices: days, weeks and months are UTC; weeks start on Monday; the
 * observed period runs from the first deployment's week (month) to the last
 * one's, and weeks (months) without a deployment count as zero. Medians of an
 * even count are the mean of the middle two, like PERCENTILE_CONT(…, 0.5).
 */
import type { AnswerCode, Percent } from './answer-scale';

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
/** An average Gregorian month, so "one month" does not depend on which month. */
export const DAYS_PER_MONTH = 365.25 / 12;
export const DAYS_PER_SIX_MONTHS = 6 * DAYS_PER_MONTH;

/** Four Keys: daily if the median week has at least this many days with a deployment. */
export const DAILY_MIN_DEPLOYMENT_DAYS_PER_WEEK = 3;
/** Answer 6 ("multiple deploys per day") also needs this many deployments on the median deployment day. */
export const ON_DEMAND_MIN_DEPLOYMENTS_PER_DAY = 2;

export interface DeploymentRecord {
  deployedAtMs: number;
  /** The oldest commit in the deployment: lead time is measured from it. */
  oldestCommitAtMs: number;
  failed: boolean;
  /** When service was restored; null for a deployment that did not fail. */
  restoredAtMs: number | null;
}

export type FrequencyBucket = 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface FourKeys {
  deployments: number;
  failedDeployments: number;
  firstDeployedAtMs: number;
  lastDeployedAtMs: number;
  /** Median of deployed − oldest commit over the positive values; null if none is positive. */
  medianLeadTimeMs: number | null;
  /** Lead times of zero or less, left out as Four Keys does. */
  ignoredLeadTimes: number;
  deploymentFrequency: FrequencyBucket;
  weeksObserved: number;
  medianDeploymentDaysPerWeek: number;
  meanDeploymentDaysPerWeek: number;
  medianDeploymentDaysPerMonth: number;
  /** Deployments on the median day that had any. */
  medianDeploymentsPerDeploymentDay: number;
  /** Median gap between consecutive days with a deployment; null with a single deployment day. */
  medianDaysBetweenDeploymentDays: number | null;
  /** Failed deployments ÷ deployments × 100; each failed deployment counts once. */
  changeFailureRatePercent: Percent;
  /** Median of restored − deployed over failed deployments; null if none failed. */
  medianRecoveryTimeMs: number | null;
}

/** Median of numbers, interpolating an even count; null when empty. */
export function medianOf(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  // A typed array sorts numerically, and fast.
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const dayIndex = (ms: number) => Math.floor(ms / MS_PER_DAY);
// 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday.
const weekIndex = (day: number) => Math.floor((day + 3) / 7);
const monthIndex = (day: number) => {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

export interface FourKeysAccumulator {
  add(record: DeploymentRecord): void;
  /** The keys of everything added so far; null when nothing was. */
  result(): FourKeys | null;
}

/**
 * Adds deployments one at a time, so a file read in slices is measured as it
 * is read and only the medians are left for the end.
 */
export function createFourKeysAccumulator(): FourKeysAccumulator {
  const leadTimes: number[] = [];
  const recoveryTimes: number[] = [];
  const perDay = new Map<number, number>();
  let deployments = 0;
  let ignoredLeadTimes = 0;
  let failedDeployments = 0;
  let first = Infinity;
  let last = -Infinity;

  return {
    add(r) {
      deployments += 1;
      const lead = r.deployedAtMs - r.oldestCommitAtMs;
      if (lead > 0) leadTimes.push(lead);
      else ignoredLeadTimes += 1;
      if (r.failed) {
        failedDeployments += 1;
        if (r.restoredAtMs !== null) recoveryTimes.push(r.restoredAtMs - r.deployedAtMs);
      }
      const day = dayIndex(r.deployedAtMs);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      if (r.deployedAtMs < first) first = r.deployedAtMs;
      if (r.deployedAtMs > last) last = r.deployedAtMs;
    },
    result() {
      if (deployments === 0) return null;
      const days = Array.from(Float64Array.from(perDay.keys()).sort());
      const firstDay = days[0] as number;
      const lastDay = days[days.length - 1] as number;
      const firstWeek = weekIndex(firstDay);
      const daysPerWeek = new Array<number>(weekIndex(lastDay) - firstWeek + 1).fill(0);
      const firstMonth = monthIndex(firstDay);
      const daysPerMonth = new Array<number>(monthIndex(lastDay) - firstMonth + 1).fill(0);
      for (const day of days) {
        daysPerWeek[weekIndex(day) - firstWeek] = (daysPerWeek[weekIndex(day) - firstWeek] ?? 0) + 1;
        daysPerMonth[monthIndex(day) - firstMonth] = (daysPerMonth[monthIndex(day) - firstMonth] ?? 0) + 1;
      }
      const gaps = days.slice(1).map((day, i) => day - (days[i] as number));

      const medianDeploymentDaysPerWeek = medianOf(daysPerWeek) ?? 0;
      const medianDeploymentDaysPerMonth = medianOf(daysPerMonth) ?? 0;
      const deploymentFrequency: FrequencyBucket =
        medianDeploymentDaysPerWeek >= DAILY_MIN_DEPLOYMENT_DAYS_PER_WEEK
          ? 'daily'
          : medianDeploymentDaysPerWeek >= 1
            ? 'weekly'
            : medianDeploymentDaysPerMonth >= 1
              ? 'monthly'
              : 'yearly';

      return {
        deployments,
        failedDeployments,
        firstDeployedAtMs: first,
        lastDeployedAtMs: last,
        medianLeadTimeMs: medianOf(leadTimes),
        ignoredLeadTimes,
        deploymentFrequency,
        weeksObserved: daysPerWeek.length,
        medianDeploymentDaysPerWeek,
        meanDeploymentDaysPerWeek: days.length / daysPerWeek.length,
        medianDeploymentDaysPerMonth,
        medianDeploymentsPerDeploymentDay: medianOf([...perDay.values()]) ?? 0,
        medianDaysBetweenDeploymentDays: medianOf(gaps),
        changeFailureRatePercent: (failedDeployments / deployments) * 100,
        medianRecoveryTimeMs: medianOf(recoveryTimes),
      };
    },
  };
}

/**
 * A median duration on the lead time / recovery time answer scale:
 * under 1 hour → 6, under 1 day → 5, under 1 week → 4, under 1 month → 3,
 * under 6 months → 2, otherwise 1. Each bound belongs to the slower answer
 * ("less than one hour" means strictly less).
 */
export function durationAnswerCode(ms: number): AnswerCode {
  const days = ms / MS_PER_DAY;
  if (ms < MS_PER_HOUR) return 6;
  if (days < 1) return 5;
  if (days < 7) return 4;
  if (days < DAYS_PER_MONTH) return 3;
  if (days < DAYS_PER_SIX_MONTHS) return 2;
  return 1;
}

/**
 * The Four Keys frequency bucket on the deployment frequency answer scale:
 * daily → 5 ("between once per hour and once per day"), or 6 ("on demand,
 * multiple deploys per day") when the median deployment day has at least two
 * deployments; weekly → 4; monthly → 3; yearly → 2 if the median gap between
 * deployment days is under six months, otherwise 1.
 */
export function deploymentFrequencyAnswerCode(keys: FourKeys): AnswerCode {
  switch (keys.deploymentFrequency) {
    case 'daily':
      return keys.medianDeploymentsPerDeploymentDay >= ON_DEMAND_MIN_DEPLOYMENTS_PER_DAY ? 6 : 5;
    case 'weekly':
      return 4;
    case 'monthly':
      return 3;
    case 'yearly':
      return keys.medianDaysBetweenDeploymentDays !== null && keys.medianDaysBetweenDeploymentDays < DAYS_PER_SIX_MONTHS
        ? 2
        : 1;
  }
}

export interface AnswersFromData {
  leadTime: AnswerCode | null;
  deploymentFrequency: AnswerCode;
  recoveryTime: AnswerCode | null;
  changeFailureRate: Percent;
  /** What could not be measured, and how the file's numbers differ from Four Keys'. */
  notes: string[];
}

/** Quick Check answers from measured keys; a metric the data cannot give is null, with a note. */
export function answersFromFourKeys(keys: FourKeys): AnswersFromData {
  const notes = [
    "Lead time is measured from each deployment's oldest commit, the longest wait in it; Four Keys takes the median over every commit, which can be shorter.",
  ];
  if (keys.medianLeadTimeMs === null) {
    notes.push(
      'Every lead time in the file is zero or negative, so lead time cannot be measured; choose an answer yourself.',
    );
  }
  if (keys.medianRecoveryTimeMs === null) {
    notes.push('No deployment failed, so there is no recovery time to measure; choose an answer yourself.');
  }
  return {
    leadTime: keys.medianLeadTimeMs === null ? null : durationAnswerCode(keys.medianLeadTimeMs),
    deploymentFrequency: deploymentFrequencyAnswerCode(keys),
    recoveryTime: keys.medianRecoveryTimeMs === null ? null : durationAnswerCode(keys.medianRecoveryTimeMs),
    changeFailureRate: keys.changeFailureRatePercent,
    notes,
  };
}
