/**
 * The burn rate tool's form as typed text: SLO, window, the editable alert
 * rows, the error rate to simulate, and the inputs of the two exports.
 * Field keys: "slo", "window", "rate", "service", "errors", "total", and
 * "row-N-budget", "row-N-long", "row-N-short" (N from 1) for the rows.
 */
import { parseNumberTextField, percentRule, type FieldResult } from '../../field';
import { alertRowProblems, MAX_ALERT_ROWS, SHORT_WINDOW_DIVISOR, type AlertRow, type Severity } from './alert-policy';
import { parseErrorRatePercentField } from './burn-rate';
import type { BurnRateInputs } from './params';
import { formatDurationExact, parseDurationSeconds } from '../../duration';
import { parseWindowField } from '../error-budget/error-budget';
import { parseMetricSelectorField, parseServiceNameField } from './export-inputs';
import type { ExportInputs } from './export-params';
import { take, type FieldErrors } from '../../form';
import { multiplyRatios, ratio, ratioFromNumber, ratioToDecimalText } from '../../ratio';
import { fractionFromPercentText, parseSloField } from '../slo';

export interface AlertRowForm {
  severity: Severity;
  /** Share of the window's budget, in percent: "2". */
  budget: string;
  long: string;
  /** Empty means long ÷ 12. */
  short: string;
}

export interface BurnRateForm {
  slo: string;
  window: string;
  rows: AlertRowForm[];
  /** Error rate to simulate, in percent. */
  rate: string;
  service: string;
  errors: string;
  total: string;
}

/** The policy and the exports are checked apart, so a bad selector leaves the alert table live. */
export interface BurnRateFormCheck {
  /** Null while the SLO, window, rate or any row is invalid. */
  policy: BurnRateInputs | null;
  /** Null while the service name or a selector is invalid. */
  exports: ExportInputs | null;
  errors: FieldErrors;
}

export const rowFieldKey = (index: number, field: 'severity' | 'budget' | 'long' | 'short'): string => `row-${index + 1}-${field}`;

const percentOf = (fraction: number, digits: number): string =>
  ratioToDecimalText(multiplyRatios(ratioFromNumber(fraction), ratio(100n)), digits);

export function alertRowFormFrom(row: AlertRow): AlertRowForm {
  const short = row.shortWindowSeconds;
  return {
    severity: row.severity,
    budget: percentOf(row.budgetFraction, 10),
    long: formatDurationExact(row.longWindowSeconds),
    short: short === undefined || short === row.longWindowSeconds / SHORT_WINDOW_DIVISOR ? '' : formatDurationExact(short),
  };
}

export const burnRateFormFrom = (policy: BurnRateInputs, exports: ExportInputs): BurnRateForm => ({
  slo: policy.slo.percentText,
  window: formatDurationExact(policy.windowSeconds),
  rows: policy.rows.map(alertRowFormFrom),
  rate: percentOf(policy.errorRatio, 12),
  service: exports.serviceName,
  errors: exports.errorSelector,
  total: exports.totalSelector,
});

/** A budget share in percent, exact: "2.5" → 0.025. */
export function parseBudgetShareField(raw: string, label: string): FieldResult<number> {
  const text = parseNumberTextField(raw, percentRule(label, { minExclusive: true, example: '2' }));
  return text.ok ? { ok: true, value: fractionFromPercentText(text.value) } : text;
}

function checkRow(form: AlertRowForm, index: number, errors: FieldErrors): AlertRow | null {
  const n = index + 1;
  const budgetFraction = take(errors, rowFieldKey(index, 'budget'), parseBudgetShareField(form.budget, `Row ${n} budget share`));
  const longWindowSeconds = take(errors, rowFieldKey(index, 'long'), parseDurationSeconds(form.long, `Row ${n} long window`));
  const short = form.short.trim() === '' ? undefined : take(errors, rowFieldKey(index, 'short'), parseDurationSeconds(form.short, `Row ${n} short window`));
  if (budgetFraction === null || longWindowSeconds === null || short === null) return null;
  return { severity: form.severity, budgetFraction, longWindowSeconds, ...(short === undefined ? {} : { shortWindowSeconds: short }) };
}

export function checkBurnRateForm(form: BurnRateForm): BurnRateFormCheck {
  const errors: FieldErrors = {};
  const slo = take(errors, 'slo', parseSloField(form.slo));
  const windowSeconds = take(errors, 'window', parseWindowField(form.window));
  const errorRatio = take(errors, 'rate', parseErrorRatePercentField(form.rate));
  const rows = form.rows.slice(0, MAX_ALERT_ROWS).map((row, i) => checkRow(row, i, errors));
  const complete = rows.every((row): row is AlertRow => row !== null);
  if (form.rows.length === 0) errors.rows = 'Add at least one alert row.';
  if (form.rows.length > MAX_ALERT_ROWS) errors.rows = `Use at most ${MAX_ALERT_ROWS} alert rows.`;
  if (complete && windowSeconds !== null) {
    // Cross-field checks (long window within the SLO window, short shorter than long), shown at the field concerned.
    for (const problem of alertRowProblems(rows, windowSeconds)) {
      const key = problem.field ? rowFieldKey(problem.row - 1, problem.field) : 'rows';
      errors[key] ??= problem.message;
    }
  }
  const serviceName = take(errors, 'service', parseServiceNameField(form.service));
  const errorSelector = take(errors, 'errors', parseMetricSelectorField(form.errors, 'Error requests selector'));
  const totalSelector = take(errors, 'total', parseMetricSelectorField(form.total, 'Total requests selector'));

  const rowsOk = complete && form.rows.length <= MAX_ALERT_ROWS && !Object.keys(errors).some((k) => k === 'rows' || k.startsWith('row-'));
  return {
    policy: slo !== null && windowSeconds !== null && errorRatio !== null && rowsOk ? { slo, windowSeconds, rows, errorRatio } : null,
    exports: serviceName !== null && errorSelector !== null && totalSelector !== null ? { serviceName, errorSelector, totalSelector } : null,
    errors,
  };
}
