/**
 * The error budget: how much bad time or how many failed requests an SLO
 * allows, and the reverse. All multiplication happens on exact fractions
 * (see ratio.ts), so 99.9% of 30 days is 2592 s, never 2591.
 */
import { fail, ok, parseNumberField, type FieldResult } from '../field';
import { PERIODS, periodSeconds, type CalendarConvention, type Period } from './calendar';
import { parseDurationField, SECONDS_PER_MINUTE, SECONDS_PER_YEAR } from './duration';
import { formatNumber } from './format-number';
import { divideRatios, multiplyRatios, ratioFromNumber, ratioToNumber } from './ratio';
import { sloFromBudget, type Slo } from './slo';

/** Below a minute an SLO window says nothing useful; Prometheus scrapes every 15–60 s. */
export const MIN_WINDOW_SECONDS = SECONDS_PER_MINUTE;
/** Five 365-day years: longer windows forgive anything and nobody alerts on them. */
export const MAX_WINDOW_SECONDS = 5 * SECONDS_PER_YEAR;
/** Beyond this, numbers lose whole units in floating point, so counts would be wrong. */
export const MAX_REQUEST_COUNT = Number.MAX_SAFE_INTEGER;

export function parseWindowField(raw: string, label = 'Window'): FieldResult<number> {
  const parsed = parseDurationField(raw, { label, minSeconds: MIN_WINDOW_SECONDS });
  if (parsed.ok && parsed.value > MAX_WINDOW_SECONDS) return fail(`${label} must be at most 5 years (1825d).`);
  return parsed;
}

/** A whole number of requests, 0 or more (or 1 or more with `min: 1`). */
export function parseRequestCountField(raw: string, label = 'Requests', min = 0): FieldResult<number> {
  const parsed = parseNumberField(raw, { label, min, integer: true });
  if (!parsed.ok) return parsed;
  if (parsed.value > MAX_REQUEST_COUNT) {
    return fail(`${label} must be at most ${formatNumber(MAX_REQUEST_COUNT, 16)}; larger counts can't be represented exactly.`);
  }
  return ok(parsed.value);
}

/** Window × (1 − SLO), exact: 99.9% of 2,592,000 s is 2592 s. */
export function allowedBadSeconds(slo: Slo, windowSeconds: number): number {
  return ratioToNumber(multiplyRatios(slo.budget, ratioFromNumber(windowSeconds)));
}

/**
 * Requests × (1 − SLO). May be fractional (1,000 requests at 99.95% allow
 * 0.5); whole failures allowed is the floor, which is exact because the
 * product is.
 */
export function allowedFailedRequests(slo: Slo, requests: number): number {
  return ratioToNumber(multiplyRatios(slo.budget, ratioFromNumber(requests)));
}

export const wholeAllowedFailedRequests = (slo: Slo, requests: number): number =>
  Math.floor(allowedFailedRequests(slo, requests));

export interface PeriodBudget {
  period: Period;
  periodSeconds: number;
  allowedBadSeconds: number;
}

/** The classic availability table row: allowed bad time per day, week, month, quarter and year. */
export function budgetPerPeriod(slo: Slo, calendar: CalendarConvention): PeriodBudget[] {
  return PERIODS.map((period) => {
    const seconds = periodSeconds(period, calendar);
    return { period, periodSeconds: seconds, allowedBadSeconds: allowedBadSeconds(slo, seconds) };
  });
}

/**
 * The SLO that allows exactly this much bad time: 1 − bad ÷ window. Exact,
 * so allowedBadSeconds(sloForAllowedBadTime(b, w), w) is b again.
 * Callers validate with parseAllowedBadTimeField first (0 < bad < window).
 */
export function sloForAllowedBadTime(badSeconds: number, windowSeconds: number): Slo {
  return sloFromBudget(divideRatios(ratioFromNumber(badSeconds), ratioFromNumber(windowSeconds)));
}

/** The SLO that allows exactly this many failures: 1 − failed ÷ requests. */
export function sloForAllowedFailures(failedRequests: number, totalRequests: number): Slo {
  return sloFromBudget(divideRatios(ratioFromNumber(failedRequests), ratioFromNumber(totalRequests)));
}

/** Allowed bad time for the reverse calculation: more than 0, less than the whole window. */
export function parseAllowedBadTimeField(raw: string, windowSeconds: number, label = 'Allowed downtime'): FieldResult<number> {
  const parsed = parseDurationField(raw, { label, minSeconds: 0, minExclusive: true });
  if (!parsed.ok) return parsed;
  if (parsed.value >= windowSeconds) {
    return fail(`${label} must be less than the whole window; all of it bad would be an SLO of 0%.`);
  }
  return parsed;
}

/** Allowed failures for the reverse calculation: at least 1, fewer than all requests. */
export function parseAllowedFailuresField(raw: string, totalRequests: number, label = 'Allowed failures'): FieldResult<number> {
  const parsed = parseRequestCountField(raw, label, 1);
  if (!parsed.ok) return parsed;
  if (parsed.value >= totalRequests) {
    return fail(`${label} must be fewer than the ${formatNumber(totalRequests, 16)} requests; all of them failing would be an SLO of 0%.`);
  }
  return parsed;
}
