/**
 * Exact rational numbers on BigInt.
 *
 * SLO arithmetic runs here rather than in binary floating point, because
 * budgets computed from a percentage drift: `(100 - 99.9) / 100` is
 * 0.0009999999999999432, and `Math.floor(2592000 * (100 - 99.9) / 100)` is
 * 2591, the "43m 11s" some public calculators show for 99.9% of 30 days.
 * A percentage typed as "99.9" is 999/1000 exactly, so its budget is 1/1000
 * and 30 days of it is 2592 s. Results become numbers only at the end.
 */

/** num/den in lowest terms, den > 0. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError('Ratio with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Ratio = ratio(0n);
export const ONE: Ratio = ratio(1n);

// Plain decimals with an optional exponent, as String(number) produces them.
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** "99.9" → 999/10; "1e-7" → 1/10000000. Null for anything else. */
export function ratioFromDecimalText(text: string): Ratio | null {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = Number(exponentText);
  // Exponents this large only come from tampering; refuse instead of building huge BigInts.
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  let num = BigInt((whole || '0') + fraction);
  let den = 10n ** BigInt(fraction.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return ratio(sign === '-' ? -num : num, den);
}

/**
 * Reads a finite number through its shortest decimal form, so 0.1 becomes
 * exactly 1/10 (what the person meant), not the nearest binary fraction.
 */
export function ratioFromNumber(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const exact = ratioFromDecimalText(String(value));
  if (exact === null) throw new RangeError(`Unreadable number: ${value}`);
  return exact;
}

export const addRatios = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den + b.num * a.den, a.den * b.den);
export const subtractRatios = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den - b.num * a.den, a.den * b.den);
export const multiplyRatios = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.num, a.den * b.den);
export const divideRatios = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den, a.den * b.num);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const digitCount = (x: bigint): number => abs(x).toString().length;

/** The nearest number (correctly rounded while num and den are safe integers). */
export function ratioToNumber(r: Ratio): number {
  if (r.num === 0n) return 0;
  // Both operands are exact doubles, so IEEE division rounds correctly.
  if (abs(r.num) <= SAFE && r.den <= SAFE) return Number(r.num) / Number(r.den);
  // Otherwise keep 25 significant digits and let the decimal parser round.
  const shift = Math.max(0, 25 + digitCount(r.den) - digitCount(r.num));
  const scaled = (abs(r.num) * 10n ** BigInt(shift)) / r.den;
  return (r.num < 0n ? -1 : 1) * Number(`${scaled}e-${shift}`);
}

/**
 * Decimal text with at most `maxFractionDigits` digits after the point,
 * rounded half away from zero and without trailing zeros: 1/1000 → "0.001".
 * Exact whenever the decimal terminates within the limit.
 */
export function ratioToDecimalText(r: Ratio, maxFractionDigits = 20): string {
  const scale = 10n ** BigInt(maxFractionDigits);
  const scaledTwice = (abs(r.num) * scale * 2n) / r.den;
  const rounded = (scaledTwice + 1n) / 2n;
  const digits = rounded.toString().padStart(maxFractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - maxFractionDigits);
  const fraction = digits.slice(digits.length - maxFractionDigits).replace(/0+$/, '');
  const negative = r.num < 0n && rounded !== 0n;
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
