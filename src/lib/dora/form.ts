/**
 * The DORA tool's form: the three throughput answers and the report year come
 * from selects (always one of their options); the two percentages are typed
 * and checked with the site's field parser, as in every tool.
 */
import { take, type FieldErrors, type FormCheck } from '../form';
import { decimalText } from '../url-params';
import { parsePercentField, type AnswerCode } from './answer-scale';
import { DEFAULT_DORA_ANSWERS, type DoraToolState } from './dora-params';

export interface DoraForm {
  leadTime: AnswerCode;
  deploymentFrequency: AnswerCode;
  recoveryTime: AnswerCode;
  /** As typed, in percent. */
  changeFailureRate: string;
  /** As typed, in percent. */
  reworkRate: string;
  year: number;
}

export const doraFormFrom = ({ answers, year }: DoraToolState): DoraForm => ({
  leadTime: answers.leadTime,
  deploymentFrequency: answers.deploymentFrequency,
  recoveryTime: answers.recoveryTime,
  changeFailureRate: decimalText(answers.changeFailureRate),
  reworkRate: decimalText(answers.reworkRate ?? DEFAULT_DORA_ANSWERS.reworkRate),
  year,
});

/** Messages are keyed by each field's name, the end of its id ("cfr" for dora-cfr), as the answer fields look them up. */
export function checkDoraForm(form: DoraForm): FormCheck<DoraToolState> {
  const errors: FieldErrors = {};
  const changeFailureRate = take(errors, 'cfr', parsePercentField(form.changeFailureRate, 'changeFailureRate'));
  const reworkRate = take(errors, 'rework', parsePercentField(form.reworkRate, 'reworkRate'));
  if (changeFailureRate === null || reworkRate === null) return { values: null, errors };
  const { leadTime, deploymentFrequency, recoveryTime, year } = form;
  return { values: { answers: { leadTime, deploymentFrequency, recoveryTime, changeFailureRate, reworkRate }, year }, errors };
}
