/**
 * URL contract of the budget status tool:
 * `?slo=99.9&window=30d&elapsed=12d&bad=25m` (bad time so far), or
 * `?slo=99.9&window=30d&elapsed=12d&failed=900&total=1000000` (requests so far).
 */
import { FAILED_OVER_TOTAL, parseBadTimeField, parseElapsedField, type BadMeasure } from './budget-status';
import { formatDurationExact, SECONDS_PER_MINUTE } from '../../duration';
import { MAX_WINDOW_SECONDS, parseRequestCountField, WINDOW_FIELD } from '../error-budget/error-budget';
import { toolFields } from '../../field-spec';
import type { BudgetStatusForm } from './form';
import { readParams, searchString, type ParamReader, type ParsedParams } from '../../url-params';
import { SLO_FIELD, type Slo } from '../slo';

export interface BudgetStatusInputs {
  slo: Slo;
  windowSeconds: number;
  elapsedSeconds: number;
  measure: BadMeasure;
}

/** Bad time in the default link: 25 minutes (or all of the elapsed time, if less). */
const DEFAULT_BAD_SECONDS = 25 * SECONDS_PER_MINUTE;

/** The fields every link and form has (field-spec.ts); bad time or request counts follow. */
export const BUDGET_STATUS_FIELDS = toolFields<Omit<BudgetStatusInputs, 'measure'>, Pick<BudgetStatusForm, 'slo' | 'window' | 'elapsed'>>({
  slo: SLO_FIELD,
  window: WINDOW_FIELD,
  elapsed: {
    key: 'elapsedSeconds',
    // Without a valid window (in the form), elapsed is still checked as a duration, against the longest window allowed.
    parse: (text, values) => parseElapsedField(text, values.windowSeconds ?? MAX_WINDOW_SECONDS),
    format: formatDurationExact,
    // 12 of 30 days, and the same share of any other window.
    fallback: (values: { windowSeconds: number }) => values.windowSeconds * 0.4,
  },
});

export function parseBudgetStatusParams(params: URLSearchParams): ParsedParams<BudgetStatusInputs> {
  return readParams(params, ['slo', 'window', 'elapsed', 'bad', 'failed', 'total'], (reader) => {
    const fields = BUDGET_STATUS_FIELDS.readFrom(reader);
    const { elapsedSeconds } = fields;
    const defaultBad = Math.min(DEFAULT_BAD_SECONDS, elapsedSeconds);
    const timeMeasure = (): BadMeasure => ({
      kind: 'time',
      badSeconds: reader.read('bad', (raw) => parseBadTimeField(raw, elapsedSeconds), defaultBad, formatDurationExact(defaultBad)),
    });

    const hasRequests = reader.has('failed') || reader.has('total');
    let measure: BadMeasure;
    if (!hasRequests) {
      measure = timeMeasure();
    } else if (reader.has('bad')) {
      for (const p of ['failed', 'total'].filter((name) => reader.has(name))) {
        reader.notice(p, `Ignored ${p} from the link: it gives both bad time and request counts; using bad time.`);
      }
      measure = timeMeasure();
    } else {
      measure = requestMeasure(reader, `bad time ${formatDurationExact(defaultBad)}`) ?? timeMeasure();
    }
    return { ...fields, measure };
  });
}

/** What a link without parameters shows: 25 minutes of bad time 12 days into a 30-day window at 99.9%. */
export const DEFAULT_BUDGET_STATUS_INPUTS: BudgetStatusInputs = parseBudgetStatusParams(new URLSearchParams()).values;

/** Failed and total requests, or null (with notices) when they can't be used together. */
function requestMeasure(reader: ParamReader, fallback: string): BadMeasure | null {
  const failedRaw = reader.raw('failed');
  const totalRaw = reader.raw('total');
  if (failedRaw === undefined || totalRaw === undefined) {
    const [given, missing] = failedRaw === undefined ? ['total', 'failed'] : ['failed', 'total'];
    reader.ignore(given, (failedRaw ?? totalRaw)!, `it needs ${missing} as well.`, fallback);
    return null;
  }
  const total = parseRequestCountField(totalRaw, 'Total requests', 1);
  const failed = parseRequestCountField(failedRaw, 'Failed requests', 0);
  if (!total.ok) reader.ignore('total', totalRaw, total.message, fallback);
  if (!failed.ok) reader.ignore('failed', failedRaw, failed.message, fallback);
  if (!total.ok || !failed.ok) return null;
  if (failed.value > total.value) {
    reader.ignore('failed', failedRaw, FAILED_OVER_TOTAL, fallback);
    return null;
  }
  return { kind: 'requests', failedRequests: failed.value, totalRequests: total.value };
}

export function budgetStatusSearch(inputs: BudgetStatusInputs): string {
  const { measure } = inputs;
  const pairs: [string, string][] =
    measure.kind === 'time'
      ? [['bad', formatDurationExact(measure.badSeconds)]]
      : [
          ['failed', String(measure.failedRequests)],
          ['total', String(measure.totalRequests)],
        ];
  return `${BUDGET_STATUS_FIELDS.write(inputs)}&${searchString(pairs)}`;
}
