/**
 * Lengths of a day, week, month, quarter and year for per-period budget
 * tables. Well-known calculators disagree on months and years, so the
 * convention is a named choice and the page says which one is in use.
 */
import { fail, ok, type FieldResult } from '../field';
import { SECONDS_PER_DAY, SECONDS_PER_WEEK } from '../time-units';
import { allowedBadSeconds } from './error-budget/allowance';
import type { Slo } from './slo';

export type CalendarConvention = 'sre' | 'gregorian' | 'julian';
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const CALENDAR_CONVENTIONS: readonly CalendarConvention[] = ['sre', 'gregorian', 'julian'];
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];
/** The SRE book's convention: 30-day month, 90-day quarter, 365-day year. */
export const DEFAULT_CALENDAR: CalendarConvention = 'sre';

export interface CalendarInfo {
  label: string;
  /** One sentence for the page, naming who uses it. */
  description: string;
  yearDays: number;
}

export const CALENDARS: Record<CalendarConvention, CalendarInfo> = {
  sre: {
    label: 'SRE book (30-day month, 365-day year)',
    description: 'Months of 30 days, quarters of 90 days and years of 365 days, as in the SRE book and Google Cloud documentation.',
    yearDays: 365,
  },
  gregorian: {
    label: 'Gregorian average (365.2425-day year)',
    description: 'The average Gregorian year of 365.2425 days, with a month of one twelfth and a quarter of one quarter of it, as uptime.is uses.',
    yearDays: 365.2425,
  },
  julian: {
    label: 'Julian year (365.25 days)',
    description: 'A year of 365.25 days, with a month of one twelfth and a quarter of one quarter of it.',
    yearDays: 365.25,
  },
};

export function isCalendarConvention(value: string): value is CalendarConvention {
  return (CALENDAR_CONVENTIONS as readonly string[]).includes(value);
}

/** A calendar convention as a URL gives it ("sre"), for ParamReader.read. */
export const parseCalendarField = (raw: string): FieldResult<CalendarConvention> =>
  isCalendarConvention(raw) ? ok(raw) : fail(`expected one of ${CALENDAR_CONVENTIONS.join(', ')}.`);

/**
 * Every result is a whole number of seconds (365.2425 days is 31,556,952 s,
 * a twelfth of it 2,629,746 s), so no rounding happens here.
 */
export function periodSeconds(period: Period, calendar: CalendarConvention = DEFAULT_CALENDAR): number {
  if (period === 'day') return SECONDS_PER_DAY;
  if (period === 'week') return SECONDS_PER_WEEK;
  if (calendar === 'sre') {
    const days = { month: 30, quarter: 90, year: 365 }[period];
    return days * SECONDS_PER_DAY;
  }
  // 365.2425 × 86400 and 365.25 × 86400 are exact in binary floating point.
  const yearSeconds = Math.round(CALENDARS[calendar].yearDays * SECONDS_PER_DAY);
  const perYear = { month: 12, quarter: 4, year: 1 }[period];
  return yearSeconds / perYear;
}

export interface PeriodBudget {
  period: Period;
  periodSeconds: number;
  allowedBadSeconds: number;
}

/** The classic availability table row: allowed bad time per day, week, month, quarter and year. */
export function budgetPerPeriod(slo: Slo, calendar: CalendarConvention): PeriodBudget[] {
  return PERIODS.map((period) => {
    const seconds = periodSeconds(period, calendar);
    return { period, periodSeconds: seconds, allowedBadSeconds: allowedBadSeconds(slo, seconds) };
  });
}
