/**
 * The error budget's shared inputs: the SLO window and request counts, as
 * every SRE tool with a window reads them. What an SLO allows over a window
 * (the arithmetic) is in allowance.ts and re-exported here, so the tools
 * import the error budget from one place; it lives apart because the
 * availability tool's downtime table needs it (through calendar.ts) without
 * ever reading a typed window, and so without the duration parser.
 *
 * The per-period table is in calendar.ts and the reverse calculation (an
 * allowance back to an SLO) in reverse.ts.
 */
import { fail, ok, parseNumberField, type FieldResult } from '../../field';
import { parseDurationField, SECONDS_PER_MINUTE, SECONDS_PER_YEAR } from '../../duration';
import { formatNumber } from '../../format';

export { allowedBadSeconds, allowedFailedRequests, wholeAllowedFailedRequests } from './allowance';

/** Below a minute an SLO window says nothing useful; Prometheus scrapes every 15–60 s. */
export const MIN_WINDOW_SECONDS = SECONDS_PER_MINUTE;
/** Five 365-day years: longer windows forgive anything and nobody alerts on them. */
export const MAX_WINDOW_SECONDS = 5 * SECONDS_PER_YEAR;
/**
 * From the example error budget policy in The Site Reliability Workbook (2018, appendix B), which the
 * budget status and release risk tools apply: a single incident that spends more than 20% of the
 * four-week budget needs a postmortem with at least one P0 action item. Here rather than in a module of
 * its own, which would be a 44-byte file of its own on both pages.
 */
export const POSTMORTEM_INCIDENT_FRACTION = 0.2;
/** Beyond this, numbers lose whole units in floating point, so counts would be wrong. */
export const MAX_REQUEST_COUNT = Number.MAX_SAFE_INTEGER;

export function parseWindowField(raw: string, label = 'Window'): FieldResult<number> {
  const parsed = parseDurationField(raw, { label, minSeconds: MIN_WINDOW_SECONDS });
  if (parsed.ok && parsed.value > MAX_WINDOW_SECONDS) return fail(`${label} must be at most 5 years (1825d).`);
  return parsed;
}

/** The window as a URL gives it, for ParamReader.read (which passes only the text). */
export const readWindow = (raw: string): FieldResult<number> => parseWindowField(raw);

/** A whole number of requests, 0 or more (or 1 or more with `min: 1`). */
export function parseRequestCountField(raw: string, label = 'Requests', min = 0): FieldResult<number> {
  const parsed = parseNumberField(raw, { label, min, integer: true });
  if (!parsed.ok) return parsed;
  if (parsed.value > MAX_REQUEST_COUNT) {
    return fail(`${label} must be at most ${formatNumber(MAX_REQUEST_COUNT, 16)}; larger counts can't be represented exactly.`);
  }
  return ok(parsed.value);
}
