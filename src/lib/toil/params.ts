/**
 * The automation payback tool's URL:
 *
 *   /tools/automation-payback/?minutes=15&per=day&times=2&people=3&build=40&weeks=52
 *
 * See params.ts for how bad parameters are treated.
 */
import {
  checkedNumber,
  DEFAULT_PAYBACK_INPUTS,
  isTaskPeriod,
  PAYBACK_FIELD_RULES,
  TASK_PERIODS,
  type NumericInput,
  type PaybackInputs,
} from './payback';
import { decimal, decimalText, fail, readParam, toParams, unknownParams, type Parse, type ParsedParams } from '../dora/params';

export const PAYBACK_PARAM_NAMES = {
  taskMinutes: 'minutes',
  period: 'per',
  timesPerPeriod: 'times',
  people: 'people',
  automationHours: 'build',
  horizonWeeks: 'weeks',
} as const;

export function parsePaybackParams(search: URLSearchParams | string): ParsedParams<PaybackInputs> {
  const params = toParams(search);
  const notices: string[] = [];
  const d = DEFAULT_PAYBACK_INPUTS;
  const n = PAYBACK_PARAM_NAMES;
  const num = (field: NumericInput): number =>
    readParam(
      params,
      n[field],
      decimal('must be a plain number such as 12.5', (value) => checkedNumber(value, PAYBACK_FIELD_RULES[field])),
      `the default, ${d[field]}`,
      notices,
    ) ?? d[field];
  const periodParam: Parse<PaybackInputs['period']> = (raw) =>
    isTaskPeriod(raw) ? { ok: true, value: raw } : fail(`must be one of ${TASK_PERIODS.join(', ')}`);
  const value: PaybackInputs = {
    taskMinutes: num('taskMinutes'),
    period: readParam(params, n.period, periodParam, `the default, ${d.period}`, notices) ?? d.period,
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

