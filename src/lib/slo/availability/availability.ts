/**
 * Composite availability of a system from its components, assuming they
 * fail independently. Correlated failures (same region, same deploy) make
 * the real figure worse; pages showing these numbers should say so.
 *
 * Internally each node carries its unavailability as well as its
 * availability: two 99.999% replicas in parallel are down 1e-10 of the time,
 * and 1 − 0.9999999999 in floating point would blur exactly that figure.
 */
import type { AvailabilityModel } from './model';
import { modelComponents } from './model';
import { budgetPerPeriod, type CalendarConvention, type PeriodBudget } from '../calendar';
import {
  multiplyRatios,
  ratio,
  ratioFromDecimalText,
  ratioFromNumber,
  ratioToNumber,
  subtractRatios,
} from '../../ratio';
import { formatAvailabilityPercent } from '../nines';
import { sloFromBudget } from '../slo';

export interface Availability {
  availability: number;
  unavailability: number;
}

/** Every part needed: A = Π aᵢ. */
function serial(parts: readonly Availability[]): Availability {
  const logUp = parts.reduce((sum, p) => sum + Math.log1p(-p.unavailability), 0);
  return {
    availability: parts.reduce((product, p) => product * p.availability, 1),
    unavailability: -Math.expm1(logUp),
  };
}

/** Any one part enough: A = 1 − Π(1 − aᵢ). */
function parallel(parts: readonly Availability[]): Availability {
  const logDown = parts.reduce((sum, p) => sum + Math.log1p(-p.availability), 0);
  return {
    availability: -Math.expm1(logDown),
    unavailability: parts.reduce((product, p) => product * p.unavailability, 1),
  };
}

/**
 * At least k of the parts up, parts possibly different: a dynamic programme
 * over parts, upCount[j] = probability that exactly j are up so far.
 * Both tails are sums of non-negative terms, so neither loses precision.
 */
function kOfN(k: number, parts: readonly Availability[]): Availability {
  let upCount = [1];
  for (const p of parts) {
    const next = new Array<number>(upCount.length + 1).fill(0);
    upCount.forEach((probability, j) => {
      next[j]! += probability * p.unavailability;
      next[j + 1]! += probability * p.availability;
    });
    upCount = next;
  }
  // Rounding can push a sum of probabilities a hair past 1.
  const sum = (values: number[]) => Math.min(1, values.reduce((s, v) => s + v, 0));
  return { availability: sum(upCount.slice(k)), unavailability: sum(upCount.slice(0, k)) };
}

const HUNDRED = ratio(100n);

/** Exact unavailability of a component from its percentage text: "99.9" → 0.001. */
function componentAvailability(percentText: string): Availability {
  const percent = ratioFromDecimalText(percentText) ?? HUNDRED;
  const up = multiplyRatios(percent, ratio(1n, 100n));
  return { availability: ratioToNumber(up), unavailability: ratioToNumber(subtractRatios(ratio(1n), up)) };
}

function evaluate(model: AvailabilityModel, override: (index: number) => Availability | undefined, counter: { next: number }): Availability {
  if (model.kind === 'component') {
    const index = counter.next++;
    return override(index) ?? componentAvailability(model.percentText);
  }
  const parts = model.children.map((child) => evaluate(child, override, counter));
  if (model.kind === 'serial') return serial(parts);
  if (model.kind === 'parallel') return parallel(parts);
  return kOfN(model.k, parts);
}

export function modelAvailability(model: AvailabilityModel): Availability {
  return evaluate(model, () => undefined, { next: 0 });
}

export interface ComponentImprovement {
  /** Position in reading order (names may repeat). */
  index: number;
  name: string;
  /** Overall availability if this one component never failed. */
  availabilityIfPerfect: number;
  /** How much overall unavailability that removes: the component's weight on the result. */
  unavailabilityRemoved: number;
}

/**
 * For each component, what the system would gain if that component alone
 * were 100% available, largest gain first. The first is "the component that
 * limits availability most": improving anything else, even to perfection,
 * helps less. Redundant parts score low because their peers cover for them.
 */
export function componentImprovements(model: AvailabilityModel): ComponentImprovement[] {
  const current = modelAvailability(model);
  const perfect: Availability = { availability: 1, unavailability: 0 };
  return modelComponents(model)
    .map((component, index) => {
      const improved = evaluate(model, (i) => (i === index ? perfect : undefined), { next: 0 });
      return {
        index,
        name: component.name,
        availabilityIfPerfect: improved.availability,
        unavailabilityRemoved: Math.max(0, current.unavailability - improved.unavailability),
      };
    })
    .sort((a, b) => b.unavailabilityRemoved - a.unavailabilityRemoved || a.index - b.index);
}

/** To show beside every composite result (slo-math reference: independence is an assumption). */
export const INDEPENDENCE_NOTE =
  'These figures assume components fail independently. Shared causes (the same region, the same deploy, ' +
  'the same dependency) make real availability worse than this.';

export interface AvailabilityReport extends Availability {
  /** The overall availability as a percentage for display, e.g. "99.7003". */
  percentText: string;
  /** Downtime the overall availability implies, per period (same table as the error budget tool). */
  downtimePerPeriod: PeriodBudget[];
  improvements: ComponentImprovement[];
  /** The first improvement, or null when no component's failure affects the result. */
  limiting: ComponentImprovement | null;
  /**
   * Every component that limits the result exactly as much as `limiting` does,
   * `limiting` first (several identical parts tie); empty when `limiting` is null.
   */
  limitingTies: ComponentImprovement[];
  notes: string[];
}

/** Gains this close (relative) are the same gain computed in another order. */
const TIE_TOLERANCE = 1e-9;

function tiedWithFirst(improvements: readonly ComponentImprovement[]): ComponentImprovement[] {
  const first = improvements[0];
  if (!first || !(first.unavailabilityRemoved > 0)) return [];
  return improvements.filter((imp) => first.unavailabilityRemoved - imp.unavailabilityRemoved <= first.unavailabilityRemoved * TIE_TOLERANCE);
}

export function availabilityReport(model: AvailabilityModel, calendar: CalendarConvention): AvailabilityReport {
  const overall = modelAvailability(model);
  const improvements = componentImprovements(model);
  const limitingTies = tiedWithFirst(improvements);
  return {
    ...overall,
    percentText: formatAvailabilityPercent(overall.unavailability),
    downtimePerPeriod: budgetPerPeriod(sloFromBudget(ratioFromNumber(overall.unavailability)), calendar),
    improvements,
    limiting: limitingTies[0] ?? null,
    limitingTies,
    notes: [INDEPENDENCE_NOTE],
  };
}

// Lives in its own module so pages that only format a percentage don't load the model code.
export { formatAvailabilityPercent } from '../nines';
