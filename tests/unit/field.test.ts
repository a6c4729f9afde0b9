import { describe, expect, it } from 'vitest';
import { numberText, parseNumberField, parseNumberTextField, percentRule, withUnit } from '../../src/lib/field';

describe('numberText: the one reading of a typed number', () => {
  it('accepts a decimal point or a decimal comma ("99,9" is 99.9)', () => {
    expect(numberText('99,9')).toBe('99.9');
    expect(numberText(' 99.95 ')).toBe('99.95');
    expect(numberText(',5')).toBe('.5');
    expect(numberText('\u22121.5')).toBe('-1.5');
  });
  it('reads spaces, no-break spaces and underscores between groups of three digits as thousands separators', () => {
    expect(numberText('1 000 000')).toBe('1000000');
    expect(numberText('1\u00a0000')).toBe('1000');
    expect(numberText('1\u202f000')).toBe('1000');
    expect(numberText('1_000.5')).toBe('1000.5');
    expect(numberText('1 000', { max: 100, unit: '%' })).toBe('1000');
  });
  it('reads commas between groups of three as thousands where the field can hold 1,000 or more', () => {
    expect(numberText('1,000,000')).toBe('1000000');
    expect(numberText('12,500')).toBe('12500');
    expect(numberText('1,000', { max: 10_000 })).toBe('1000');
    expect(numberText('1,234.5')).toBe('1234.5');
  });
  it('reads that comma as a decimal comma where the field cannot reach 1,000 (the documented rule for ambiguous input)', () => {
    expect(numberText('99,999', { max: 100, unit: '%' })).toBe('99.999');
    expect(numberText('1,000', { max: 6 })).toBe('1.000');
  });
  it('always reads a leading 0 before a comma as a decimal comma, since a group never starts with 0', () => {
    expect(numberText('0,750')).toBe('0.750');
    expect(numberText('0,75')).toBe('0.75');
  });
  it('accepts a trailing % only in percentage fields, with or without a space', () => {
    const percent = { max: 100, unit: '%' };
    expect(numberText('15%', percent)).toBe('15');
    expect(numberText('15 %', percent)).toBe('15');
    expect(numberText('0,75%', percent)).toBe('0.75');
    expect(numberText('15%')).toBeNull();
  });
  it('rejects letters, exponents, hexadecimal, misplaced separators and empty text', () => {
    for (const bad of ['abc', '1e3', '0x10', '', '   ', '1.2.3', '1 00', '01,000,000', '%', '15%%', '1,000,00'])
      expect(numberText(bad, { unit: '%' }), bad).toBeNull();
  });
});

describe('parseNumberField', () => {
  const slo = { label: 'SLO', min: 0, max: 100, minExclusive: true, maxExclusive: true, unit: '%' };
  it('returns the value when it is in range', () => {
    expect(parseNumberField('99,9', slo)).toEqual({ ok: true, value: 99.9 });
    expect(parseNumberField('99.9 %', slo)).toEqual({ ok: true, value: 99.9 });
  });
  it('names the field and the bound in its messages', () => {
    expect(parseNumberField('', slo)).toEqual({ ok: false, message: 'Enter a value for SLO, like 50.' });
    expect(parseNumberField('100', slo)).toEqual({ ok: false, message: 'SLO must be less than 100%.' });
    expect(parseNumberField('-1', slo)).toEqual({ ok: false, message: 'SLO must be more than 0%.' });
    expect(parseNumberField('x', slo)).toEqual({ ok: false, message: 'SLO must be a number, like 50.' });
  });
  it('gives an example inside the range, not a bound', () => {
    expect(parseNumberField('lots', { label: 'Minutes', min: 1, max: 720, integer: true })).toEqual({ ok: false, message: 'Minutes must be a number, like 10.' });
    expect(parseNumberField('lots', { label: 'Days', min: 1, max: 7, integer: true })).toEqual({ ok: false, message: 'Days must be a number, like 7.' });
    expect(parseNumberField('lots', { label: 'Share', min: 0, max: 100, unit: '%' })).toEqual({ ok: false, message: 'Share must be a number, like 50.' });
    expect(parseNumberField('lots', { label: 'SLO', example: '99.9' })).toEqual({ ok: false, message: 'SLO must be a number, like 99.9.' });
  });
  it('enforces whole numbers and decimal places when asked', () => {
    expect(parseNumberField('2.5', { label: 'Requests', integer: true })).toEqual({ ok: false, message: 'Requests must be a whole number.' });
    expect(parseNumberField('1.234', { label: 'Rate', maxDecimals: 2 })).toEqual({ ok: false, message: 'Rate can have at most 2 decimal places.' });
  });
  it('keeps every digit typed in the text form, for exact arithmetic', () => {
    expect(parseNumberTextField('99,9990 %', percentRule('SLO'))).toEqual({ ok: true, value: '99.9990' });
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
