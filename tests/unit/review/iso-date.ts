import { MS_PER_DAY } from '../../../src/lib/review/days';

/** A day number (days since 1970-01-01, as src/lib/review/days.ts counts them) as an ISO date, "2026-12-04". */
export const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
