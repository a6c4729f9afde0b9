/**
 * Burn rate: how fast an error ratio spends the budget, relative to the pace
 * that would spend exactly all of it over the window (Workbook ch. 5).
 * Burn 1 at 99.9% is 0.1% errors and lasts the window; burn 1000 is a total
 * outage and empties a 30-day budget in 43 minutes.
 */
import { fail, ok, type FieldResult } from '../../field';
import { divideRatios, multiplyRatios, ratioFromDecimalText, ratioFromNumber, ratioToNumber, ratio } from '../../ratio';
import { countDecimals, normalisePercentText, type Slo } from '../slo';

/** Error ratio ÷ (1 − SLO), exact: 0.1% errors at 99.9% is burn 1, not 1.0000000000001. */
export function burnRate(errorRatio: number, slo: Slo): number {
  return ratioToNumber(divideRatios(ratioFromNumber(errorRatio), slo.budget));
}

/** Burn × (1 − SLO): the error ratio that burns at this rate. */
export function errorRatioForBurnRate(burn: number, slo: Slo): number {
  return ratioToNumber(multiplyRatios(ratioFromNumber(burn), slo.budget));
}

/** Window ÷ burn, from a full budget; null means never (burn 0). */
export function budgetExhaustionSeconds(burn: number, windowSeconds: number): number | null {
  if (burn <= 0) return null;
  return ratioToNumber(divideRatios(ratioFromNumber(windowSeconds), ratioFromNumber(burn)));
}

/** Share of the window's budget spent by burning at `burn` for `durationSeconds`. */
export function budgetFractionSpent(burn: number, durationSeconds: number, windowSeconds: number): number {
  return ratioToNumber(divideRatios(multiplyRatios(ratioFromNumber(burn), ratioFromNumber(durationSeconds)), ratioFromNumber(windowSeconds)));
}

/** Enough to express one failure in a trillion requests; more digits are noise. */
export const MAX_RATE_DECIMALS = 10;

/** The error rate to simulate, typed in percent (100 = total outage); returns a fraction. */
export function parseErrorRatePercentField(raw: string, label = 'Error rate to simulate'): FieldResult<number> {
  if (raw.trim() === '') return fail(`Enter a value for ${label}, in percent: 100 is a total outage.`);
  const text = normalisePercentText(raw);
  const exact = text === null ? null : ratioFromDecimalText(text);
  if (text === null || exact === null) return fail(`${label} must be a number in percent, like 0.5 or 100.`);
  if (exact.num < 0n) return fail(`${label} can't be negative.`);
  if (exact.num > 100n * exact.den) return fail(`${label} can't be more than 100%: at 100% every request fails.`);
  if (countDecimals(text) > MAX_RATE_DECIMALS) return fail(`${label} can have at most ${MAX_RATE_DECIMALS} decimal places.`);
  return ok(ratioToNumber(multiplyRatios(exact, ratio(1n, 100n))));
}
