/**
 * Does automating a repetitive task pay back? Time saved over a horizon
 * against the hours spent building the automation, when it breaks even, and
 * how much of a working week the task takes now (toil).
 *
 * Assumptions, stated so the lesson can repeat them: the automation removes
 * the task entirely; it is built before any saving starts (all invested hours
 * at week 0); a month is 52 ÷ 12 weeks and a working week 5 days of 8 hours.
 */
import type { NumberRule } from '../field';

/**
 * Google's SRE teams aim to keep toil below 50% of each engineer's time.
 * Source: Beyer et al., Site Reliability Engineering (O'Reilly/Google, 2016), ch. 5 "Eliminating Toil".
 */
export const SRE_TOIL_CEILING_SHARE = 0.5;
export const WORKING_HOURS_PER_WEEK = 40;
export const WORKING_DAYS_PER_WEEK = 5;
export const WEEKS_PER_MONTH = 52 / 12;

export const TASK_PERIODS = ['day', 'week', 'month'] as const;
export type TaskPeriod = (typeof TASK_PERIODS)[number];

export interface PaybackInputs {
  /** How long the task takes once, in minutes. */
  taskMinutes: number;
  /** How often one person does it per period. */
  timesPerPeriod: number;
  period: TaskPeriod;
  /** People who each do the task that often. */
  people: number;
  /** Hours to build the automation. */
  automationHours: number;
  horizonWeeks: number;
}

export type NumericInput = Exclude<keyof PaybackInputs, 'period'>;

/** Bounds for each field, shared by the form (`parseNumberField`) and URL/storage validation. */
export const PAYBACK_FIELD_RULES: Readonly<Record<NumericInput, NumberRule>> = {
  taskMinutes: { label: 'Task duration', min: 0, minExclusive: true, max: 24 * 60, unit: ' minutes' },
  timesPerPeriod: { label: 'How often', min: 0, minExclusive: true, max: 1000 },
  people: { label: 'People', min: 1, max: 10_000, integer: true },
  automationHours: { label: 'Hours to automate', min: 0, max: 100_000, unit: ' hours' },
  horizonWeeks: { label: 'Horizon', min: 1, max: 520, integer: true, unit: ' weeks' },
};

export const DEFAULT_PAYBACK_INPUTS: Readonly<PaybackInputs> = {
  taskMinutes: 15,
  timesPerPeriod: 2,
  period: 'day',
  people: 3,
  automationHours: 40,
  horizonWeeks: 52,
};

export const isTaskPeriod = (value: unknown): value is TaskPeriod =>
  typeof value === 'string' && (TASK_PERIODS as readonly string[]).includes(value);

/** How many times per week something done `times` per `period` happens. */
export function occurrencesPerWeek(times: number, period: TaskPeriod): number {
  switch (period) {
    case 'day':
      return times * WORKING_DAYS_PER_WEEK;
    case 'week':
      return times;
    case 'month':
      return times / WEEKS_PER_MONTH;
  }
}

export interface PaybackWeek {
  week: number;
  savedHours: number;
  investedHours: number;
  netHours: number;
}

export interface Payback {
  /** Hours the task takes one person per week. */
  toilHoursPerPersonPerWeek: number;
  /** Hours it takes everyone per week: what automation saves each week. */
  savedHoursPerWeek: number;
  /** Share of one person's working week (0.25 = 25%); may exceed 1 for impossible schedules. */
  toilShareOfWeek: number;
  /** True when the task alone takes more than SRE_TOIL_CEILING_SHARE of a week. */
  exceedsToilCeiling: boolean;
  savedHoursOverHorizon: number;
  /** Saved − invested over the horizon. */
  netHoursOverHorizon: number;
  /** Weeks until saved = invested; 0 when nothing is invested, null when nothing is saved. */
  breakEvenWeeks: number | null;
  paysBackWithinHorizon: boolean;
  /** The most one could spend automating and still break even within the horizon (the xkcd 1205 question). */
  worthwhileAutomationHours: number;
  /** Week 0 to the horizon, cumulative, for a chart. */
  series: PaybackWeek[];
}

export function automationPayback(inputs: PaybackInputs): Payback {
  const { taskMinutes, timesPerPeriod, period, people, automationHours, horizonWeeks } = inputs;
  const toilHoursPerPersonPerWeek = (taskMinutes * occurrencesPerWeek(timesPerPeriod, period)) / 60;
  const savedHoursPerWeek = toilHoursPerPersonPerWeek * people;
  const toilShareOfWeek = toilHoursPerPersonPerWeek / WORKING_HOURS_PER_WEEK;
  const savedHoursOverHorizon = savedHoursPerWeek * horizonWeeks;
  const breakEvenWeeks = automationHours === 0 ? 0 : savedHoursPerWeek > 0 ? automationHours / savedHoursPerWeek : null;
  const series: PaybackWeek[] = [];
  for (let week = 0; week <= horizonWeeks; week += 1) {
    const savedHours = savedHoursPerWeek * week;
    series.push({ week, savedHours, investedHours: automationHours, netHours: savedHours - automationHours });
  }
  return {
    toilHoursPerPersonPerWeek,
    savedHoursPerWeek,
    toilShareOfWeek,
    exceedsToilCeiling: toilShareOfWeek > SRE_TOIL_CEILING_SHARE,
    savedHoursOverHorizon,
    netHoursOverHorizon: savedHoursOverHorizon - automationHours,
    breakEvenWeeks,
    paysBackWithinHorizon: breakEvenWeeks !== null && breakEvenWeeks <= horizonWeeks,
    worthwhileAutomationHours: savedHoursOverHorizon,
    series,
  };
}

/**
 * Weeks to list in the chart's table: week 0, every `step` weeks and the
 * horizon, at most about `maxRows`, so a ten-year horizon stays a short table.
 * The step is a whole number of weeks, rounded up to a multiple of 4 past 4.
 */
export function tableWeeks(horizonWeeks: number, maxRows = 14): number[] {
  const raw = Math.max(1, Math.ceil(horizonWeeks / Math.max(1, maxRows - 1)));
  const step = raw <= 4 ? raw : Math.ceil(raw / 4) * 4;
  const weeks: number[] = [];
  for (let week = 0; week < horizonWeeks; week += step) weeks.push(week);
  weeks.push(horizonWeeks);
  return weeks;
}
