/**
 * URL contract of the budget status tool:
 * `?slo=99.9&window=30d&elapsed=12d&bad=25m` (bad time so far), or
 * `?slo=99.9&window=30d&elapsed=12d&failed=900&total=1000000` (requests so far).
 */
import { FAILED_OVER_TOTAL, parseBadTimeField, parseElapsedField, type BadMeasure } from './budget-status';
import { formatDurationExact, SECONDS_PER_DAY, SECONDS_PER_MINUTE } from '../../duration';
import { parseRequestCountField, readWindow } from '../error-budget/error-budget';
import { ParamReader, searchString, type ParsedParams } from '../../url-params';
import { readSlo, sloFromPercent, type Slo } from '../slo';

export interface BudgetStatusInputs {
  slo: Slo;
  windowSeconds: number;
  elapsedSeconds: number;
  measure: BadMeasure;
}

export const DEFAULT_BUDGET_STATUS_INPUTS: BudgetStatusInputs = {
  slo: sloFromPercent('99.9'),
  windowSeconds: 30 * SECONDS_PER_DAY,
  elapsedSeconds: 12 * SECONDS_PER_DAY,
  measure: { kind: 'time', badSeconds: 25 * SECONDS_PER_MINUTE },
};

/** 12 of 30 days: the default elapsed share, kept when only the window is given. */
const DEFAULT_ELAPSED_SHARE = 0.4;

export function parseBudgetStatusParams(params: URLSearchParams): ParsedParams<BudgetStatusInputs> {
  const d = DEFAULT_BUDGET_STATUS_INPUTS;
  const reader = new ParamReader(params);
  const slo = reader.read('slo', readSlo, d.slo, `${d.slo.percentText}%`);
  const windowSeconds = reader.read('window', readWindow, d.windowSeconds, formatDurationExact(d.windowSeconds));
  const defaultElapsed = windowSeconds === d.windowSeconds ? d.elapsedSeconds : windowSeconds * DEFAULT_ELAPSED_SHARE;
  const elapsedSeconds = reader.read(
    'elapsed',
    (raw) => parseElapsedField(raw, windowSeconds),
    defaultElapsed,
    formatDurationExact(defaultElapsed),
  );
  const defaultBad = d.measure.kind === 'time' ? Math.min(d.measure.badSeconds, elapsedSeconds) : 0;
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
  reader.unknown(['slo', 'window', 'elapsed', 'bad', 'failed', 'total']);
  return { values: { slo, windowSeconds, elapsedSeconds, measure }, notices: reader.notices };
}

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
  return searchString([
    ['slo', inputs.slo.percentText],
    ['window', formatDurationExact(inputs.windowSeconds)],
    ['elapsed', formatDurationExact(inputs.elapsedSeconds)],
    ...(measure.kind === 'time'
      ? ([['bad', formatDurationExact(measure.badSeconds)]] as const)
      : ([
          ['failed', String(measure.failedRequests)],
          ['total', String(measure.totalRequests)],
        ] as const)),
  ]);
}
