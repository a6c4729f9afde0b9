/**
 * An SLO as an exact fraction, taken from the decimal the person typed.
 * "99.9" becomes 999/1000 and its error budget exactly 1/1000, which is
 * what makes 30 days of it 2592 s rather than 2591.99… s.
 */
import { fail, ok, parseNumberTextField, percentRule, type FieldResult } from '../field';
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

/**
 * Validates an SLO field with the site's one number reading ("99.9", "99,9",
 * "99.9%"), then explains why 0% and 100% are not usable objectives.
 */
export function parseSloField(raw: string, label = 'SLO'): FieldResult<Slo> {
  const text = parseNumberTextField(raw, percentRule(label, { example: '99.9', maxDecimals: MAX_SLO_DECIMALS }));
  if (!text.ok) return text;
  const exact = ratioFromDecimalText(text.value);
  if (exact === null) return fail(`${label} must be a number, like 99.9.`);
  if (exact.num === 0n) {
    return fail(`${label} must be more than 0%: an objective of 0% promises nothing, since every request may fail.`);
  }
  if (exact.num === 100n * exact.den) {
    return fail(
      `${label} must be less than 100%: 100% leaves no error budget, so a single failure breaks it and ` +
        `burn rate can't be computed (it divides by the budget, which is 0). Real services aim lower, like 99.99.`,
    );
  }
  return ok(sloFromPercent(text.value));
}

/** The SLO as a URL gives it, for ParamReader.read (which passes only the text). */
export const readSlo = (raw: string): FieldResult<Slo> => parseSloField(raw);

/** -1, 0 or 1 as a is less than, equal to or more than b, exactly. Here for the same reason: only the SLO tools compare fractions. */
export const compareRatios = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * A percentage's canonical decimal text as an exact fraction, then a number: "2.5" → 0.025, "0.1" → 0.001
 * (not 0.0010000000000000002). Here rather than in ratio.ts, which every tool page loads (the value
 * stream tool's too): only the SLO tools read percentages this way.
 */
export function fractionFromPercentText(percentText: string): number {
  const exact = ratioFromDecimalText(percentText);
  if (exact === null) throw new RangeError(`Not a decimal: ${percentText}`);
  return ratioToNumber(multiplyRatios(exact, ratio(1n, 100n)));
}
