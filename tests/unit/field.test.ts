import { describe, expect, it } from 'vitest';
import { normaliseDecimal, parseNumberField, withUnit } from '../../src/lib/field';

describe('normaliseDecimal', () => {
  it('accepts a decimal comma as a point ("99,9" is 99.9)', () => {
    expect(normaliseDecimal('99,9')).toBe('99.9');
    expect(normaliseDecimal(' 99.95 ')).toBe('99.95');
  });
  it('reads thousands separators in whole numbers', () => {
    expect(normaliseDecimal('1,000,000')).toBe('1000000');
    expect(normaliseDecimal('1 000 000')).toBe('1000000');
    expect(normaliseDecimal('12,500')).toBe('12500');
  });
  it('reads a leading zero before a comma as a decimal comma, not a thousands group', () => {
    expect(normaliseDecimal('0,750')).toBe('0.750');
    expect(normaliseDecimal('0,75')).toBe('0.75');
  });
  it('rejects letters, exponents and empty text', () => {
    expect(normaliseDecimal('abc')).toBeNull();
    expect(normaliseDecimal('1e3')).toBeNull();
    expect(normaliseDecimal('')).toBeNull();
    expect(normaliseDecimal('1.2.3')).toBeNull();
  });
});

describe('parseNumberField', () => {
  const slo = { label: 'SLO', min: 0, max: 100, minExclusive: true, maxExclusive: true, unit: '%' };
  it('returns the value when it is in range', () => {
    expect(parseNumberField('99,9', slo)).toEqual({ ok: true, value: 99.9 });
  });
  it('names the field and the bound in its messages', () => {
    expect(parseNumberField('', slo)).toEqual({ ok: false, message: 'Enter a value for SLO.' });
    expect(parseNumberField('100', slo)).toEqual({ ok: false, message: 'SLO must be less than 100%.' });
    expect(parseNumberField('-1', slo)).toEqual({ ok: false, message: 'SLO must be more than 0%.' });
    expect(parseNumberField('x', slo)).toMatchObject({ ok: false, message: expect.stringContaining('SLO must be a number') });
  });
  it('gives an example inside the range, not a bound', () => {
    expect(parseNumberField('lots', { label: 'Minutes', min: 1, max: 720, integer: true })).toEqual({ ok: false, message: 'Minutes must be a number, like 10.' });
    expect(parseNumberField('lots', { label: 'Days', min: 1, max: 7, integer: true })).toEqual({ ok: false, message: 'Days must be a number, like 7.' });
    expect(parseNumberField('lots', { label: 'Share', min: 0, max: 100 })).toEqual({ ok: false, message: 'Share must be a number, like 50.' });
  });
  it('enforces whole numbers when asked', () => {
    expect(parseNumberField('2.5', { label: 'Requests', integer: true })).toEqual({
      ok: false,
      message: 'Requests must be a whole number.',
    });
  });
});

describe('withUnit', () => {
  it('keeps symbols as they are and drops the plural s of a spelled-out unit after 1', () => {
    expect(withUnit(100, '%')).toBe('100%');
    expect(withUnit(1, '%')).toBe('1%');
    expect(withUnit(520, ' weeks')).toBe('520 weeks');
    expect(withUnit(1, ' weeks')).toBe('1 week');
    expect(withUnit(0, ' minutes')).toBe('0 minutes');
    expect(withUnit(1440, ' minutes')).toBe('1,440 minutes');
    expect(withUnit(99.99999, '%')).toBe('99.99999%');
    expect(parseNumberField('0', { label: 'Horizon', min: 1, integer: true, unit: ' weeks' })).toEqual({ ok: false, message: 'Horizon must be at least 1 week.' });
  });
});
