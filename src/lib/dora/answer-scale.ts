/**
 * The DORA Quick Check answer scale: the five metrics as a learner answers
 * them. Throughput metrics are one of six ordered answers (code 1 = slowest,
 * 6 = fastest); the two instability metrics are percentages.
 *
 * Source: dora.dev/quickcheck (answer wording as in docs: shared/reference/dora.md).
 */
import { z } from 'zod';
import { parseNumberField, type FieldResult } from '../field';

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
export const METRIC_IDS: readonly MetricId[] = [...CODE_METRICS, ...PERCENT_METRICS];

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

/** Lead time for changes and failed deployment recovery time share one scale. */
export const DURATION_ANSWERS: readonly AnswerOption[] = [
  { code: 1, label: 'More than six months' },
  { code: 2, label: 'One to six months' },
  { code: 3, label: 'One week to one month' },
  { code: 4, label: 'One day to one week' },
  { code: 5, label: 'Less than one day' },
  { code: 6, label: 'Less than one hour' },
];

export const DEPLOYMENT_FREQUENCY_ANSWERS: readonly AnswerOption[] = [
  { code: 1, label: 'Fewer than once per six months' },
  { code: 2, label: 'Between once per month and once every six months' },
  { code: 3, label: 'Between once per week and once per month' },
  { code: 4, label: 'Between once per day and once per week' },
  { code: 5, label: 'Between once per hour and once per day' },
  { code: 6, label: 'On demand (multiple deploys per day)' },
];

/** The select options for a code metric, slowest first. */
export function answerOptions(metric: CodeMetric): readonly AnswerOption[] {
  return metric === 'deploymentFrequency' ? DEPLOYMENT_FREQUENCY_ANSWERS : DURATION_ANSWERS;
}

export function answerLabel(metric: CodeMetric, code: AnswerCode): string {
  return answerOptions(metric)[code - 1]?.label ?? String(code);
}

export function isAnswerCode(value: unknown): value is AnswerCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
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

const codeMessage = (metric: CodeMetric) =>
  `${METRIC_NAMES[metric]} must be one of the answers 1 to 6 (6 is the fastest).`;
const percentMessage = (metric: PercentMetric) => `${METRIC_NAMES[metric]} must be a percentage from 0 to 100.`;

export const answerCodeSchema = (metric: CodeMetric) => z.literal(ANSWER_CODES, { error: codeMessage(metric) });
// zod 4's z.number() already refuses NaN and ±Infinity.
export const percentSchema = (metric: PercentMetric) =>
  z
    .number({ error: percentMessage(metric) })
    .min(0, percentMessage(metric))
    .max(100, percentMessage(metric));

/** Validates answers arriving from anywhere (storage, a test, a form) once. */
export const doraAnswersSchema = z.strictObject({
  leadTime: answerCodeSchema('leadTime'),
  deploymentFrequency: answerCodeSchema('deploymentFrequency'),
  recoveryTime: answerCodeSchema('recoveryTime'),
  changeFailureRate: percentSchema('changeFailureRate'),
  reworkRate: percentSchema('reworkRate').optional(),
});

export interface FieldError {
  field: string;
  message: string;
}

export type AnswersResult = { ok: true; value: DoraAnswers } | { ok: false; errors: FieldError[] };

/** Checks answers of unknown shape; every problem is reported, each naming its field. */
export function validatedDoraAnswers(input: unknown): AnswersResult {
  const parsed = doraAnswersSchema.safeParse(input);
  if (parsed.success) {
    const { reworkRate, ...rest } = parsed.data;
    return { ok: true, value: reworkRate === undefined ? rest : { ...rest, reworkRate } };
  }
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || 'answers',
      message: issue.path.length === 0 ? 'Answers must be an object with the five metrics.' : issue.message,
    })),
  };
}

/** A typed percentage from a text field: "12,5" reads as 12.5. */
export function parsePercentField(raw: string, metric: PercentMetric): FieldResult<Percent> {
  return parseNumberField(raw, { label: METRIC_NAMES[metric], min: 0, max: 100, unit: '%' });
}

/** A code from a select or text field. */
export function parseAnswerCodeField(raw: string, metric: CodeMetric): FieldResult<AnswerCode> {
  const parsed = parseNumberField(raw, { label: METRIC_NAMES[metric], min: 1, max: 6, integer: true });
  if (!parsed.ok) return parsed;
  return isAnswerCode(parsed.value) ? { ok: true, value: parsed.value } : { ok: false, message: codeMessage(metric) };
}
