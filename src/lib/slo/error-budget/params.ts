/**
 * The error budget tool's fields, stated once (field-spec.ts): its link,
 * `?slo=99.9&window=30d&requests=1000000&calendar=sre`, and its main form
 * as typed text, both come from ERROR_BUDGET_FIELDS.
 */
import { DEFAULT_CALENDAR, parseCalendarField, type CalendarConvention } from '../calendar';
import { WINDOW_FIELD, parseRequestCountField } from './error-budget';
import { ERROR_BUDGET_LABELS } from './form';
import { toolFields } from '../../field-spec';
import { SLO_FIELD, type Slo } from '../slo';

export interface ErrorBudgetInputs {
  slo: Slo;
  windowSeconds: number;
  requests: number;
  calendar: CalendarConvention;
}

export interface ErrorBudgetForm {
  slo: string;
  window: string;
  requests: string;
  calendar: CalendarConvention;
}

/** The error budget tool's link and main form, from one spec (field-spec.ts). */
export const ERROR_BUDGET_FIELDS = toolFields<ErrorBudgetInputs, ErrorBudgetForm>({
  slo: SLO_FIELD,
  window: WINDOW_FIELD,
  requests: { parse: (text) => parseRequestCountField(text, ERROR_BUDGET_LABELS.requests), format: String, fallback: 1_000_000 },
  calendar: { parse: parseCalendarField, format: String, fallback: DEFAULT_CALENDAR },
});

export const { read: parseErrorBudgetParams, write: errorBudgetSearch, formFrom: errorBudgetFormFrom, check: checkErrorBudgetForm } = ERROR_BUDGET_FIELDS;

/** What a link without parameters shows: 99.9% over 30 days, a million requests, the SRE calendar. */
export const DEFAULT_ERROR_BUDGET_INPUTS: ErrorBudgetInputs = parseErrorBudgetParams('').values;
