/**
 * The DORA tool's URL:
 *
 *   /tools/dora/?df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023
 *
 * See params.ts for how bad parameters are treated.
 */
import { checkedAnswerCode, checkedPercent, type AnswerCode, type DoraAnswers } from './answer-scale';
import { decimal, decimalText, fail, readParam, toParams, unknownParams, type Parse, type ParsedParams } from './params';

export const DORA_PARAM_NAMES = {
  deploymentFrequency: 'df',
  leadTime: 'lt',
  recoveryTime: 'fdrt',
  changeFailureRate: 'cfr',
  reworkRate: 'rework',
  year: 'year',
} as const;

/** Answers shown before the learner changes anything: a team in the middle of the field. */
export const DEFAULT_DORA_ANSWERS: Readonly<Required<DoraAnswers>> = {
  leadTime: 4,
  deploymentFrequency: 4,
  recoveryTime: 5,
  changeFailureRate: 15,
  reworkRate: 10,
};

/**
 * The report year a first visit compares with: the latest year that has
 * clusters, so the page opens on a level rather than on 2025's "no clusters".
 */
export function defaultDoraYear(years: readonly { year: number; clusters: unknown }[]): number {
  const clustered = years.filter((y) => y.clusters !== null).map((y) => y.year);
  const all = clustered.length > 0 ? clustered : years.map((y) => y.year);
  if (all.length === 0) throw new Error('There are no DORA benchmark years.');
  return Math.max(...all);
}

export interface DoraToolState {
  answers: DoraAnswers;
  year: number;
}

const codeParam =
  (metric: 'deploymentFrequency' | 'leadTime' | 'recoveryTime'): Parse<AnswerCode> =>
  (raw) =>
    /^[1-6]$/.test(raw) ? checkedAnswerCode(Number(raw), metric) : fail('must be a whole number from 1 to 6');

export function parseDoraToolParams(
  search: URLSearchParams | string,
  options: { years: readonly number[]; defaultYear: number },
): ParsedParams<DoraToolState> {
  const params = toParams(search);
  const notices: string[] = [];
  const d = DEFAULT_DORA_ANSWERS;
  const n = DORA_PARAM_NAMES;
  const yearParam: Parse<number> = (raw) => {
    if (!/^\d{4}$/.test(raw)) return fail('must be a four-digit year');
    const year = Number(raw);
    return options.years.includes(year)
      ? { ok: true, value: year }
      : fail(`there is no report for that year; choose ${options.years.join(', ')}`);
  };
  const percentParam = (metric: 'changeFailureRate' | 'reworkRate') =>
    decimal('must be a percentage from 0 to 100', (value) => checkedPercent(value, metric));

  const code = (metric: 'deploymentFrequency' | 'leadTime' | 'recoveryTime'): AnswerCode =>
    readParam(params, n[metric], codeParam(metric), `the default, ${d[metric]}`, notices) ?? d[metric];
  const answers: DoraAnswers = {
    deploymentFrequency: code('deploymentFrequency'),
    leadTime: code('leadTime'),
    recoveryTime: code('recoveryTime'),
    changeFailureRate:
      readParam(
        params,
        n.changeFailureRate,
        percentParam('changeFailureRate'),
        `the default, ${d.changeFailureRate}%`,
        notices,
      ) ?? d.changeFailureRate,
    reworkRate:
      readParam(params, n.reworkRate, percentParam('reworkRate'), `the default, ${d.reworkRate}%`, notices) ??
      d.reworkRate,
  };
  const year = readParam(params, n.year, yearParam, String(options.defaultYear), notices) ?? options.defaultYear;
  unknownParams(params, Object.values(n), notices);
  return { value: { answers, year }, notices };
}

/** The query string (without "?") that reproduces a DORA tool state. */
export function doraToolQuery({ answers, year }: DoraToolState): string {
  const n = DORA_PARAM_NAMES;
  const entries: [string, string][] = [
    [n.deploymentFrequency, String(answers.deploymentFrequency)],
    [n.leadTime, String(answers.leadTime)],
    [n.recoveryTime, String(answers.recoveryTime)],
    [n.changeFailureRate, decimalText(answers.changeFailureRate)],
  ];
  if (answers.reworkRate !== undefined) entries.push([n.reworkRate, decimalText(answers.reworkRate)]);
  entries.push([n.year, String(year)]);
  return new URLSearchParams(entries).toString();
}

