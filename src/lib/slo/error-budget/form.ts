/**
 * The error budget tool's two forms as typed text: the main one (SLO,
 * window, requests, calendar) and the reverse one (allowed bad time or
 * failures → the SLO that allows exactly that).
 */
import type { CalendarConvention } from '../calendar';
import { formatDurationExact } from '../../duration';
import { parseRequestCountField, parseWindowField } from './error-budget';
import { parseAllowedBadTimeField, parseAllowedFailuresField, sloForAllowedBadTime, sloForAllowedFailures } from './reverse';
import type { ErrorBudgetInputs } from './params';
import { take, type FieldErrors, type FormCheck } from '../../form';
import { parseSloField, type Slo } from '../slo';

export interface ErrorBudgetForm {
  slo: string;
  window: string;
  requests: string;
  calendar: CalendarConvention;
}

export const errorBudgetFormFrom = (inputs: ErrorBudgetInputs): ErrorBudgetForm => ({
  slo: inputs.slo.percentText,
  window: formatDurationExact(inputs.windowSeconds),
  requests: String(inputs.requests),
  calendar: inputs.calendar,
});

export function checkErrorBudgetForm(form: ErrorBudgetForm): FormCheck<ErrorBudgetInputs> {
  const errors: FieldErrors = {};
  const slo = take(errors, 'slo', parseSloField(form.slo));
  const windowSeconds = take(errors, 'window', parseWindowField(form.window));
  const requests = take(errors, 'requests', parseRequestCountField(form.requests, ERROR_BUDGET_LABELS.requests));
  const ok = slo !== null && windowSeconds !== null && requests !== null;
  return { values: ok ? { slo, windowSeconds, requests, calendar: form.calendar } : null, errors };
}

/** Field labels, shared by the form and the messages about its fields, so a message names the field as the learner sees it. */
export const ERROR_BUDGET_LABELS = {
  requests: 'Requests in the window',
  reverseBad: 'Allowed bad time',
  reverseWindow: 'Time window',
  reverseFailures: 'Allowed failed requests',
  reverseRequests: 'Total requests',
} as const;

/** The reverse form: bad time over a window, and failures out of a number of requests, each giving an SLO. */
export interface ReverseBudgetForm {
  badTime: string;
  badWindow: string;
  failures: string;
  requests: string;
}

/** 43m 12s of 30 days and 1,000 of 1,000,000 requests: both 99.9%. */
export const DEFAULT_REVERSE_FORM: ReverseBudgetForm = { badTime: '43m 12s', badWindow: '30d', failures: '1000', requests: '1000000' };

export interface ReverseBudget {
  fromTime: { slo: Slo; badSeconds: number; windowSeconds: number } | null;
  fromRequests: { slo: Slo; failures: number; requests: number } | null;
  errors: FieldErrors;
}

/** Each half stands alone: a bad time field does not hide the result from requests. */
export function checkReverseBudgetForm(form: ReverseBudgetForm): ReverseBudget {
  const errors: FieldErrors = {};
  const L = ERROR_BUDGET_LABELS;
  const windowSeconds = take(errors, 'reverse-window', parseWindowField(form.badWindow, L.reverseWindow));
  const badSeconds =
    windowSeconds === null ? null : take(errors, 'reverse-bad', parseAllowedBadTimeField(form.badTime, windowSeconds, L.reverseBad));
  const requests = take(errors, 'reverse-requests', parseRequestCountField(form.requests, L.reverseRequests, 2));
  const failures = requests === null ? null : take(errors, 'reverse-failures', parseAllowedFailuresField(form.failures, requests, L.reverseFailures));
  return {
    fromTime: windowSeconds !== null && badSeconds !== null ? { slo: sloForAllowedBadTime(badSeconds, windowSeconds), badSeconds, windowSeconds } : null,
    fromRequests: requests !== null && failures !== null ? { slo: sloForAllowedFailures(failures, requests), failures, requests } : null,
    errors,
  };
}
