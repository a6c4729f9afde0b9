/**
 * Percentages close to 100% written so their nines stay visible.
 */
import { ratio, ratioFromDecimalText, ratioToDecimalText, subtractRatios } from '../ratio';

const HUNDRED = ratio(100n);

/**
 * An availability percentage from its unavailability, keeping
 * `significantDigits` of the part that is missing: 0.002997001 → "99.7003",
 * 1e-6 → "99.9999". Counting digits of the gap, not of the total, is what
 * keeps the nines visible.
 */
export function formatAvailabilityPercent(unavailability: number, significantDigits = 4): string {
  const u = Math.min(1, Math.max(0, unavailability));
  if (u === 0) return '100';
  const gapPercent = ratioFromDecimalText((u * 100).toPrecision(significantDigits)) ?? ratio(0n);
  return ratioToDecimalText(subtractRatios(HUNDRED, gapPercent), 20);
}
