/**
 * URL contract of the error budget tool:
 * `?slo=99.9&window=30d&requests=1000000&calendar=sre`.
 */
import { DEFAULT_CALENDAR, parseCalendarField, type CalendarConvention } from '../calendar';
import { formatDurationExact, SECONDS_PER_DAY } from '../../duration';
import { parseRequestCountField, readWindow } from './error-budget';
import { readParams, searchString, type ParsedParams } from '../../url-params';
import { readSlo, sloFromPercent, type Slo } from '../slo';

export interface ErrorBudgetInputs {
  slo: Slo;
  windowSeconds: number;
  requests: number;
  calendar: CalendarConvention;
}

export const DEFAULT_ERROR_BUDGET_INPUTS: ErrorBudgetInputs = {
  slo: sloFromPercent('99.9'),
  windowSeconds: 30 * SECONDS_PER_DAY,
  requests: 1_000_000,
  calendar: DEFAULT_CALENDAR,
};

export function parseErrorBudgetParams(params: URLSearchParams): ParsedParams<ErrorBudgetInputs> {
  const d = DEFAULT_ERROR_BUDGET_INPUTS;
  return readParams(params, ['slo', 'window', 'requests', 'calendar'], (reader): ErrorBudgetInputs => ({
    slo: reader.read('slo', readSlo, d.slo, `${d.slo.percentText}%`),
    windowSeconds: reader.read('window', readWindow, d.windowSeconds, formatDurationExact(d.windowSeconds)),
    requests: reader.read('requests', (raw) => parseRequestCountField(raw), d.requests, String(d.requests)),
    calendar: reader.read('calendar', parseCalendarField, d.calendar, d.calendar),
  }));
}

export function errorBudgetSearch(inputs: ErrorBudgetInputs): string {
  return searchString([
    ['slo', inputs.slo.percentText],
    ['window', formatDurationExact(inputs.windowSeconds)],
    ['requests', String(inputs.requests)],
    ['calendar', inputs.calendar],
  ]);
}
