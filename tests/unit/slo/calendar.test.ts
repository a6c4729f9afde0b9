import { describe, expect, it } from 'vitest';
import { CALENDARS, isCalendarConvention, periodSeconds } from '../../../src/lib/slo/calendar';

describe('periodSeconds', () => {
  it('sre: 30-day month, 90-day quarter, 365-day year (SRE book; Google Cloud docs)', () => {
    expect(periodSeconds('day', 'sre')).toBe(86_400);
    expect(periodSeconds('week', 'sre')).toBe(604_800);
    expect(periodSeconds('month', 'sre')).toBe(2_592_000);
    expect(periodSeconds('quarter', 'sre')).toBe(7_776_000);
    expect(periodSeconds('year', 'sre')).toBe(31_536_000);
  });

  it('gregorian: 365.2425-day year, month = year/12, quarter = year/4 (as uptime.is uses; slo-math reference)', () => {
    expect(periodSeconds('year', 'gregorian')).toBe(31_556_952);
    expect(periodSeconds('month', 'gregorian')).toBe(2_629_746);
    expect(periodSeconds('quarter', 'gregorian')).toBe(7_889_238);
    expect(periodSeconds('week', 'gregorian')).toBe(604_800);
  });

  it('julian: 365.25-day year, month = year/12, quarter = year/4', () => {
    expect(periodSeconds('year', 'julian')).toBe(31_557_600);
    expect(periodSeconds('month', 'julian')).toBe(2_629_800);
    expect(periodSeconds('quarter', 'julian')).toBe(7_889_400);
  });

  it('defaults to the SRE book convention and recognises only the three names', () => {
    expect(periodSeconds('month')).toBe(2_592_000);
    expect(isCalendarConvention('gregorian')).toBe(true);
    expect(isCalendarConvention('lunar')).toBe(false);
    expect(CALENDARS.gregorian.description).toContain('uptime.is');
  });
});
