import { describe, expect, it } from 'vitest';
import { counted } from '../../src/lib/plural';

describe('counted', () => {
  it('uses the singular only for a count shown as exactly 1', () => {
    expect(counted('1', 'request')).toBe('1 request');
    expect(counted('0', 'request')).toBe('0 requests');
    expect(counted('1.5', 'week')).toBe('1.5 weeks');
    expect(counted('1,000', 'row')).toBe('1,000 rows');
    expect(counted('−1', 'hour')).toBe('−1 hours');
  });
  it('takes an irregular plural', () => {
    expect(counted('2', 'day with a deployment', 'days with a deployment')).toBe('2 days with a deployment');
    expect(counted('1', 'row was', 'rows were')).toBe('1 row was');
  });
});
