/**
 * Parsing of what a learner types into a form field. Every tool validates its
 * inputs here once, at the edge, and works with plain numbers afterwards.
 *
 * A result is either a value or a message written for the learner, shown next
 * to the field; never NaN, never an exception.
 */

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const fail = <T = never>(message: string): FieldResult<T> => ({ ok: false, message });

export interface NumberRule {
  /** Name used in messages, e.g. "SLO" or "Requests". */
  label: string;
  min?: number;
  max?: number;
  /** When true, `min` itself is not allowed (e.g. an SLO of 0%). */
  minExclusive?: boolean;
  /** When true, `max` itself is not allowed (e.g. an SLO of 100%). */
  maxExclusive?: boolean;
  integer?: boolean;
  /** Appended to a range message, e.g. "%" or " weeks" (read " week" after a 1). */
  unit?: string;
}

/**
 * A bound with its unit for a message: "99.95%", "1,440 minutes", "1 week"
 * (whole thousands are grouped; a spelled-out unit loses its plural s after 1).
 */
export function withUnit(value: number, unit = ''): string {
  const text = Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value);
  return value === 1 && unit.startsWith(' ') && unit.endsWith('s') ? `${text}${unit.slice(0, -1)}` : `${text}${unit}`;
}

// A plain decimal: optional sign, digits, one optional decimal point or comma.
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
// Thousands separators people paste: 1,000,000 or 1 000 000 or 1_000_000. The
// first group never starts with 0, so "0,750" stays a decimal comma (0.75).
const GROUPED_INTEGER = /^[1-9]\d{0,2}([,\s_]\d{3})+$/;

/**
 * Normalises a typed number to the canonical decimal string JavaScript reads,
 * or returns null. Accepts "99,9" as 99.9, "0,75" as 0.75 and "1,000,000" or
 * "12,500" as whole numbers with thousands separators; rejects letters and
 * exponents. (Percentage fields read one comma as a decimal comma instead,
 * since no percentage has thousands: see normalisePercentText in slo/slo.ts.)
 */
export function normaliseDecimal(raw: string): string | null {
  const text = raw.trim().replace(/\u2212/g, '-');
  if (text === '') return null;
  if (GROUPED_INTEGER.test(text)) return text.replace(/[,\s_]/g, '');
  if (!DECIMAL.test(text)) return null;
  return text.replace(',', '.');
}

export function parseNumberField(raw: string, rule: NumberRule): FieldResult<number> {
  const { label, min, max, minExclusive, maxExclusive, integer, unit = '' } = rule;
  if (raw.trim() === '') return fail(`Enter a value for ${label}.`);
  const text = normaliseDecimal(raw);
  if (text === null) return fail(`${label} must be a number, like ${example(rule)}.`);
  const value = Number(text);
  if (!Number.isFinite(value)) return fail(`${label} is too large.`);
  if (integer && !Number.isInteger(value)) return fail(`${label} must be a whole number.`);
  if (min !== undefined && (minExclusive ? value <= min : value < min)) {
    return fail(`${label} must be ${minExclusive ? 'more than' : 'at least'} ${withUnit(min, unit)}.`);
  }
  if (max !== undefined && (maxExclusive ? value >= max : value > max)) {
    return fail(`${label} must be ${maxExclusive ? 'less than' : 'at most'} ${withUnit(max, unit)}.`);
  }
  return ok(value);
}

/** A typical value inside the field's range, for "must be a number, like …". */
function example({ min, max, integer }: NumberRule): string {
  const within = (n: number) => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n));
  if (integer) return String(within(10));
  if (min !== undefined && max !== undefined) return String(Math.round(((min + max) / 2) * 100) / 100);
  return String(within(12.5));
}
