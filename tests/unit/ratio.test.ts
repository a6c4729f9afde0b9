import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRatios,
  multiplyRatios,
  ratio,
  ratioFromDecimalText,
  ratioFromNumber,
  ratioToDecimalText,
  ratioToNumber,
  subtractRatios,
  ONE,
} from '../../src/lib/ratio';

describe('exact ratios', () => {
  it('1 − 99.9% is exactly 1/1000, where floating point drifts (slo-math reference, floating point trap)', () => {
    expect(1 - 0.999).not.toBe(0.001);
    expect((100 - 99.9) / 100).not.toBe(0.001);
    const budget = subtractRatios(ONE, ratioFromDecimalText('0.999')!);
    expect(budget).toEqual({ num: 1n, den: 1000n });
    expect(ratioToNumber(multiplyRatios(budget, ratio(2_592_000n)))).toBe(2592);
  });

  it('reads decimal text, including the exponent form String(number) produces', () => {
    expect(ratioFromDecimalText('99.9')).toEqual({ num: 999n, den: 10n });
    expect(ratioFromDecimalText('.5')).toEqual({ num: 1n, den: 2n });
    expect(ratioFromDecimalText('-1.25')).toEqual({ num: -5n, den: 4n });
    expect(ratioFromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(ratioFromNumber(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(ratioFromDecimalText('abc')).toBeNull();
    expect(ratioFromDecimalText('.')).toBeNull();
    expect(ratioFromDecimalText('1e999')).toBeNull();
  });

  it('writes terminating decimals exactly and rounds the others half away from zero', () => {
    expect(ratioToDecimalText(ratio(1n, 1000n))).toBe('0.001');
    expect(ratioToDecimalText(ratio(2n, 3n), 4)).toBe('0.6667');
    expect(ratioToDecimalText(ratio(-1n, 8n), 2)).toBe('-0.13');
    expect(ratioToDecimalText(ratio(2592n))).toBe('2592');
  });

  it('converts ratios whose parts exceed 2^53 to the nearest number', () => {
    const big = ratio(10n ** 30n + 1n, 10n ** 28n);
    expect(ratioToNumber(big)).toBe(100);
    expect(ratioToNumber(ratio(1n, 3n * 10n ** 20n))).toBeCloseTo(3.333333333333333e-21, 35);
  });

  it('property: a finite number survives ratioFromNumber → ratioToNumber unchanged', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(ratioToNumber(ratioFromNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('property: (a ÷ b) × b is a again', () => {
    const nonZero = fc.bigInt({ min: 1n, max: 10n ** 20n });
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), nonZero, nonZero, nonZero, (an, ad, bn, bd) => {
        const a = ratio(an, ad);
        const b = ratio(bn, bd);
        expect(multiplyRatios(divideRatios(a, b), b)).toEqual(a);
      }),
    );
  });
});
