import { describe, expect, it } from 'vitest';
import { budgetFraction, parseSloField, sloFromBudget, sloFromPercent } from '../../../src/lib/slo/slo';
import { ratio, ratioToNumber } from '../../../src/lib/ratio';

describe('exact SLO values', () => {
  it('99.9% is 999/1000 with a budget of exactly 1/1000 (slo-math reference: work from the decimal string)', () => {
    const slo = sloFromPercent('99.9');
    expect(slo.target).toEqual({ num: 999n, den: 1000n });
    expect(slo.budget).toEqual({ num: 1n, den: 1000n });
    expect(budgetFraction(slo)).toBe(0.001);
    expect(ratioToNumber(slo.target)).toBe(0.999);
  });

  it('a number is read through its decimal form, so 99.95 gives a budget of 1/2000', () => {
    expect(sloFromPercent(99.95).budget).toEqual({ num: 1n, den: 2000n });
    expect(sloFromPercent(99.95).percentText).toBe('99.95');
  });

  it('can be built from a budget, as the reverse calculations do', () => {
    const slo = sloFromBudget(ratio(2592n, 2_592_000n));
    expect(slo.percentText).toBe('99.9');
    expect(slo.percent).toBe(99.9);
  });
});

describe('parseSloField', () => {
  it('accepts 99.9, the decimal comma 99,9, 99,999 as 99.999 and a trailing %', () => {
    expect(parseSloField('99.9')).toMatchObject({ ok: true, value: { percentText: '99.9' } });
    expect(parseSloField('99,9')).toMatchObject({ ok: true, value: { percentText: '99.9' } });
    expect(parseSloField('99,999')).toMatchObject({ ok: true, value: { percentText: '99.999' } });
    expect(parseSloField(' 99.95 % ')).toMatchObject({ ok: true, value: { percentText: '99.95' } });
  });

  it('gives a learner-facing reason for each kind of bad input', () => {
    expect(parseSloField('')).toEqual({ ok: false, message: 'Enter a value for SLO, like 99.9.' });
    expect(parseSloField('abc')).toEqual({ ok: false, message: 'SLO must be a number, like 99.9.' });
    expect(parseSloField('-5')).toMatchObject({ ok: false, message: expect.stringContaining('must be at least 0%') });
    expect(parseSloField('0')).toMatchObject({ ok: false, message: expect.stringContaining('0% promises nothing') });
    expect(parseSloField('100.5')).toMatchObject({ ok: false, message: expect.stringContaining('must be at most 100%') });
    expect(parseSloField('99.123456789012')).toMatchObject({ ok: false, message: expect.stringContaining('10 decimal places') });
  });

  it('explains that 100% leaves no error budget and makes burn rate undefined (SRE book ch. 3: 100% is the wrong target)', () => {
    const result = parseSloField('100');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('no error budget');
      expect(result.message).toContain("burn rate can't be computed");
    }
    expect(parseSloField('100.000').ok).toBe(false);
  });
});
