/**
 * The DORA Quick Check answer scale: the five metrics as a learner answers
 * them. Throughput metrics are one of six ordered answers (code 1 = slowest,
 * 6 = fastest); the two instability metrics are percentages.
 *
 * Source: dora.dev/quickcheck (answer wording as in docs: shared/reference/dora.md).
 *
 * No zod here: islands import this module. Answers come only from the
 * form's fields and the URL, both read with the site's field parsers.
 */
import { parseNumberField, percentRule, type FieldResult } from '../field';

export const ANSWER_CODES = [1, 2, 3, 4, 5, 6] as const;
/** One of the six ordered answers; 6 is always the best. */
export type AnswerCode = (typeof ANSWER_CODES)[number];
/** A percentage from 0 to 100 (not a fraction). */
export type Percent = number;

/** Metrics answered with a code, in Quick Check order. */
export const CODE_METRICS = ['leadTime', 'deploymentFrequency', 'recoveryTime'] as const;
export type CodeMetric = (typeof CODE_METRICS)[number];
/** Metrics answered with a percentage. */
export const PERCENT_METRICS = ['changeFailureRate', 'reworkRate'] as const;
export type PercentMetric = (typeof PERCENT_METRICS)[number];
export type MetricId = CodeMetric | PercentMetric;

/** Today's names. A report year may use older ones (see the benchmark entries). */
export const METRIC_NAMES: Readonly<Record<MetricId, string>> = {
  leadTime: 'Lead time for changes',
  deploymentFrequency: 'Deployment frequency',
  recoveryTime: 'Failed deployment recovery time',
  changeFailureRate: 'Change failure rate',
  reworkRate: 'Deployment rework rate',
};

export interface AnswerOption {
  code: AnswerCode;
  label: string;
}

/** The six answers of one scale, slowest first: an answer's code is its place in the list. */
const answerScale = (labels: readonly string[]): readonly AnswerOption[] =>
  labels.map((label, i) => ({ code: ANSWER_CODES[i] as AnswerCode, label }));

/** Lead time for changes and failed deployment recovery time share one scale. */
export const DURATION_ANSWERS = answerScale([
  'More than six months',
  'One to six months',
  'One week to one month',
  'One day to one week',
  'Less than one day',
  'Less than one hour',
]);

export const DEPLOYMENT_FREQUENCY_ANSWERS = answerScale([
  'Fewer than once per six months',
  'Between once per month and once every six months',
  'Between once per week and once per month',
  'Between once per day and once per week',
  'Between once per hour and once per day',
  'On demand (multiple deploys per day)',
]);

/** The select options for a code metric, slowest first. */
export function answerOptions(metric: CodeMetric): readonly AnswerOption[] {
  return metric === 'deploymentFrequency' ? DEPLOYMENT_FREQUENCY_ANSWERS : DURATION_ANSWERS;
}

export function answerLabel(metric: CodeMetric, code: AnswerCode): string {
  return answerOptions(metric)[code - 1]?.label ?? String(code);
}

/** What a learner reports about one team. */
export interface DoraAnswers {
  leadTime: AnswerCode;
  deploymentFrequency: AnswerCode;
  recoveryTime: AnswerCode;
  changeFailureRate: Percent;
  /** Only asked since 2024; optional because no cluster table publishes it. */
  reworkRate?: Percent;
}

/** A typed percentage from a text field: "12,5" reads as 12.5. */
export function parsePercentField(raw: string, metric: PercentMetric): FieldResult<Percent> {
  return parseNumberField(raw, percentRule(METRIC_NAMES[metric]));
}

/** A code from a select or text field: the rule lets through only the whole numbers 1 to 6, which are the codes. */
export function parseAnswerCodeField(raw: string, metric: CodeMetric): FieldResult<AnswerCode> {
  return parseNumberField(raw, { label: METRIC_NAMES[metric], min: 1, max: 6, integer: true }) as FieldResult<AnswerCode>;
}
