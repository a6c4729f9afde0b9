import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_CODES } from '../../../src/lib/dora/answer-scale';
import { TASK_PERIODS } from '../../../src/lib/toil/payback';
import { YEARS as BENCHMARK_YEARS } from './benchmark-years';
import { DEFAULT_DORA_ANSWERS, defaultDoraYear, doraToolQuery, parseDoraToolParams } from '../../../src/lib/dora/dora-params';
import { parsePaybackParams, paybackQuery } from '../../../src/lib/toil/params';

const YEARS = { years: [2019, 2021, 2022, 2023, 2024, 2025], defaultYear: 2024 };

describe('DORA tool URL (/tools/dora/)', () => {
  it('reads ?df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023 with no notices', () => {
    expect(parseDoraToolParams('?df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023', YEARS)).toEqual({
      value: {
        answers: { deploymentFrequency: 6, leadTime: 5, recoveryTime: 6, changeFailureRate: 5, reworkRate: 10 },
        year: 2023,
      },
      notices: [],
    });
  });

  it('an empty query gives the defaults silently', () => {
    expect(parseDoraToolParams('', YEARS)).toEqual({
      value: { answers: DEFAULT_DORA_ANSWERS, year: 2024 },
      notices: [],
    });
  });

  it('a tampered URL falls back to defaults, naming each ignored parameter', () => {
    const r = parseDoraToolParams('df=9&lt=abc&fdrt=2.0&cfr=150&rework=1e1&year=2020&utm_source=x&df=3', YEARS);
    expect(r.value).toEqual({ answers: DEFAULT_DORA_ANSWERS, year: 2024 });
    expect(r.notices).toEqual([
      'Parameter df appears 2 times; only the first is used.',
      'Ignored df="9": must be a whole number from 1 to 6. Using the default, 4.',
      'Ignored lt="abc": must be a whole number from 1 to 6. Using the default, 4.',
      'Ignored fdrt="2.0": must be a whole number from 1 to 6. Using the default, 5.',
      'Ignored cfr="150": change failure rate must be a percentage from 0 to 100. Using the default, 15%.',
      'Ignored rework="1e1": must be a percentage from 0 to 100. Using the default, 10%.',
      'Ignored year="2020": there is no report for that year; choose 2019, 2021, 2022, 2023, 2024, 2025. Using 2024.',
      'Ignored unknown parameter "utm_source".',
    ]);
  });

  it('accepts a decimal percentage and keeps valid parameters when others are bad', () => {
    const r = parseDoraToolParams(new URLSearchParams('cfr=12.5&df=0'), YEARS);
    expect(r.value.answers.changeFailureRate).toBe(12.5);
    expect(r.value.answers.deploymentFrequency).toBe(DEFAULT_DORA_ANSWERS.deploymentFrequency);
    expect(r.notices).toHaveLength(1);
  });

  it('round-trips any valid state through the query string (property)', () => {
    const code = fc.constantFrom(...ANSWER_CODES);
    const percent = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(code, code, code, percent, percent, fc.constantFrom(...YEARS.years), (df, lt, rt, cfr, rw, year) => {
        const state = {
          answers: { deploymentFrequency: df, leadTime: lt, recoveryTime: rt, changeFailureRate: cfr, reworkRate: rw },
          year,
        };
        expect(parseDoraToolParams(doraToolQuery(state), YEARS)).toEqual({ value: state, notices: [] });
      }),
    );
  });

  it('writes parameters in the documented order', () => {
    expect(
      doraToolQuery({
        answers: { deploymentFrequency: 6, leadTime: 5, recoveryTime: 6, changeFailureRate: 5, reworkRate: 10 },
        year: 2023,
      }),
    ).toBe('df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023');
  });
});

describe('default report year', () => {
  it('is 2024, the latest year with clusters, not 2025 (seven team profiles instead)', () => {
    expect(defaultDoraYear(Object.values(BENCHMARK_YEARS))).toBe(2024);
    expect(defaultDoraYear([{ year: 2025, clusters: null }])).toBe(2025);
    expect(() => defaultDoraYear([])).toThrow(/no DORA benchmark years/);
  });
});

describe('toil payback URL', () => {
  it('reads minutes, per, times, people, build and weeks', () => {
    expect(parsePaybackParams('minutes=20&per=week&times=3&people=4&build=12.5&weeks=26')).toEqual({
      value: { taskMinutes: 20, period: 'week', timesPerPeriod: 3, people: 4, automationHours: 12.5, horizonWeeks: 26 },
      notices: [],
    });
  });

  it('ignores out-of-range and malformed values with notices', () => {
    const r = parsePaybackParams('minutes=0&per=year&times=-1&people=2.5&build=&weeks=9999');
    expect(r.notices).toEqual([
      'Ignored minutes="0": task duration must be more than 0 minutes and at most 1,440 minutes. Using the default, 15.',
      'Ignored per="year": must be one of day, week, month. Using the default, day.',
      'Ignored times="-1": must be a plain number such as 12.5. Using the default, 2.',
      'Ignored people="2.5": people must be a whole number. Using the default, 3.',
      'Ignored build="": must be a plain number such as 12.5. Using the default, 40.',
      'Ignored weeks="9999": horizon must be at least 1 week and at most 520 weeks. Using the default, 52.',
    ]);
  });

  it('round-trips any valid inputs through the query string, including tiny values (property)', () => {
    const inputs = fc.record({
      taskMinutes: fc.oneof(
        fc.integer({ min: 1, max: 144_000 }).map((n) => n / 100),
        fc.constant(1e-7),
      ),
      period: fc.constantFrom(...TASK_PERIODS),
      timesPerPeriod: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      people: fc.integer({ min: 1, max: 10_000 }),
      automationHours: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10),
      horizonWeeks: fc.integer({ min: 1, max: 520 }),
    });
    fc.assert(
      fc.property(inputs, (i) => {
        expect(parsePaybackParams(paybackQuery(i))).toEqual({ value: i, notices: [] });
      }),
    );
  });
});
