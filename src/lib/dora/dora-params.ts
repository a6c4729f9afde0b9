/**
 * The DORA tool's URL:
 *
 *   /tools/dora/?df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023
 *
 * See url-params.ts for how bad parameters are treated.
 */
import { parseNumberField, type FieldResult } from '../field';
import { decimalText, readParams, searchString, type ParsedParams } from '../url-params';
import {
  parseAnswerCodeField,
  parsePercentField,
  type AnswerCode,
  type CodeMetric,
  type DoraAnswers,
  type PercentMetric,
} from './answer-scale';

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

/**
 * Reads the tool's state from a URL with the site's one reader (see
 * url-params.ts): the same field parsers as the form, so `cfr=15%25` and
 * `cfr=0,75` mean what they would typed into the field.
 */
export function parseDoraToolParams(
  search: URLSearchParams | string,
  options: { years: readonly number[]; defaultYear: number },
): ParsedParams<DoraToolState> {
  const d = DEFAULT_DORA_ANSWERS;
  const n = DORA_PARAM_NAMES;
  const year = (raw: string): FieldResult<number> => {
    const parsed = parseNumberField(raw, { label: 'Report year', integer: true, example: String(options.defaultYear) });
    if (!parsed.ok) return parsed;
    return options.years.includes(parsed.value)
      ? parsed
      : { ok: false, message: `There is no report for ${parsed.value}; choose ${options.years.join(', ')}.` };
  };
  return readParams(search, Object.values(n), (reader) => {
    const code = (metric: CodeMetric): AnswerCode =>
      reader.read(n[metric], (raw) => parseAnswerCodeField(raw, metric), d[metric], `the default, ${d[metric]}`);
    const percent = (metric: PercentMetric): number =>
      reader.read(n[metric], (raw) => parsePercentField(raw, metric), d[metric], `the default, ${d[metric]}%`);
    return {
      answers: {
        deploymentFrequency: code('deploymentFrequency'),
        leadTime: code('leadTime'),
        recoveryTime: code('recoveryTime'),
        changeFailureRate: percent('changeFailureRate'),
        reworkRate: percent('reworkRate'),
      },
      year: reader.read(n.year, year, options.defaultYear, String(options.defaultYear)),
    };
  });
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
  return searchString(entries);
}
