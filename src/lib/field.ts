/**
 * The one reading of what a learner types into a number field, used by every
 * tool's form and by every URL reader, so "15%", "0,75" and "1,000" mean the
 * same on every page. A result is either a value or a message written for the
 * learner, shown next to the field; never NaN, never an exception.
 *
 * What a number field accepts:
 * - digits with an optional sign (the minus sign − too) and one decimal point
 *   or decimal comma: "12.5", "12,5", ",5";
 * - thousands separators: a space (also a no-break or narrow no-break space),
 *   an underscore or a comma between groups of exactly three digits, after a
 *   first group of one to three digits that does not start with 0:
 *   "1 000", "1_000", "1,000,000";
 * - in percentage fields (unit "%"), a trailing "%", with or without a space;
 * - no letters, exponents ("1e3"), hexadecimal or empty text.
 *
 * The one ambiguous case is a single comma followed by three digits ("1,000",
 * "99,999"), which could be a thousands separator or a decimal comma. The
 * field's range decides: a field that can hold 1,000 or more reads it as a
 * thousands separator (1000); a field that cannot (a percentage, a count of
 * at most six) reads it as a decimal comma (99.999), because the other
 * reading could only ever be out of range. "0,750" is always 0.75, since a
 * group never starts with 0.
 */

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const fail = <T = never>(message: string): FieldResult<T> => ({ ok: false, message });

export interface NumberRule {
  /** Name used in messages, exactly as the field's label: "SLO", "Change failure rate". */
  label: string;
  min?: number;
  max?: number;
  /** When true, `min` itself is not allowed (e.g. an SLO of 0%). */
  minExclusive?: boolean;
  /** When true, `max` itself is not allowed (e.g. an SLO of 100%). */
  maxExclusive?: boolean;
  integer?: boolean;
  /** Appended to a bound in messages: "%" (which also makes this a percentage field), " weeks". */
  unit?: string;
  /** Decimal places allowed; more are refused rather than rounded away. */
  maxDecimals?: number;
  /** The value used in "must be a number, like …"; by default one inside the range. */
  example?: string;
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
// Thousands groups with a space or an underscore, optionally with decimals after a point.
const SPACE_GROUPED = /^[+-]?[1-9]\d{0,2}([ _]\d{3})+(\.\d+)?$/;
// Thousands groups with commas (ambiguous with one comma: see the module comment).
const COMMA_GROUPED = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const SPACES = /[\u00a0\u202f\u2009]/g;

/** Whether a field's values can reach 1,000, so that "1,000" is a thousand rather than 1.000. */
const holdsThousands = (rule: Pick<NumberRule, 'max'>): boolean => rule.max === undefined || rule.max >= 1000;

/**
 * A typed number as the canonical decimal text JavaScript reads ("1,000" →
 * "1000", "0,75" → "0.75", "15 %" → "15"), or null when it is not a number.
 * Keeps every digit typed, so exact arithmetic (SLOs as fractions) can start
 * from it.
 */
export function numberText(raw: string, rule: Pick<NumberRule, 'max' | 'unit'> = {}): string | null {
  let text = raw.trim().replace(SPACES, ' ').replace(/\u2212/g, '-');
  if (rule.unit === '%') text = text.replace(/\s*%$/, '');
  if (text === '') return null;
  if (SPACE_GROUPED.test(text)) return text.replace(/[ _]/g, '');
  if (holdsThousands(rule) && COMMA_GROUPED.test(text)) return text.replace(/,/g, '');
  if (!DECIMAL.test(text)) return null;
  return text.replace(',', '.');
}

/** Decimal places that matter: "99.90" has 1. */
export const countDecimals = (decimalText: string): number => decimalText.split('.')[1]?.replace(/0+$/, '').length ?? 0;

/**
 * Checks a typed number against its rule and returns the canonical decimal
 * text, for fields whose value is used exactly (an SLO of "99.9" is 999/1000).
 */
export function parseNumberTextField(raw: string, rule: NumberRule): FieldResult<string> {
  const { label, min, max, minExclusive, maxExclusive, integer, unit = '', maxDecimals } = rule;
  if (raw.trim() === '') return fail(`Enter a value for ${label}, like ${example(rule)}.`);
  const text = numberText(raw, rule);
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
  if (maxDecimals !== undefined && countDecimals(text) > maxDecimals) {
    return fail(`${label} can have at most ${maxDecimals} decimal places.`);
  }
  return ok(text);
}

/** The same checks, returning the number. */
export function parseNumberField(raw: string, rule: NumberRule): FieldResult<number> {
  const text = parseNumberTextField(raw, rule);
  return text.ok ? ok(Number(text.value)) : text;
}

/** A percentage from 0 to 100 unless the rule narrows it; "15", "15%", "15 %" and "0,75" all read. */
export const percentRule = (label: string, rule: Omit<NumberRule, 'label' | 'unit'> = {}): NumberRule => ({
  min: 0,
  max: 100,
  ...rule,
  label,
  unit: '%',
});

/** A typical value inside the field's range, for "must be a number, like …". */
function example({ min, max, integer, example: given, unit }: NumberRule): string {
  if (given !== undefined) return given;
  const within = (n: number): number => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n));
  if (integer) return String(within(10));
  return String(within(unit === '%' ? 50 : 12.5));
}

/**
 * Text-direction controls: the Arabic letter mark, LRM and RLM, the
 * embeddings and overrides (U+202A–E) and the isolates (U+2066–9). Invisible,
 * they reorder the text around them on screen, so a value from a shared link
 * could make a notice, or generated code, read differently from what it is
 * (the "Trojan Source" trick, CVE-2021-42574).
 */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const hasDirectionControl = (text: string): boolean => DIRECTION_CONTROL.test(text);

/** The text with each direction control written as its code point, "[U+202E]", so it shows and does nothing. */
export const showDirectionControls = (text: string): string =>
  text.replace(new RegExp(DIRECTION_CONTROL, 'g'), (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
