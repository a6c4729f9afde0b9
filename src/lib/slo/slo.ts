/**
 * An SLO as an exact fraction, taken from the decimal the person typed.
 * "99.9" becomes 999/1000 and its error budget exactly 1/1000, which is
 * what makes 30 days of it 2592 s rather than 2591.99… s.
 */
import { fail, normaliseDecimal, ok, type FieldResult } from '../field';
import {
  multiplyRatios,
  ONE,
  ratio,
  ratioFromDecimalText,
  ratioFromNumber,
  ratioToDecimalText,
  ratioToNumber,
  subtractRatios,
  type Ratio,
} from '../ratio';

export interface Slo {
  /** Canonical decimal text of the percentage: "99.9". */
  readonly percentText: string;
  readonly percent: number;
  /** The objective as an exact fraction: 999/1000. */
  readonly target: Ratio;
  /** 1 − objective, the error budget as an exact fraction: 1/1000. */
  readonly budget: Ratio;
}

/** Nine nines and one more; beyond that the budget is too small to reason about. */
export const MAX_SLO_DECIMALS = 10;

const HUNDRED = ratio(100n);

function sloFromTarget(target: Ratio): Slo {
  const percent = multiplyRatios(target, HUNDRED);
  return {
    percentText: ratioToDecimalText(percent, 20),
    percent: ratioToNumber(percent),
    target,
    budget: subtractRatios(ONE, target),
  };
}

/** From a percentage as text ("99.9") or number (99.9), read through its decimal form. */
export function sloFromPercent(percent: number | string): Slo {
  const exact = typeof percent === 'number' ? ratioFromNumber(percent) : ratioFromDecimalText(percent);
  if (exact === null) throw new RangeError(`Not a percentage: ${percent}`);
  return sloFromTarget(multiplyRatios(exact, ratio(1n, 100n)));
}

/** From an error budget fraction, e.g. the one implied by 2592 s of 30 days. */
export function sloFromBudget(budget: Ratio): Slo {
  return sloFromTarget(subtractRatios(ONE, budget));
}

export const budgetFraction = (slo: Slo): number => ratioToNumber(slo.budget);
export const targetFraction = (slo: Slo): number => ratioToNumber(slo.target);

/**
 * A typed percentage as canonical decimal text, or null. Because a
 * percentage is at most 100, a single comma can only be a decimal comma:
 * "99,999" is 99.999, not ninety-nine thousand. A trailing "%" is allowed.
 */
export function normalisePercentText(raw: string): string | null {
  const text = raw.trim().replace(/\s*%$/, '');
  if (/^[-+\u2212]?\d*,\d+$/.test(text)) return normaliseDecimal(text.replace(',', '.'));
  return normaliseDecimal(text);
}

/** Decimal places that matter: "99.90" has 1. */
export const countDecimals = (decimalText: string): number =>
  decimalText.split('.')[1]?.replace(/0+$/, '').length ?? 0;

/**
 * Validates an SLO field. Accepts "99.9", "99,9" and "99.9%"; explains why
 * 0% and 100% are not usable objectives.
 */
export function parseSloField(raw: string, label = 'SLO'): FieldResult<Slo> {
  if (raw.trim() === '') return fail(`Enter a value for ${label}, like 99.9.`);
  const text = normalisePercentText(raw);
  if (text === null) return fail(`${label} must be a number, like 99.9 (a percentage).`);
  const exact = ratioFromDecimalText(text);
  if (exact === null) return fail(`${label} must be a number, like 99.9 (a percentage).`);
  if (exact.num < 0n) return fail(`${label} can't be negative: it is the share of good events, between 0% and 100%.`);
  if (exact.num === 0n) {
    return fail(`${label} must be more than 0%: an objective of 0% promises nothing, since every request may fail.`);
  }
  const vsHundred = exact.num - 100n * exact.den;
  if (vsHundred > 0n) return fail(`${label} can't be more than 100%: it is the share of good events.`);
  if (vsHundred === 0n) {
    return fail(
      `${label} must be less than 100%: 100% leaves no error budget, so a single failure breaks it and ` +
        `burn rate can't be computed (it divides by the budget, which is 0). Real services aim lower, like 99.99.`,
    );
  }
  if (countDecimals(text) > MAX_SLO_DECIMALS) {
    return fail(`${label} can have at most ${MAX_SLO_DECIMALS} decimal places.`);
  }
  return ok(sloFromPercent(text));
}

/** The SLO as a URL gives it, for ParamReader.read (which passes only the text). */
export const readSlo = (raw: string): FieldResult<Slo> => parseSloField(raw);
