/**
 * Shareable URLs for the DORA tools, read once at the edge with zod.
 *
 *   /tools/dora/?df=6&lt=5&fdrt=6&cfr=5&rework=10&year=2023
 *   /tools/toil-payback/?minutes=15&per=day&times=2&people=3&build=40&weeks=52
 *
 * A missing parameter takes its default silently. A present but invalid one
 * (tampered or mistyped) also falls back to its default, with a notice naming
 * it; so do unknown and repeated parameters. Numbers must be plain decimals:
 * "1e2", "0x10", " 5" and "" are refused rather than coerced.
 */
import { z } from 'zod';
import { answerCodeSchema, percentSchema, type AnswerCode, type DoraAnswers } from './answer-scale';
import { DEFAULT_PAYBACK_INPUTS, paybackInputsSchema, TASK_PERIODS, type PaybackInputs } from './payback';

export const DORA_PARAM_NAMES = {
  deploymentFrequency: 'df',
  leadTime: 'lt',
  recoveryTime: 'fdrt',
  changeFailureRate: 'cfr',
  reworkRate: 'rework',
  year: 'year',
} as const;

export const PAYBACK_PARAM_NAMES = {
  taskMinutes: 'minutes',
  period: 'per',
  timesPerPeriod: 'times',
  people: 'people',
  automationHours: 'build',
  horizonWeeks: 'weeks',
} as const;

/** Answers shown before the learner changes anything: a team in the middle of the field. */
export const DEFAULT_DORA_ANSWERS: Readonly<Required<DoraAnswers>> = {
  leadTime: 4,
  deploymentFrequency: 4,
  recoveryTime: 5,
  changeFailureRate: 15,
  reworkRate: 10,
};

export interface DoraToolState {
  answers: DoraAnswers;
  year: number;
}

export interface ParsedParams<T> {
  value: T;
  /** One sentence per ignored parameter, for a notice above the tool. */
  notices: string[];
}

const DECIMAL_TEXT = /^\d+(\.\d+)?$/;
const decimal = (message: string) => z.string().regex(DECIMAL_TEXT, message).transform(Number);

const codeParam = (schema: ReturnType<typeof answerCodeSchema>) =>
  z
    .string()
    .regex(/^[1-6]$/, 'must be a whole number from 1 to 6')
    .transform(Number)
    .pipe(schema);

function shown(value: string): string {
  const text = value.length > 30 ? `${value.slice(0, 30)}…` : value;
  return JSON.stringify(text);
}

/** Reads one parameter; on failure records a notice and returns undefined. */
function readParam<T>(
  params: URLSearchParams,
  name: string,
  schema: z.ZodType<T, string>,
  fallback: string,
  notices: string[],
): T | undefined {
  const all = params.getAll(name);
  const raw = all[0];
  if (raw === undefined) return undefined;
  if (all.length > 1) notices.push(`Parameter ${name} appears ${all.length} times; only the first is used.`);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'not a valid value';
  notices.push(`Ignored ${name}=${shown(raw)}: ${lowerFirst(reason).replace(/\.$/, '')}. Using ${fallback}.`);
  return undefined;
}

function unknownParams(params: URLSearchParams, known: readonly string[], notices: string[]) {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.includes(name) && !seen.has(name)) {
      seen.add(name);
      notices.push(`Ignored unknown parameter ${shown(name)}.`);
    }
  }
}

const toParams = (search: URLSearchParams | string) =>
  typeof search === 'string' ? new URLSearchParams(search) : search;

export function parseDoraToolParams(
  search: URLSearchParams | string,
  options: { years: readonly number[]; defaultYear: number },
): ParsedParams<DoraToolState> {
  const params = toParams(search);
  const notices: string[] = [];
  const d = DEFAULT_DORA_ANSWERS;
  const n = DORA_PARAM_NAMES;
  const yearSchema = z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .transform(Number)
    .refine((y) => options.years.includes(y), `there is no report for that year; choose ${options.years.join(', ')}`);
  const percentParam = (metric: 'changeFailureRate' | 'reworkRate') =>
    decimal('must be a percentage from 0 to 100').pipe(percentSchema(metric));

  const code = (metric: 'deploymentFrequency' | 'leadTime' | 'recoveryTime'): AnswerCode =>
    readParam(params, n[metric], codeParam(answerCodeSchema(metric)), `the default, ${d[metric]}`, notices) ??
    d[metric];
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
  const year = readParam(params, n.year, yearSchema, String(options.defaultYear), notices) ?? options.defaultYear;
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

export function parsePaybackParams(search: URLSearchParams | string): ParsedParams<PaybackInputs> {
  const params = toParams(search);
  const notices: string[] = [];
  const d = DEFAULT_PAYBACK_INPUTS;
  const n = PAYBACK_PARAM_NAMES;
  const shape = paybackInputsSchema.shape;
  const num = (field: Exclude<keyof PaybackInputs, 'period'>): number =>
    readParam(
      params,
      n[field],
      decimal('must be a plain number such as 12.5').pipe(shape[field]),
      `the default, ${d[field]}`,
      notices,
    ) ?? d[field];
  const value: PaybackInputs = {
    taskMinutes: num('taskMinutes'),
    period:
      readParam(
        params,
        n.period,
        z.enum(TASK_PERIODS, { error: `must be one of ${TASK_PERIODS.join(', ')}` }),
        `the default, ${d.period}`,
        notices,
      ) ?? d.period,
    timesPerPeriod: num('timesPerPeriod'),
    people: num('people'),
    automationHours: num('automationHours'),
    horizonWeeks: num('horizonWeeks'),
  };
  unknownParams(params, Object.values(n), notices);
  return { value, notices };
}

export function paybackQuery(inputs: PaybackInputs): string {
  const n = PAYBACK_PARAM_NAMES;
  return new URLSearchParams([
    [n.taskMinutes, decimalText(inputs.taskMinutes)],
    [n.period, inputs.period],
    [n.timesPerPeriod, decimalText(inputs.timesPerPeriod)],
    [n.people, decimalText(inputs.people)],
    [n.automationHours, decimalText(inputs.automationHours)],
    [n.horizonWeeks, decimalText(inputs.horizonWeeks)],
  ]).toString();
}

/** A number as the plain decimal the parser accepts (no exponent, as String(1e-7) would give). */
function decimalText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
