/**
 * Data for the burn rate tool's chart of time to fire against error rate:
 * for each alert row, time to fire = L × threshold ÷ e above the
 * row's error-ratio threshold, and never at or below it (the rule compares with >) (Workbook ch. 5). On log
 * scales each row is a straight line from (threshold, L) to (100%, L × threshold).
 */
import type { EvaluatedAlertRow } from './alert-policy';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, SECONDS_PER_WEEK, SECONDS_PER_YEAR } from '../../duration';

/** Seconds until the row fires at a constant error ratio; null when it never does. */
export function timeToFireAt(row: EvaluatedAlertRow, errorRatio: number): number | null {
  if (!row.canFire || !(errorRatio > 0) || errorRatio <= row.errorRatioThreshold) return null;
  return (row.row.longWindowSeconds * row.errorRatioThreshold) / errorRatio;
}

export interface FireChartData {
  /** The error-rate axis runs from 10^xMinExp to 100%. */
  xMinExp: number;
  /** The time axis runs from 10^yMinExp to 10^yMaxExp seconds. */
  yMinExp: number;
  yMaxExp: number;
  /** Round durations inside the time axis, for gridlines. */
  yTicks: number[];
  /** Error rates for the table: 1, 2 and 5 per decade, 100%, and each row's threshold. */
  sampleRates: number[];
}

const Y_TICKS = [1, 10, SECONDS_PER_MINUTE, 10 * SECONDS_PER_MINUTE, SECONDS_PER_HOUR, 6 * SECONDS_PER_HOUR, SECONDS_PER_DAY, SECONDS_PER_WEEK, 30 * SECONDS_PER_DAY, SECONDS_PER_YEAR];

/** Null when no row can fire (every threshold above 100%), so there is nothing to draw. */
export function fireChartData(rows: readonly EvaluatedAlertRow[]): FireChartData | null {
  const firing = rows.filter((r) => r.canFire && r.errorRatioThreshold > 0);
  if (firing.length === 0) return null;
  const thresholds = firing.map((r) => r.errorRatioThreshold);
  const xMinExp = Math.min(-1, Math.floor(Math.log10(Math.min(...thresholds))));
  const fastest = Math.min(...firing.map((r) => r.row.longWindowSeconds * r.errorRatioThreshold));
  const slowest = Math.max(...firing.map((r) => r.row.longWindowSeconds));
  const yMinExp = Math.floor(Math.log10(fastest));
  const yMaxExp = Math.max(yMinExp + 1, Math.ceil(Math.log10(slowest)));
  const yTicks = Y_TICKS.filter((t) => t >= 10 ** yMinExp && t <= 10 ** yMaxExp);
  const rates = new Set<number>([1, ...thresholds]);
  for (let exp = xMinExp; exp < 0; exp++) for (const m of [1, 2, 5]) rates.add(Number(`${m}e${exp}`));
  return { xMinExp, yMinExp, yMaxExp, yTicks, sampleRates: [...rates].sort((a, b) => a - b) };
}
