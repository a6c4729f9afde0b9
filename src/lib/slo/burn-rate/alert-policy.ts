/**
 * Multiwindow, multi-burn-rate alerting (Workbook ch. 5): each row fires when
 * both its long and its short window burn faster than its threshold, and the
 * rows are ORed. A row is stated the way people reason about it, "page when
 * 2% of the budget goes in an hour", and the burn rate is derived from that.
 */
import { formatDurationHuman, SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../../duration';
import { formatNumber, formatPercent } from '../../format';
import { budgetExhaustionSeconds, burnRate } from './burn-rate';
import {
  compareRatios,
  divideRatios,
  multiplyRatios,
  ONE,
  ratioFromNumber,
  ratioToNumber,
  type Ratio,
} from '../../ratio';
import type { Slo } from '../slo';

export type Severity = 'page' | 'ticket';
export const SEVERITIES: readonly Severity[] = ['page', 'ticket'];

export interface AlertRow {
  severity: Severity;
  /** Share of the window's budget spent within the long window, in (0, 1]. */
  budgetFraction: number;
  longWindowSeconds: number;
  /** Defaults to long ÷ 12, the Workbook's ratio. */
  shortWindowSeconds?: number;
}

/** The Workbook's short window is 1/12 of the long one: it lets the alert reset quickly. */
export const SHORT_WINDOW_DIVISOR = 12;
/** rate() needs two samples; at the common 15 s scrape interval that is 30 s. */
export const MIN_SHORT_WINDOW_SECONDS = 30;
/** More rows than this is no longer a policy a person can reason about. */
export const MAX_ALERT_ROWS = 8;
/** How long a page condition must hold before Prometheus fires it (`for:` in the exported rules). */
export const PAGE_FOR_SECONDS = 120;

/** Workbook ch. 5 starting point: 2%/1h and 5%/6h page; 10%/1d and 10%/3d open a ticket. */
export const DEFAULT_ALERT_ROWS: readonly AlertRow[] = [
  { severity: 'page', budgetFraction: 0.02, longWindowSeconds: SECONDS_PER_HOUR },
  { severity: 'page', budgetFraction: 0.05, longWindowSeconds: 6 * SECONDS_PER_HOUR },
  { severity: 'ticket', budgetFraction: 0.1, longWindowSeconds: SECONDS_PER_DAY },
  { severity: 'ticket', budgetFraction: 0.1, longWindowSeconds: 3 * SECONDS_PER_DAY },
];

export const shortWindowSeconds = (row: AlertRow): number =>
  row.shortWindowSeconds ?? row.longWindowSeconds / SHORT_WINDOW_DIVISOR;

function burnThresholdRatio(budgetFraction: number, windowSeconds: number, longWindowSeconds: number): Ratio {
  return divideRatios(multiplyRatios(ratioFromNumber(budgetFraction), ratioFromNumber(windowSeconds)), ratioFromNumber(longWindowSeconds));
}

/** f × W ÷ L: 2% of 30 days in 1 h is burn 14.4; of 28 days, 13.44. */
export function burnRateThreshold(budgetFraction: number, windowSeconds: number, longWindowSeconds: number): number {
  return ratioToNumber(burnThresholdRatio(budgetFraction, windowSeconds, longWindowSeconds));
}

/** The part of a row a problem is about, so a form can show it next to that field. */
export type AlertRowField = 'severity' | 'budget' | 'long' | 'short';

export interface RowProblem {
  /** 1-based, as shown on the page; 0 for the policy as a whole. */
  row: number;
  /** Absent for problems with the policy as a whole. */
  field?: AlertRowField;
  message: string;
}

export function alertRowProblems(rows: readonly AlertRow[], windowSeconds: number): RowProblem[] {
  const problems: RowProblem[] = [];
  if (rows.length === 0) problems.push({ row: 0, message: 'Add at least one alert row.' });
  if (rows.length > MAX_ALERT_ROWS) problems.push({ row: 0, message: `Use at most ${MAX_ALERT_ROWS} alert rows.` });
  rows.forEach((r, i) => {
    const row = i + 1;
    const add = (field: AlertRowField, message: string) => problems.push({ row, field, message: `Row ${row}: ${message}` });
    if (!SEVERITIES.includes(r.severity)) add('severity', 'severity must be "page" or "ticket".');
    if (!(r.budgetFraction > 0 && r.budgetFraction <= 1)) add('budget', 'the budget share must be more than 0% and at most 100%.');
    const long = r.longWindowSeconds;
    if (!(Number.isFinite(long) && long > 0)) {
      add('long', 'enter a long window, like 1h.');
      return;
    }
    if (long > windowSeconds) {
      add('long', `the long window (${formatDurationHuman(long)}) can't be longer than the SLO window (${formatDurationHuman(windowSeconds)}).`);
    }
    const short = shortWindowSeconds(r);
    // A defaulted short window follows the long one, so the long field is where to fix it.
    const shortField: AlertRowField = r.shortWindowSeconds === undefined ? 'long' : 'short';
    if (!(Number.isFinite(short) && short >= MIN_SHORT_WINDOW_SECONDS)) {
      add(
        shortField,
        `the short window (${formatDurationHuman(short)}) must be at least ${MIN_SHORT_WINDOW_SECONDS}s, ` +
          `so Prometheus has two samples to compute a rate from${r.shortWindowSeconds === undefined ? '; it defaults to a twelfth of the long window' : ''}.`,
      );
    } else if (short >= long) {
      add(shortField, 'the short window must be shorter than the long window.');
    }
  });
  return problems;
}

export interface EvaluatedAlertRow {
  row: AlertRow;
  shortWindowSeconds: number;
  /** f × W ÷ L. */
  burnRateThreshold: number;
  /** burn × (1 − SLO): what the PromQL compares each window's error ratio with. */
  errorRatioThreshold: number;
  /** burn × L ÷ W: budget spent by the time the row fires (its budget share, by construction). */
  budgetConsumedWhenFired: number;
  /** False when the threshold error ratio is 100% or more: no error ratio is above it. */
  canFire: boolean;
  cannotFireReason?: string;
  /** L × burn × (1 − SLO) ÷ e at the simulated error ratio; null when it never fires (at or below the threshold). */
  timeToFireSeconds: number | null;
}

export interface AlertPolicyEvaluation {
  rows: EvaluatedAlertRow[];
  /** Burn rate of the simulated error ratio. */
  simulatedBurnRate: number;
  /** How long a full budget lasts at that rate; null when it is 0. */
  simulatedExhaustionSeconds: number | null;
}

export type AlertPolicyResult = { ok: true; value: AlertPolicyEvaluation } | { ok: false; problems: RowProblem[] };

/** Evaluates every row for an SLO, a window and a simulated error ratio (0–1). */
export function alertPolicyEvaluation(
  slo: Slo,
  windowSeconds: number,
  rows: readonly AlertRow[],
  errorRatio: number,
): AlertPolicyResult {
  const problems = alertRowProblems(rows, windowSeconds);
  if (!(errorRatio >= 0 && errorRatio <= 1)) problems.push({ row: 0, message: 'The error rate must be between 0% and 100%.' });
  if (problems.length > 0) return { ok: false, problems };
  const window = ratioFromNumber(windowSeconds);
  const e = ratioFromNumber(errorRatio);
  const simulatedBurnRate = burnRate(errorRatio, slo);
  return {
    ok: true,
    value: {
      rows: rows.map((row) => evaluateRow(slo, window, row, e)),
      simulatedBurnRate,
      simulatedExhaustionSeconds: budgetExhaustionSeconds(simulatedBurnRate, windowSeconds),
    },
  };
}

function evaluateRow(slo: Slo, window: Ratio, row: AlertRow, e: Ratio): EvaluatedAlertRow {
  const long = ratioFromNumber(row.longWindowSeconds);
  const burn = burnThresholdRatio(row.budgetFraction, ratioToNumber(window), row.longWindowSeconds);
  const threshold = multiplyRatios(burn, slo.budget);
  // The exported rule compares with > (as the Workbook's rules do), so a row fires only above its
  // threshold: a steady error ratio exactly on it never fires, and a threshold of 100% cannot be passed.
  const canFire = compareRatios(threshold, ONE) < 0;
  const fires = canFire && compareRatios(e, threshold) > 0;
  const evaluated: EvaluatedAlertRow = {
    row,
    shortWindowSeconds: shortWindowSeconds(row),
    burnRateThreshold: ratioToNumber(burn),
    errorRatioThreshold: ratioToNumber(threshold),
    budgetConsumedWhenFired: ratioToNumber(divideRatios(multiplyRatios(burn, long), window)),
    canFire,
    timeToFireSeconds: fires ? ratioToNumber(divideRatios(multiplyRatios(long, threshold), e)) : null,
  };
  if (!canFire) {
    // What a total outage (every request failing) spends within the long window.
    const outageShare = divideRatios(long, multiplyRatios(window, slo.budget));
    evaluated.cannotFireReason =
      `At a ${slo.percentText}% SLO this row fires only above an error ratio of ${formatPercent(ratioToNumber(threshold))} ` +
      `(burn rate ${formatNumber(ratioToNumber(burn), 4)}), and no error ratio is above 100%: even a total outage spends only ` +
      `${formatPercent(ratioToNumber(outageShare))} of the budget in ${formatDurationHuman(row.longWindowSeconds)}. ` +
      'Low SLOs need rows with longer windows or larger budget shares.';
  }
  return evaluated;
}
