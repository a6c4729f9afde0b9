import { describe, expect, it } from 'vitest';
import { parseAnswerCodeField, parsePercentField } from '../../src/lib/dora/answer-scale';
import { parseDurationSeconds } from '../../src/lib/duration';
import { parseNumberField, type FieldResult } from '../../src/lib/field';
import { parseCanaryTrafficField, parseErrorPercentField } from '../../src/lib/release-risk/form';
import { parseDependencyCountField, parseDependencyShareField } from '../../src/lib/slo/availability/dependency-budget';
import { parseComponentPercentField } from '../../src/lib/slo/availability/draft';
import { parseErrorRatePercentField } from '../../src/lib/slo/burn-rate/burn-rate';
import { parseBudgetShareField } from '../../src/lib/slo/burn-rate/form';
import { parseRequestCountField } from '../../src/lib/slo/error-budget/error-budget';
import { parseSloField } from '../../src/lib/slo/slo';
import { PAYBACK_FIELD_RULES } from '../../src/lib/toil/payback';
import { LABELS as VALUE_STREAM_LABELS } from '../../src/lib/value-stream/form';

/**
 * Every number field of every tool, run through the same inputs: the site
 * reads numbers one way (src/lib/field.ts), so what is the same number
 * typed differently must give the same result in every field — the same
 * value, or the same message.
 */
type Parse = (raw: string) => FieldResult<unknown>;

const PERCENT_FIELDS: Record<string, Parse> = {
  'error budget, budget status, burn rate, release risk: SLO': (raw) => parseSloField(raw),
  'availability: service target': (raw) => parseSloField(raw, 'Service target'),
  'availability: component availability': (raw) => parseComponentPercentField(raw),
  'availability: budget share for dependencies': (raw) => parseDependencyShareField(raw),
  'burn rate: error rate to simulate': (raw) => parseErrorRatePercentField(raw),
  'burn rate: row budget share': (raw) => parseBudgetShareField(raw, 'Row 1 budget share'),
  'DORA: change failure rate': (raw) => parsePercentField(raw, 'changeFailureRate'),
  'DORA: deployment rework rate': (raw) => parsePercentField(raw, 'reworkRate'),
  'release risk: canary traffic': (raw) => parseCanaryTrafficField(raw),
  'release risk: error rate of the bad version': (raw) => parseErrorPercentField(raw),
};

const NUMBER_FIELDS: Record<string, Parse> = {
  'error budget: requests': (raw) => parseRequestCountField(raw),
  'budget status: failed requests': (raw) => parseRequestCountField(raw, 'Failed requests so far', 0),
  'availability: critical dependencies': (raw) => parseDependencyCountField(raw),
  'DORA: an answer code': (raw) => parseAnswerCodeField(raw, 'leadTime'),
  ...Object.fromEntries(Object.entries(PAYBACK_FIELD_RULES).map(([key, rule]) => [`payback: ${key}`, (raw: string) => parseNumberField(raw, rule)])),
  'value stream: work in progress': (raw) => parseNumberField(raw, { label: VALUE_STREAM_LABELS.wip, min: 0, minExclusive: true, max: 1_000_000 }),
};

/** Inputs that must read alike, in every field of the kind. */
const SAME_PERCENT = [
  ['15', '15%', '15 %', ' 15% ', '15,0', '15.0 %'],
  ['0.75', '0,75', '0,75%', ',75', '.75 %'],
  ['99.9', '99,9', '99.9%', '99,9 %'],
  ['99.999', '99,999'],
];
const SAME_NUMBER = [
  ['1000', '1 000', '1,000', '1_000', '1\u00a0000', '1\u202f000'],
  ['12.5', '12,5', ' 12.5 '],
  ['3', '3.0', '3,0'],
];
const NOT_A_NUMBER = ['', '   ', 'abc', '1e3', '0x10', '1.2.3', '15%%', '--5'];

const message = (r: FieldResult<unknown>) => (r.ok ? null : r.message);

describe.each(Object.entries(PERCENT_FIELDS))('percentage field (%s)', (_, parse) => {
  it.each(SAME_PERCENT)('reads %s like its other spellings', (...spellings) => {
    const first = parse(spellings[0] as string);
    for (const s of spellings.slice(1)) expect(parse(s), s).toEqual(first);
  });
  it('explains every non-number in a sentence, without NaN or undefined', () => {
    for (const bad of NOT_A_NUMBER) {
      const m = message(parse(bad));
      expect(m, bad).toMatch(/^(Enter a value for|.* must be a number, like)/);
      expect(m).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
  it('refuses more than 100%', () => {
    expect(message(parse('100.5'))).toMatch(/at most 100%|less than 100%/);
  });
});

describe.each(Object.entries(NUMBER_FIELDS))('number field (%s)', (_, parse) => {
  it.each(SAME_NUMBER)('reads %s like its other spellings', (...spellings) => {
    const first = parse(spellings[0] as string);
    // The documented rule for the one ambiguous case: in a field that cannot reach 1,000, "1,000" is a decimal comma (1.000).
    const commaIsDecimal = !parse('1000').ok;
    for (const s of spellings.slice(1)) expect(parse(s), s).toEqual(commaIsDecimal && s === '1,000' ? parse('1.000') : first);
  });
  it('explains every non-number in a sentence, without NaN or undefined', () => {
    for (const bad of NOT_A_NUMBER) {
      const m = message(parse(bad));
      expect(m, bad).toMatch(/^(Enter a value for|.* must be a number, like)/);
      expect(m).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

describe('duration fields share one syntax', () => {
  it.each([['90m', '1h30m', '1h 30m', '1.5h', '1,5h', '5400s']])('reads %s alike', (...spellings) => {
    for (const s of spellings) expect(parseDurationSeconds(s), s).toEqual({ ok: true, value: 5400 });
  });
});
