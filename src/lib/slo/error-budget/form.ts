/**
 * The error budget tool's reverse form as typed text (allowed bad time or
 * failures → the SLO that allows exactly that), and the labels of both its
 * forms. The main form comes from the tool's field spec (params.ts).
 */
import { parseRequestCountField, parseWindowField } from './error-budget';
import { parseAllowedBadTimeField, parseAllowedFailuresField, sloForAllowedBadTime, sloForAllowedFailures } from './reverse';
import { take, type FieldErrors } from '../../form';
import type { Slo } from '../slo';

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
