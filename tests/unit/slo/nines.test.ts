import { describe, expect, it } from 'vitest';
import { formatAvailabilityPercent as fromAvailability } from '../../../src/lib/slo/availability/availability';
import { formatAvailabilityPercent } from '../../../src/lib/slo/nines';

describe('nines', () => {
  it('keeps four digits of the gap: three serial 99.9% parts are 99.7003% (slo-math reference)', () => {
    expect(formatAvailabilityPercent(0.002997001)).toBe('99.7003');
    expect(formatAvailabilityPercent(0.001)).toBe('99.9');
    expect(formatAvailabilityPercent(0)).toBe('100');
  });
  it('is the same function availability.ts has always exported', () => {
    expect(fromAvailability).toBe(formatAvailabilityPercent);
  });
});
