/**
 * Where lead time goes: a value stream map as stages, each with its process
 * (hands-on) time and the wait before the next stage.
 *
 * Sources: Mike Rother and John Shook, Learning to See (1999) (value stream
 * mapping); Karen Martin and Mike Osterling, Value Stream Mapping (2013)
 * (process time, lead time, activity ratio); John D. C. Little, "A Proof
 * for the Queuing Formula L = λW", Operations Research 9(3), 1961;
 * shared/reference/delivery-math.md for the worked example.
 *
 *   lead time       = Σ (process + wait)
 *   flow efficiency = Σ process ÷ lead time
 *   Little's law    = average time in the system = average WIP ÷ average throughput
 *
 * Sums are exact (durations are read as exact fractions), so 8.5 h ÷ 130.5 h
 * is computed from whole seconds.
 */
import { addRatios, divideRatios, ratioFromNumber, ratioToNumber, ZERO } from '../ratio';

export interface Stage {
  name: string;
  processSeconds: number;
  waitSeconds: number;
}

export interface StageShare extends Stage {
  /** Process plus wait. */
  totalSeconds: number;
  /** This stage's share of the lead time, 0–1. */
  share: number;
}

export interface Flow {
  leadSeconds: number;
  processSeconds: number;
  waitSeconds: number;
  /** Σ process ÷ lead time, 0–1. */
  flowEfficiency: number;
  stages: StageShare[];
  /** The stages with the longest wait (more than one when they tie): the constraint to work on first. */
  longestWait: Stage[];
}

const sum = (values: readonly number[]): number => ratioToNumber(values.reduce((total, v) => addRatios(total, ratioFromNumber(v)), ZERO));

/** Lead time, process time, flow efficiency and each stage's share. Needs some process time, so that the lead time is more than 0. */
export function valueStreamFlow(stages: readonly Stage[]): Flow {
  const processSeconds = sum(stages.map((s) => s.processSeconds));
  const waitSeconds = sum(stages.map((s) => s.waitSeconds));
  const leadSeconds = sum(stages.flatMap((s) => [s.processSeconds, s.waitSeconds]));
  if (!(processSeconds > 0)) throw new RangeError('Flow efficiency needs some process time.');
  const longest = Math.max(...stages.map((s) => s.waitSeconds));
  return {
    leadSeconds,
    processSeconds,
    waitSeconds,
    flowEfficiency: ratioToNumber(divideRatios(ratioFromNumber(processSeconds), ratioFromNumber(leadSeconds))),
    stages: stages.map((stage) => {
      const totalSeconds = sum([stage.processSeconds, stage.waitSeconds]);
      return { ...stage, totalSeconds, share: totalSeconds / leadSeconds };
    }),
    longestWait: longest > 0 ? stages.filter((s) => s.waitSeconds === longest) : [],
  };
}

/** Little's law: average time in the system in days, from items in progress and items finished per day. */
export function littlesLawDays(workInProgress: number, throughputPerDay: number): number {
  return ratioToNumber(divideRatios(ratioFromNumber(workInProgress), ratioFromNumber(throughputPerDay)));
}
