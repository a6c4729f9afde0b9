/**
 * Burn rate: how fast an error ratio spends the budget, relative to the pace
 * that would spend exactly all of it over the window (Workbook ch. 5).
 * Burn 1 at 99.9% is 0.1% errors and lasts the window; burn 1000 is a total
 * outage and empties a 30-day budget in 43 minutes.
 */
import { ok, parseNumberTextField, percentRule, type FieldResult } from '../../field';
import { divideRatios, ratioFromNumber, ratioToNumber } from '../../ratio';
import { fractionFromPercentText } from '../slo';
import type { Slo } from '../slo';

/** Error ratio ÷ (1 − SLO), exact: 0.1% errors at 99.9% is burn 1, not 1.0000000000001. */
export function burnRate(errorRatio: number, slo: Slo): number {
  return ratioToNumber(divideRatios(ratioFromNumber(errorRatio), slo.budget));
}

/** Window ÷ burn, from a full budget; null means never (burn 0). */
export function budgetExhaustionSeconds(burn: number, windowSeconds: number): number | null {
  if (burn <= 0) return null;
  return ratioToNumber(divideRatios(ratioFromNumber(windowSeconds), ratioFromNumber(burn)));
}

/** Enough to express one failure in a trillion requests; more digits are noise. */
export const MAX_RATE_DECIMALS = 10;

/** The error rate to simulate, typed in percent (100 = total outage); returns a fraction. */
export function parseErrorRatePercentField(raw: string, label = 'Error rate to simulate'): FieldResult<number> {
  const text = parseNumberTextField(raw, percentRule(label, { example: '0.5', maxDecimals: MAX_RATE_DECIMALS }));
  return text.ok ? ok(fractionFromPercentText(text.value)) : text;
}
