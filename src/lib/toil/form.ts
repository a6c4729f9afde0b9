/**
 * The payback tool's form as typed text, checked with the site's field
 * parsers against the same rules the URL reader uses (PAYBACK_FIELD_RULES).
 */
import { parseNumberField } from '../field';
import { take, type FieldErrors, type FormCheck } from '../form';
import { decimalText } from '../url-params';
import { PAYBACK_FIELD_RULES, type NumericInput, type PaybackInputs, type TaskPeriod } from './payback';

export type PaybackForm = Record<NumericInput, string> & { period: TaskPeriod };

/** The numeric fields, in form order. */
export const PAYBACK_NUMERIC_FIELDS: readonly NumericInput[] = ['taskMinutes', 'timesPerPeriod', 'people', 'automationHours', 'horizonWeeks'];

export function paybackFormFrom(inputs: PaybackInputs): PaybackForm {
  const form = { period: inputs.period } as PaybackForm;
  for (const key of PAYBACK_NUMERIC_FIELDS) form[key] = decimalText(inputs[key]);
  return form;
}

export function checkPaybackForm(form: PaybackForm): FormCheck<PaybackInputs> {
  const errors: FieldErrors = {};
  const values = { period: form.period } as PaybackInputs;
  let complete = true;
  for (const key of PAYBACK_NUMERIC_FIELDS) {
    const value = take(errors, key, parseNumberField(form[key], PAYBACK_FIELD_RULES[key]));
    if (value === null) complete = false;
    else values[key] = value;
  }
  return { values: complete ? values : null, errors };
}
