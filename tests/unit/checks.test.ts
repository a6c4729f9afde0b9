import { describe, expect, it } from 'vitest';
import { checkQuestionId } from '../../src/lib/checks';

describe('checkQuestionId', () => {
  it('names a question by its lesson and its place in the lesson, so answers can be kept by it', () => {
    expect(checkQuestionId('two-hats', 0)).toBe('check-two-hats-0');
    expect(checkQuestionId('error-budgets', 3)).toBe('check-error-budgets-3');
  });
});
