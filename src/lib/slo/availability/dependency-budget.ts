/**
 * What each critical dependency must reach for a service to meet its target
 * ("The Calculus of Service Availability", Treynor et al., 2017): a service
 * cannot be more available than the intersection of its critical
 * dependencies, so their failures must fit inside its error budget.
 *
 * Three figures, from strictest to loosest for few dependencies:
 * - linear split (shown as the headline): each of N dependencies gets an
 *   equal 1/N of the budget share they may use together, so each must reach
 *   1 − share × (1 − target) ÷ N. This is the paper's "share of the budget"
 *   reasoning; it is always at least as strict as the exact figure, so it is
 *   safe to quote.
 * - exact: N equal dependencies in series meet 1 − share × (1 − target)
 *   when each reaches that to the power 1/N.
 * - rule of the extra nine: one more nine than the service, 1 − (1 − target) ÷ 10,
 *   whatever N is (with more than 10 dependencies it is looser than the split).
 */
import { ok, parseNumberField, parseNumberTextField, percentRule, type FieldResult } from '../../field';
import { formatDurationHuman } from '../../format';
import { divideRatios, multiplyRatios, ratio, ratioFromNumber, ratioToNumber } from '../../ratio';
import { fractionFromPercentText } from '../slo';
import type { Slo } from '../slo';

/** Same limit as the availability model's components. */
export const MAX_DEPENDENCIES = 50;

export interface DependencyRequirement {
  dependencies: number;
  /** Share of the service's error budget the dependencies may use together, in (0, 1]. */
  dependencyShare: number;
  linear: { availability: number; unavailability: number };
  exact: { availability: number; unavailability: number };
  extraNine: { availability: number; unavailability: number };
}

const fromUnavailability = (u: number) => ({ availability: 1 - u, unavailability: u });

export function dependencyRequirement(target: Slo, dependencies: number, dependencyShare = 1): DependencyRequirement {
  const sharedBudget = multiplyRatios(target.budget, ratioFromNumber(dependencyShare));
  const linear = ratioToNumber(divideRatios(sharedBudget, ratio(BigInt(dependencies))));
  // (1 − U)^(1/N) = exp(log1p(−U) ÷ N); expm1/log1p keep the small gap exact enough.
  const exact = -Math.expm1(Math.log1p(-ratioToNumber(sharedBudget)) / dependencies);
  const extraNine = ratioToNumber(divideRatios(target.budget, ratio(10n)));
  return {
    dependencies,
    dependencyShare,
    linear: fromUnavailability(linear),
    exact: fromUnavailability(exact),
    extraNine: fromUnavailability(extraNine),
  };
}

export function parseDependencyCountField(raw: string, label = 'Critical dependencies'): FieldResult<number> {
  return parseNumberField(raw, { label, min: 1, max: MAX_DEPENDENCIES, integer: true });
}

/** The share in percent (e.g. 50 leaves the service half its budget for its own failures); returns a fraction. */
export function parseDependencyShareField(raw: string, label = 'Budget share for dependencies'): FieldResult<number> {
  const text = parseNumberTextField(raw, percentRule(label, { minExclusive: true }));
  return text.ok ? ok(fractionFromPercentText(text.value)) : text;
}

/** A sentence for the page: "each of 3 dependencies may be down 14m 24s per 30 days". */
export function dependencyDowntimeSentence(requirement: DependencyRequirement, windowSeconds: number): string {
  const each = formatDurationHuman(requirement.linear.unavailability * windowSeconds, { maxUnits: 2 });
  return `Each of ${requirement.dependencies} critical dependencies may be down about ${each} per ${formatDurationHuman(windowSeconds)}.`;
}
