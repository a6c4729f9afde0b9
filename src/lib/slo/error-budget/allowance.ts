/**
 * What an SLO allows: how much bad time or how many failed requests. All
 * multiplication happens on exact fractions (see ratio.ts), so 99.9% of 30
 * days is 2592 s, never 2591. error-budget.ts re-exports these beside the
 * window and request fields.
 */
import { multiplyRatios, ratioFromNumber, ratioToNumber } from '../../ratio';
import type { Slo } from '../slo';

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
