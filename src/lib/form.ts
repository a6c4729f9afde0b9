/**
 * A tool's form holds the text the learner typed. Checking it gives either
 * the typed inputs the calculation needs, or nothing plus a message per
 * field, keyed by the field's id ("slo", "row-2-budget") so the page can
 * show each message next to its field.
 */
import type { FieldResult } from './field';

export type FieldErrors = Record<string, string>;

export interface FormCheck<T> {
  /** Null while any field is invalid. */
  values: T | null;
  errors: FieldErrors;
}

/** The value of a parsed field, or null after recording its message under `key`. */
export function take<T>(errors: FieldErrors, key: string, result: FieldResult<T>): T | null {
  if (result.ok) return result.value;
  errors[key] = result.message;
  return null;
}
