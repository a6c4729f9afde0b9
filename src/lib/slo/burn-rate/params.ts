/**
 * URL contract of the burn rate tool:
 * `?slo=99.9&window=30d&rows=page:2:1h,page:5:6h,ticket:10:1d,ticket:10:3d&rate=100`.
 *
 * A row is `severity:budget percent:long window[:short window]`; rows are
 * separated by commas, so the percent takes a decimal point (`2.5`). The
 * short window is written only when it differs from long ÷ 12. `rate` is
 * the error rate to simulate, in percent; 100 is a total outage.
 */
import { fail, ok, type FieldResult } from '../../field';
import { alertRowProblems, DEFAULT_ALERT_ROWS, MAX_ALERT_ROWS, SEVERITIES, SHORT_WINDOW_DIVISOR, type AlertRow, type Severity } from './alert-policy';
import { parseErrorRatePercentField } from './burn-rate';
import { EXPORT_PARAMS } from './export-params';
import { formatDurationExact, parseDurationSeconds, SECONDS_PER_DAY } from '../../duration';
import { readWindow } from '../error-budget/error-budget';
import { ParamReader, searchString, type ParsedParams } from '../../url-params';
import { multiplyRatios, ratio, ratioFromDecimalText, ratioFromNumber, ratioToDecimalText, ratioToNumber } from '../../ratio';
import { readSlo, sloFromPercent, type Slo } from '../slo';

export interface BurnRateInputs {
  slo: Slo;
  windowSeconds: number;
  rows: AlertRow[];
  /** Error ratio to simulate, 0–1. */
  errorRatio: number;
}

export const DEFAULT_BURN_RATE_INPUTS: BurnRateInputs = {
  slo: sloFromPercent('99.9'),
  windowSeconds: 30 * SECONDS_PER_DAY,
  rows: [...DEFAULT_ALERT_ROWS],
  errorRatio: 1,
};

const ROW_EXAMPLE = 'like page:2:1h or ticket:10:3d:6h';

/** Reads `page:2:1h,page:5:6h,…` and checks the rows against the SLO window. */
export function parseAlertRowsText(text: string, windowSeconds: number): FieldResult<AlertRow[]> {
  const items = text.split(',').map((item) => item.trim());
  if (items.length > MAX_ALERT_ROWS) return fail(`Use at most ${MAX_ALERT_ROWS} alert rows.`);
  const rows: AlertRow[] = [];
  for (const [i, item] of items.entries()) {
    const where = `Row ${i + 1} ("${item.slice(0, 30)}")`;
    const parts = item.split(':');
    if (parts.length < 3 || parts.length > 4) return fail(`${where} must be severity:budget %:long window, ${ROW_EXAMPLE}.`);
    const [severityText = '', percentText = '', longText = '', shortText] = parts;
    const severity = severityText.toLowerCase();
    if (!SEVERITIES.includes(severity as Severity)) return fail(`${where}: the severity must be page or ticket.`);
    const percent = /^\d+(\.\d+)?$|^\.\d+$/.test(percentText) ? ratioFromDecimalText(percentText) : null;
    if (percent === null) return fail(`${where}: the budget share must be a percentage with a decimal point, like 2 or 2.5.`);
    const long = parseDurationSeconds(longText, 'the long window');
    if (!long.ok) return fail(`${where}: ${long.message}`);
    const row: AlertRow = {
      severity: severity as Severity,
      budgetFraction: ratioToNumber(multiplyRatios(percent, ratio(1n, 100n))),
      longWindowSeconds: long.value,
    };
    if (shortText !== undefined) {
      const short = parseDurationSeconds(shortText, 'the short window');
      if (!short.ok) return fail(`${where}: ${short.message}`);
      row.shortWindowSeconds = short.value;
    }
    rows.push(row);
  }
  const problem = alertRowProblems(rows, windowSeconds)[0];
  return problem ? fail(problem.message) : ok(rows);
}

export function formatAlertRowsText(rows: readonly AlertRow[]): string {
  return rows
    .map((row) => {
      const percent = ratioToDecimalText(multiplyRatios(ratioFromNumber(row.budgetFraction), ratio(100n)), 10);
      const fields = [row.severity, percent, formatDurationExact(row.longWindowSeconds)];
      const short = row.shortWindowSeconds;
      if (short !== undefined && short !== row.longWindowSeconds / SHORT_WINDOW_DIVISOR) fields.push(formatDurationExact(short));
      return fields.join(':');
    })
    .join(',');
}

/** The default rows that fit the window: a 1-day SLO window can't hold the 3-day ticket row. */
export function defaultAlertRowsFor(windowSeconds: number): AlertRow[] {
  return DEFAULT_ALERT_ROWS.filter((row) => alertRowProblems([row], windowSeconds).length === 0);
}

export function parseBurnRateParams(params: URLSearchParams): ParsedParams<BurnRateInputs> {
  const d = DEFAULT_BURN_RATE_INPUTS;
  // The page reads its exports' inputs from the same URL (export-params.ts), so their names are known here too.
  const reader = new ParamReader(params);
  const slo = reader.read('slo', readSlo, d.slo, `${d.slo.percentText}%`);
  const windowSeconds = reader.read('window', readWindow, d.windowSeconds, formatDurationExact(d.windowSeconds));
  const fallbackRows = defaultAlertRowsFor(windowSeconds);
  if (fallbackRows.length < DEFAULT_ALERT_ROWS.length && !reader.has('rows')) {
    reader.notice('rows', `The default alert rows with windows longer than ${formatDurationExact(windowSeconds)} don't fit this SLO window and are left out.`);
  }
  const rows = reader.read(
    'rows',
    (raw) => parseAlertRowsText(raw, windowSeconds),
    fallbackRows,
    `the default rows (${formatAlertRowsText(fallbackRows) || 'none fit this window'})`,
  );
  const errorRatio = reader.read('rate', (raw) => parseErrorRatePercentField(raw), d.errorRatio, '100 (a total outage)');
  reader.unknown(['slo', 'window', 'rows', 'rate', ...EXPORT_PARAMS]);
  return { values: { slo, windowSeconds, rows, errorRatio }, notices: reader.notices };
}

export function burnRateSearch(inputs: BurnRateInputs): string {
  const ratePercent = ratioToDecimalText(multiplyRatios(ratioFromNumber(inputs.errorRatio), ratio(100n)), 12);
  return searchString([
    ['slo', inputs.slo.percentText],
    ['window', formatDurationExact(inputs.windowSeconds)],
    // No rows at all (none fit a very short window) is left out, so the defaults' notice explains it.
    ...(inputs.rows.length > 0 ? ([['rows', formatAlertRowsText(inputs.rows)]] as const) : []),
    ['rate', ratePercent],
  ]);
}
