/**
 * The automation payback tool's URL:
 *
 *   /tools/automation-payback/?minutes=15&per=day&times=2&people=3&build=40&weeks=52
 *
 * See url-params.ts for how bad parameters are treated.
 */
import { parseNumberField, type FieldResult } from '../field';
import { decimalText, readParams, searchString, type ParsedParams } from '../url-params';
import {
  DEFAULT_PAYBACK_INPUTS,
  isTaskPeriod,
  PAYBACK_FIELD_RULES,
  TASK_PERIODS,
  type NumericInput,
  type PaybackInputs,
  type TaskPeriod,
} from './payback';

export const PAYBACK_PARAM_NAMES = {
  taskMinutes: 'minutes',
  period: 'per',
  timesPerPeriod: 'times',
  people: 'people',
  automationHours: 'build',
  horizonWeeks: 'weeks',
} as const;

export function parsePaybackParams(search: URLSearchParams | string): ParsedParams<PaybackInputs> {
  const d = DEFAULT_PAYBACK_INPUTS;
  const n = PAYBACK_PARAM_NAMES;
  const period = (raw: string): FieldResult<TaskPeriod> =>
    isTaskPeriod(raw) ? { ok: true, value: raw } : { ok: false, message: `How often must be per ${TASK_PERIODS.slice(0, -1).join(', per ')} or per ${TASK_PERIODS.at(-1)}.` };
  return readParams(search, Object.values(n), (reader) => {
    const num = (field: NumericInput): number =>
      reader.read(n[field], (raw) => parseNumberField(raw, PAYBACK_FIELD_RULES[field]), d[field], `the default, ${d[field]}`);
    return {
      taskMinutes: num('taskMinutes'),
      period: reader.read(n.period, period, d.period, `the default, per ${d.period}`),
      timesPerPeriod: num('timesPerPeriod'),
      people: num('people'),
      automationHours: num('automationHours'),
      horizonWeeks: num('horizonWeeks'),
    };
  });
}

export function paybackQuery(inputs: PaybackInputs): string {
  const n = PAYBACK_PARAM_NAMES;
  return searchString([
    [n.taskMinutes, decimalText(inputs.taskMinutes)],
    [n.period, inputs.period],
    [n.timesPerPeriod, decimalText(inputs.timesPerPeriod)],
    [n.people, decimalText(inputs.people)],
    [n.automationHours, decimalText(inputs.automationHours)],
    [n.horizonWeeks, decimalText(inputs.horizonWeeks)],
  ]);
}
