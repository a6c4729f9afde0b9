import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  answerOptions,
  DEPLOYMENT_FREQUENCY_ANSWERS,
  DURATION_ANSWERS,
  parseAnswerCodeField,
  parsePercentField,
} from '../../../src/lib/dora/answer-scale';

describe('Quick Check answer scale (dora.dev/quickcheck)', () => {
  it('lead time and recovery time run from "More than six months" (1) to "Less than one hour" (6)', () => {
    expect(DURATION_ANSWERS.map((a) => a.code)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(answerLabel('leadTime', 1)).toBe('More than six months');
    expect(answerLabel('recoveryTime', 6)).toBe('Less than one hour');
  });

  it('deployment frequency runs from "Fewer than once per six months" (1) to "On demand" (6)', () => {
    expect(answerOptions('deploymentFrequency')).toBe(DEPLOYMENT_FREQUENCY_ANSWERS);
    expect(DEPLOYMENT_FREQUENCY_ANSWERS.map((a) => a.code)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(answerLabel('deploymentFrequency', 5)).toBe('Between once per hour and once per day');
    expect(answerLabel('deploymentFrequency', 6)).toBe('On demand (multiple deploys per day)');
  });

  it('reads typed fields: "12,5" % is 12.5, "7" is not an answer, "-1" % is refused', () => {
    expect(parsePercentField('12,5', 'changeFailureRate')).toEqual({ ok: true, value: 12.5 });
    expect(parsePercentField('-1', 'reworkRate')).toEqual({
      ok: false,
      message: 'Deployment rework rate must be at least 0%.',
    });
    expect(parseAnswerCodeField('7', 'leadTime')).toEqual({
      ok: false,
      message: 'Lead time for changes must be at most 6.',
    });
    expect(parseAnswerCodeField('4', 'leadTime')).toEqual({ ok: true, value: 4 });
  });
});
