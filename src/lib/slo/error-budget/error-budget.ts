/**
 * The error budget: how much bad time or how many failed requests an SLO
 * allows. All multiplication happens on exact fractions (see ratio.ts), so
 * 99.9% of 30 days is 2592 s, never 2591.
 *
 * Every SRE tool loads this module, so it holds only what most of them use:
 * the per-period table is in calendar.ts and the reverse calculation (an
 * allowance back to an SLO) in error-budget-reverse.ts.
 */
import { fail, ok, parseNumberField, type FieldResult } from '../../field';
import { parseDurationField, SECONDS_PER_MINUTE, SECONDS_PER_YEAR } from '../../duration';
import { formatNumber } from '../../format';
import { multiplyRatios, ratioFromNumber, ratioToNumber } from '../../ratio';
import type { Slo } from '../slo';

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

/** The window as a URL gives it, for ParamReader.read (which passes only the text). */
export const readWindow = (raw: string): FieldResult<number> => parseWindowField(raw);

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
 * product is. The same product as allowedBadSeconds, named for requests.
 */
export const allowedFailedRequests: (slo: Slo, requests: number) => number = allowedBadSeconds;

export const wholeAllowedFailedRequests = (slo: Slo, requests: number): number =>
  Math.floor(allowedFailedRequests(slo, requests));
