import { describe, expect, it } from 'vitest';
import { validSloSettings } from '../../../src/stores/slo-settings';

describe('validSloSettings', () => {
  it('accepts the text of an SLO and a window', () => {
    expect(validSloSettings({ slo: '99.9', window: '30d' })).toEqual({ slo: '99.9', window: '30d' });
  });
  it('rejects missing, empty, non-string or oversized fields', () => {
    expect(validSloSettings(null)).toBeUndefined();
    expect(validSloSettings({ slo: 99.9, window: '30d' })).toBeUndefined();
    expect(validSloSettings({ slo: '', window: '30d' })).toBeUndefined();
    expect(validSloSettings({ slo: '9'.repeat(40), window: '30d' })).toBeUndefined();
  });
});
