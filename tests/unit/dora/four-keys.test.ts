import { describe, expect, it } from 'vitest';
import {
  answersFromFourKeys,
  deploymentFrequencyAnswerCode,
  durationAnswerCode,
  medianOf,
  MS_PER_DAY,
  MS_PER_HOUR,
  type DeploymentRecord,
} from '../../../src/lib/dora/four-keys';
import { fourKeys } from './all-at-once';

const at = (iso: string) => Date.parse(iso);
const deploy = (deployed: string, leadHours = 2, restoredMinutes?: number): DeploymentRecord => ({
  deployedAtMs: at(deployed),
  oldestCommitAtMs: at(deployed) - leadHours * MS_PER_HOUR,
  failed: restoredMinutes !== undefined,
  restoredAtMs: restoredMinutes === undefined ? null : at(deployed) + restoredMinutes * 60_000,
});
/** Deployments on the given ISO dates at 10:00 UTC. */
const onDays = (...days: string[]) => days.map((d) => deploy(`${d}T10:00:00Z`));

describe('Four Keys definitions (github.com/dora-team/fourkeys METRICS.md)', () => {
  it('median interpolates an even count like PERCENTILE_CONT(0.5)', () => {
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([])).toBeNull();
  });

  it('lead time is the median of positive lead times; zero and negative ones are ignored', () => {
    const keys = fourKeys([
      deploy('2024-05-06T10:00:00Z', 1),
      deploy('2024-05-07T10:00:00Z', 3),
      deploy('2024-05-08T10:00:00Z', 0),
    ]);
    expect(keys?.medianLeadTimeMs).toBe(2 * MS_PER_HOUR);
    expect(keys?.ignoredLeadTimes).toBe(1);
  });

  it('daily when the median week has at least 3 deployment days (Mon, Wed, Fri each week for two weeks)', () => {
    const keys = fourKeys(onDays('2024-05-06', '2024-05-08', '2024-05-10', '2024-05-13', '2024-05-15', '2024-05-17'));
    expect(keys?.deploymentFrequency).toBe('daily');
    expect(keys?.medianDeploymentDaysPerWeek).toBe(3);
    expect(keys?.weeksObserved).toBe(2);
  });

  it('weekly when the median week has one deployment day, counting weeks without deployments as zero', () => {
    // Weeks of 6, 13 and 27 May deploy; the week of 20 May does not: median of [2, 1, 0, 1] is 1.
    const keys = fourKeys(onDays('2024-05-06', '2024-05-07', '2024-05-13', '2024-05-27'));
    expect(keys?.deploymentFrequency).toBe('weekly');
    expect(keys?.medianDeploymentDaysPerWeek).toBe(1);
    expect(keys?.meanDeploymentDaysPerWeek).toBe(1);
  });

  it('monthly when the median week has none but the median month has one', () => {
    const keys = fourKeys(onDays('2024-01-08', '2024-02-12', '2024-03-11', '2024-04-08'));
    expect(keys?.deploymentFrequency).toBe('monthly');
    expect(keys?.medianDeploymentDaysPerMonth).toBe(1);
  });

  it('yearly when even the median month has none', () => {
    const keys = fourKeys(onDays('2023-01-09', '2023-05-08', '2023-09-11'));
    expect(keys?.deploymentFrequency).toBe('yearly');
    expect(keys?.medianDaysBetweenDeploymentDays).toBe(122.5); // gaps of 119 and 126 days
  });

  it('change failure rate counts each failed deployment once: 1 of 4 is 25%', () => {
    const keys = fourKeys([deploy('2024-05-06T10:00:00Z', 2, 30), ...onDays('2024-05-07', '2024-05-08', '2024-05-09')]);
    expect(keys?.changeFailureRatePercent).toBe(25);
    expect(keys?.failedDeployments).toBe(1);
  });

  it('recovery time is the median over failed deployments, null when none failed', () => {
    const keys = fourKeys([
      deploy('2024-05-06T10:00:00Z', 2, 30),
      deploy('2024-05-07T10:00:00Z', 2, 90),
      ...onDays('2024-05-08'),
    ]);
    expect(keys?.medianRecoveryTimeMs).toBe(60 * 60_000);
    expect(fourKeys(onDays('2024-05-06'))?.medianRecoveryTimeMs).toBeNull();
    expect(fourKeys([])).toBeNull();
  });
});

describe('mapping measured keys to the Quick Check answer scale', () => {
  it('durations: under 1 hour → 6, under 1 day → 5, under 1 week → 4, under a month → 3, under 6 months → 2, else 1', () => {
    const h = MS_PER_HOUR;
    const d = MS_PER_DAY;
    expect([59 * 60_000, h, 23 * h, d, 6 * d, 7 * d, 30 * d, 31 * d, 182 * d, 183 * d].map(durationAnswerCode)).toEqual(
      [6, 5, 5, 4, 4, 3, 3, 2, 2, 1],
    );
  });

  it('frequency: daily → 5, or 6 with at least two deployments on the median deployment day; weekly → 4; monthly → 3', () => {
    const daily = fourKeys(onDays('2024-05-06', '2024-05-08', '2024-05-10'));
    const twiceDaily = fourKeys([
      ...onDays('2024-05-06', '2024-05-08', '2024-05-10'),
      ...['06', '08', '10'].map((d) => deploy(`2024-05-${d}T15:00:00Z`)),
    ]);
    const weekly = fourKeys(onDays('2024-05-06', '2024-05-13'));
    const monthly = fourKeys(onDays('2024-01-08', '2024-02-12', '2024-03-11'));
    expect([daily, twiceDaily, weekly, monthly].map((k) => k && deploymentFrequencyAnswerCode(k))).toEqual([
      5, 6, 4, 3,
    ]);
  });

  it('yearly → 2 when deployment days are under six months apart (median), otherwise 1', () => {
    const everyFourMonths = fourKeys(onDays('2023-01-09', '2023-05-08', '2023-09-11'));
    const everyNineMonths = fourKeys(onDays('2022-01-10', '2022-10-10', '2023-07-10'));
    expect(everyFourMonths && deploymentFrequencyAnswerCode(everyFourMonths)).toBe(2);
    expect(everyNineMonths && deploymentFrequencyAnswerCode(everyNineMonths)).toBe(1);
  });

  it('a metric the data cannot give is null with a note (no failures → no recovery time)', () => {
    const keys = fourKeys(onDays('2024-05-06', '2024-05-13'));
    const answers = keys && answersFromFourKeys(keys);
    expect(answers?.recoveryTime).toBeNull();
    expect(answers?.leadTime).toBe(5);
    expect(answers?.changeFailureRate).toBe(0);
    expect(answers?.notes.join(' ')).toMatch(/No deployment failed/);
  });
});
