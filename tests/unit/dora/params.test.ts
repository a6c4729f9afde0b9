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
      values: {
        answers: { deploymentFrequency: 6, leadTime: 5, recoveryTime: 6, changeFailureRate: 5, reworkRate: 10 },
        year: 2023,
      },
      notices: [],
    });
  });

  it('an empty query gives the defaults silently', () => {
    expect(parseDoraToolParams('', YEARS)).toEqual({
      values: { answers: DEFAULT_DORA_ANSWERS, year: 2024 },
      notices: [],
    });
  });

  it('a tampered URL falls back to defaults, naming each ignored parameter', () => {
    const r = parseDoraToolParams('df=9&lt=abc&fdrt=2.5&cfr=150&rework=1e1&year=2020&utm_source=x&df=3', YEARS);
    expect(r.values).toEqual({ answers: DEFAULT_DORA_ANSWERS, year: 2024 });
    expect(r.notices.map((n) => n.message)).toEqual([
      'The parameter df appears 2 times; using the first.',
      'Ignored df=9 from the link: Deployment frequency must be at most 6. Using the default, 4 instead.',
      'Ignored lt=abc from the link: Lead time for changes must be a number, like 6. Using the default, 4 instead.',
      'Ignored fdrt=2.5 from the link: Failed deployment recovery time must be a whole number. Using the default, 5 instead.',
      'Ignored cfr=150 from the link: Change failure rate must be at most 100%. Using the default, 15% instead.',
      'Ignored rework=1e1 from the link: Deployment rework rate must be a number, like 50. Using the default, 10% instead.',
      'Ignored year=2020 from the link: There is no report for 2020; choose 2019, 2021, 2022, 2023, 2024, 2025. Using 2024 instead.',
      'Ignored utm_source from the link: this tool has no such setting.',
    ]);
  });

  it('reads cfr=15%25 and cfr=0,75 as the change failure rate field would (one parser for fields and URLs)', () => {
    expect(parseDoraToolParams('cfr=15%25', YEARS).values.answers.changeFailureRate).toBe(15);
    expect(parseDoraToolParams('cfr=0,75', YEARS).values.answers.changeFailureRate).toBe(0.75);
    expect(parseDoraToolParams('cfr=15%25&rework=12 %25', YEARS).notices).toEqual([]);
  });

  it('accepts a decimal percentage and keeps valid parameters when others are bad', () => {
    const r = parseDoraToolParams(new URLSearchParams('cfr=12.5&df=0'), YEARS);
    expect(r.values.answers.changeFailureRate).toBe(12.5);
    expect(r.values.answers.deploymentFrequency).toBe(DEFAULT_DORA_ANSWERS.deploymentFrequency);
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
        expect(parseDoraToolParams(doraToolQuery(state), YEARS)).toEqual({ values: state, notices: [] });
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
      values: { taskMinutes: 20, period: 'week', timesPerPeriod: 3, people: 4, automationHours: 12.5, horizonWeeks: 26 },
      notices: [],
    });
  });

  it('ignores out-of-range and malformed values with notices', () => {
    const r = parsePaybackParams('minutes=0&per=year&times=-1&people=2.5&build=&weeks=9999');
    expect(r.notices.map((n) => n.message)).toEqual([
      'Ignored minutes=0 from the link: Task duration must be more than 0 minutes. Using the default, 15 instead.',
      'Ignored per=year from the link: How often must be per day, per week or per month. Using the default, per day instead.',
      'Ignored times=-1 from the link: How often must be more than 0. Using the default, 2 instead.',
      'Ignored people=2.5 from the link: People must be a whole number. Using the default, 3 instead.',
      'Ignored build= from the link: Enter a value for Hours to automate, like 12.5. Using the default, 40 instead.',
      'Ignored weeks=9999 from the link: Horizon must be at most 520 weeks. Using the default, 52 instead.',
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
        expect(parsePaybackParams(paybackQuery(i))).toEqual({ values: i, notices: [] });
      }),
    );
  });
});
