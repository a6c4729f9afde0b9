/**
 * The budget status tool's form as typed text. Bad events are counted
 * either as bad time or as failed and total requests; the learner picks one,
 * and the other's fields keep their text for when they switch back.
 */
import { FAILED_OVER_TOTAL, parseBadTimeField, parseElapsedField, type BadMeasure } from './budget-status';
import type { BudgetStatusInputs } from './params';
import { formatDurationExact } from '../../duration';
import { MAX_WINDOW_SECONDS, parseRequestCountField, parseWindowField } from '../error-budget/error-budget';
import { take, type FieldErrors, type FormCheck } from '../../form';
import { parseSloField } from '../slo';

export type MeasureKind = BadMeasure['kind'];

export interface BudgetStatusForm {
  slo: string;
  window: string;
  elapsed: string;
  measure: MeasureKind;
  bad: string;
  failed: string;
  total: string;
}

/** The example figures, kept for whichever kind of measure is not in use. */
const DEFAULT_BAD = '25m';
const DEFAULT_FAILED = '900';
const DEFAULT_TOTAL = '1000000';

export function budgetStatusFormFrom(inputs: BudgetStatusInputs): BudgetStatusForm {
  const { measure } = inputs;
  return {
    slo: inputs.slo.percentText,
    window: formatDurationExact(inputs.windowSeconds),
    elapsed: formatDurationExact(inputs.elapsedSeconds),
    measure: measure.kind,
    bad: measure.kind === 'time' ? formatDurationExact(measure.badSeconds) : DEFAULT_BAD,
    failed: measure.kind === 'requests' ? String(measure.failedRequests) : DEFAULT_FAILED,
    total: measure.kind === 'requests' ? String(measure.totalRequests) : DEFAULT_TOTAL,
  };
}

export function checkBudgetStatusForm(form: BudgetStatusForm): FormCheck<BudgetStatusInputs> {
  const errors: FieldErrors = {};
  const slo = take(errors, 'slo', parseSloField(form.slo));
  const windowSeconds = take(errors, 'window', parseWindowField(form.window));
  // Without a valid window, elapsed is still checked as a duration, against the longest window allowed.
  const elapsedSeconds = take(errors, 'elapsed', parseElapsedField(form.elapsed, windowSeconds ?? MAX_WINDOW_SECONDS));
  let measure: BadMeasure | null = null;
  if (form.measure === 'time') {
    const badSeconds = take(errors, 'bad', parseBadTimeField(form.bad, elapsedSeconds ?? MAX_WINDOW_SECONDS));
    if (badSeconds !== null) measure = { kind: 'time', badSeconds };
  } else {
    const failedRequests = take(errors, 'failed', parseRequestCountField(form.failed, 'Failed requests so far', 0));
    const totalRequests = take(errors, 'total', parseRequestCountField(form.total, 'Total requests so far', 1));
    if (failedRequests !== null && totalRequests !== null) {
      if (failedRequests > totalRequests) {
        errors.failed = FAILED_OVER_TOTAL;
      } else {
        measure = { kind: 'requests', failedRequests, totalRequests };
      }
    }
  }
  const values = slo !== null && windowSeconds !== null && elapsedSeconds !== null && measure !== null ? { slo, windowSeconds, elapsedSeconds, measure } : null;
  return { values, errors };
}
