/**
 * The error budget read backwards: the SLO that allows exactly a given bad
 * time or number of failures. Only the error budget tool uses it, so it
 * lives apart from error-budget.ts, which every SRE tool loads.
 */
import { fail, type FieldResult } from '../../field';
import { parseDurationField } from '../../duration';
import { parseRequestCountField } from './error-budget';
import { formatNumber } from '../../format';
import { divideRatios, ratioFromNumber } from '../../ratio';
import { sloFromBudget, type Slo } from '../slo';

/**
 * The SLO that allows exactly this much bad time: 1 − bad ÷ window. Exact,
 * so allowedBadSeconds(sloForAllowedBadTime(b, w), w) is b again.
 * Callers validate with parseAllowedBadTimeField first (0 < bad < window).
 */
export function sloForAllowedBadTime(badSeconds: number, windowSeconds: number): Slo {
  return sloFromBudget(divideRatios(ratioFromNumber(badSeconds), ratioFromNumber(windowSeconds)));
}

/** The SLO that allows exactly this many failures: 1 − failed ÷ requests. */
export const sloForAllowedFailures: (failedRequests: number, totalRequests: number) => Slo = sloForAllowedBadTime;

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
