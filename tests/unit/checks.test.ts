import { describe, expect, it } from 'vitest';
import { checkQuestionId } from '../../src/lib/checks';

describe('checkQuestionId', () => {
  it('names a question by its lesson and its own id, not its place, so answers are kept by it when checks are reordered', () => {
    expect(checkQuestionId('two-hats', 'which-hat')).toBe('check-two-hats--which-hat');
    expect(checkQuestionId('error-budgets', 'off-by-a-second')).toBe('check-error-budgets--off-by-a-second');
  });
  it('keeps lesson and check apart: no two pairs share an id', () => {
    expect(checkQuestionId('a-b', 'c')).not.toBe(checkQuestionId('a', 'b-c'));
  });
});
