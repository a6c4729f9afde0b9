/**
 * Where a service stands in its SLO window: how much budget is spent, how
 * fast it is burning, when it would run out, and what the Workbook's example
 * error budget policy says to do about it.
 */
import { fail, ok, type FieldResult } from '../../field';
import { formatDurationHuman, parseDurationField } from '../../duration';
import { parseRequestCountField, POSTMORTEM_INCIDENT_FRACTION } from '../error-budget/error-budget';
import { formatNumber, formatPercent } from '../../format';
import {
  divideRatios,
  multiplyRatios,
  ONE,
  ratioFromNumber,
  ratioToNumber,
  subtractRatios,
  ZERO,
  type Ratio,
} from '../../ratio';
import { compareRatios, type Slo } from '../slo';

/** A burn rate above 1 spends the whole budget before the window ends. */
export const AT_RISK_BURN_RATE = 1;
/**
 * With less than 20% of the budget left, one incident of the size the policy
 * already calls significant (see above) would exhaust it.
 */
export const AT_RISK_CONSUMED_FRACTION = 1 - POSTMORTEM_INCIDENT_FRACTION;

export type BadMeasure =
  | { kind: 'time'; badSeconds: number }
  | { kind: 'requests'; failedRequests: number; totalRequests: number };

export interface BudgetStatusInput {
  slo: Slo;
  windowSeconds: number;
  /** Time since the window started: the share of the window already lived through. */
  elapsedSeconds: number;
  measure: BadMeasure;
}

export type PolicyState = 'healthy' | 'at-risk' | 'exhausted';

export interface PolicyAssessment {
  state: PolicyState;
  /** Why this state, with the numbers. */
  reasons: string[];
  /** What the example policy asks for, or, where it is silent, a labelled suggestion. */
  actions: string[];
}

export type Exhaustion =
  | { kind: 'never' }
  | { kind: 'exhausted'; fromWindowStartSeconds: number }
  | { kind: 'projected'; fromWindowStartSeconds: number; fromNowSeconds: number; beforeWindowEnds: boolean };

export interface BudgetStatus {
  unit: 'seconds' | 'requests';
  /** Budget for the whole window, in `unit`. For requests, projected from traffic so far. */
  allowed: number;
  bad: number;
  /** May exceed 1. */
  consumedFraction: number;
  /** Floored at 0. */
  remainingFraction: number;
  /** Floored at 0, in `unit`. */
  remaining: number;
  elapsedFraction: number;
  /** Consumed ÷ (elapsed ÷ window). 1 spends exactly the budget over the window. */
  burnRate: number;
  exhaustion: Exhaustion;
  policy: PolicyAssessment;
  /** Assumptions behind the figures, to show beside them. */
  notes: string[];
}

export interface InputProblem {
  field: 'elapsed' | 'bad' | 'failed' | 'total';
  message: string;
}

// The checks below are written once and used both by the field parsers (text the learner typed) and by
// budgetStatus (numbers from anywhere), so the messages match and ship once.

/** Why an elapsed time can't be used with this window, or null. */
function elapsedProblem(elapsedSeconds: number, windowSeconds: number, label = 'Time elapsed'): string | null {
  if (!(elapsedSeconds > 0)) return `${label} must be more than 0: at the very start of the window nothing is spent and there is no rate yet.`;
  if (elapsedSeconds > windowSeconds) {
    return `${label} can't be longer than the window (${formatDurationHuman(windowSeconds)}); a rolling window only looks back that far.`;
  }
  return null;
}

/** Why a bad time can't be used after this elapsed time, or null. */
function badTimeProblem(badSeconds: number, elapsedSeconds: number, label = 'Bad time so far'): string | null {
  if (!(badSeconds >= 0)) return `${label} can't be negative.`;
  if (badSeconds > elapsedSeconds) return `${label} can't be more than the time elapsed (${formatDurationHuman(elapsedSeconds)}).`;
  return null;
}

/** Failures are counted among the total requests. */
export const FAILED_OVER_TOTAL = "Failed requests can't be more than total requests: failures are counted among the total.";

const checked = (parsed: FieldResult<number>, problem: (value: number) => string | null): FieldResult<number> => {
  if (!parsed.ok) return parsed;
  const message = problem(parsed.value);
  return message === null ? ok(parsed.value) : fail(message);
};

export const parseElapsedField = (raw: string, windowSeconds: number, label = 'Time elapsed'): FieldResult<number> =>
  checked(parseDurationField(raw, { label }), (elapsed) => elapsedProblem(elapsed, windowSeconds, label));

export const parseBadTimeField = (raw: string, elapsedSeconds: number, label = 'Bad time so far'): FieldResult<number> =>
  checked(parseDurationField(raw, { label, minSeconds: 0 }), (bad) => badTimeProblem(bad, elapsedSeconds, label));

/** Checks inputs that did not come through the field parsers, such as a direct call. */
export function budgetStatusProblems(input: BudgetStatusInput): InputProblem[] {
  const { windowSeconds, elapsedSeconds, measure } = input;
  const problems: InputProblem[] = [];
  const add = (field: InputProblem['field'], message: string | null) => {
    if (message !== null) problems.push({ field, message });
  };
  add('elapsed', elapsedProblem(elapsedSeconds, windowSeconds));
  if (measure.kind === 'time') {
    add('bad', badTimeProblem(measure.badSeconds, elapsedSeconds));
  } else {
    // The request fields' own parser, given the numbers as text: the same messages as in the form.
    const count = (value: number, label: string, min: number) => {
      const parsed = parseRequestCountField(String(value), label, min);
      return parsed.ok ? null : parsed.message;
    };
    add('total', count(measure.totalRequests, 'Total requests', 1));
    add('failed', count(measure.failedRequests, 'Failed requests', 0) ?? (measure.failedRequests > measure.totalRequests ? FAILED_OVER_TOTAL : null));
  }
  return problems;
}

export type BudgetStatusResult = { ok: true; value: BudgetStatus } | { ok: false; problems: InputProblem[] };

export function budgetStatus(input: BudgetStatusInput): BudgetStatusResult {
  const problems = budgetStatusProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const { slo, measure } = input;
  const window = ratioFromNumber(input.windowSeconds);
  const elapsedFraction = divideRatios(ratioFromNumber(input.elapsedSeconds), window);

  let allowed: Ratio;
  let bad: Ratio;
  const notes: string[] = [];
  if (measure.kind === 'time') {
    allowed = multiplyRatios(slo.budget, window);
    bad = ratioFromNumber(measure.badSeconds);
  } else {
    // Future traffic is unknown; assume it continues at the rate seen so far.
    const projectedRequests = divideRatios(ratioFromNumber(measure.totalRequests), elapsedFraction);
    allowed = multiplyRatios(slo.budget, projectedRequests);
    bad = ratioFromNumber(measure.failedRequests);
    notes.push(
      `Assumes traffic continues at the rate seen so far: about ${formatNumber(ratioToNumber(projectedRequests), 6)} requests ` +
        `in the window, of which ${formatNumber(ratioToNumber(allowed), 6)} may fail.`,
    );
  }
  const consumed = divideRatios(bad, allowed);
  const burn = divideRatios(consumed, elapsedFraction);
  const remaining = compareRatios(consumed, ONE) >= 0 ? ZERO : subtractRatios(ONE, consumed);

  const status: BudgetStatus = {
    unit: measure.kind === 'time' ? 'seconds' : 'requests',
    allowed: ratioToNumber(allowed),
    bad: ratioToNumber(bad),
    consumedFraction: ratioToNumber(consumed),
    remainingFraction: ratioToNumber(remaining),
    remaining: ratioToNumber(multiplyRatios(remaining, allowed)),
    elapsedFraction: ratioToNumber(elapsedFraction),
    burnRate: ratioToNumber(burn),
    exhaustion: exhaustionOf(consumed, burn, window),
    policy: { state: 'healthy', reasons: [], actions: [] },
    notes,
  };
  status.policy = policyAssessment(status, input.windowSeconds);
  return { ok: true, value: status };
}

function exhaustionOf(consumed: Ratio, burn: Ratio, window: Ratio): Exhaustion {
  if (burn.num === 0n) return { kind: 'never' };
  const fromStart = divideRatios(window, burn);
  if (compareRatios(consumed, ONE) >= 0) return { kind: 'exhausted', fromWindowStartSeconds: ratioToNumber(fromStart) };
  return {
    kind: 'projected',
    fromWindowStartSeconds: ratioToNumber(fromStart),
    fromNowSeconds: ratioToNumber(divideRatios(multiplyRatios(subtractRatios(ONE, consumed), window), burn)),
    beforeWindowEnds: compareRatios(fromStart, window) < 0,
  };
}

const HALT_CHANGES =
  'Halt changes and releases other than P0 fixes and security fixes until the service is back within its SLO ' +
  '(Workbook, Example Error Budget Policy).';
const POSTMORTEM =
  'If a single incident spent more than 20% of the budget, the policy requires a postmortem with at least one ' +
  'P0 action item (Workbook, Example Error Budget Policy).';

/** The policy state, defined by the constants above; "at risk" is this site's definition, not the Workbook's. */
export function policyAssessment(status: BudgetStatus, windowSeconds: number): PolicyAssessment {
  const consumed = status.consumedFraction;
  const reasons: string[] = [];
  const actions: string[] = [];
  if (consumed >= 1) {
    // Exactly the budget still meets the SLO (good ÷ total = target); only more than the budget misses it.
    reasons.push(
      consumed > 1
        ? `${formatPercent(consumed)} of the error budget is spent: the SLO is missed for this window.`
        : 'The whole error budget is spent: the SLO is still met, with nothing to spare, and any further failure misses it.',
    );
    actions.push(HALT_CHANGES, POSTMORTEM);
    return { state: 'exhausted', reasons, actions };
  }
  const { exhaustion } = status;
  if (status.burnRate > AT_RISK_BURN_RATE && exhaustion.kind === 'projected') {
    reasons.push(
      `Burning at ${formatNumber(status.burnRate, 3)}×: at this rate the budget runs out ` +
        `${formatDurationHuman(exhaustion.fromWindowStartSeconds, { maxUnits: 2 })} into the ` +
        `${formatDurationHuman(windowSeconds, { maxUnits: 2 })} window, ${formatDurationHuman(exhaustion.fromNowSeconds, { maxUnits: 2 })} from now.`,
    );
  }
  if (consumed >= AT_RISK_CONSUMED_FRACTION) {
    reasons.push(
      `${formatPercent(consumed)} is spent: one more incident of the size the policy calls significant (20%) would exhaust it.`,
    );
  }
  if (consumed >= POSTMORTEM_INCIDENT_FRACTION) actions.push(POSTMORTEM);
  if (reasons.length > 0) {
    actions.unshift(
      'Suggested by this site (the example policy sets no rule before exhaustion): find what is burning the budget, ' +
        'and weigh risky releases against what is left.',
    );
    return { state: 'at-risk', reasons, actions };
  }
  reasons.push(`${formatPercent(consumed)} spent at a burn rate of ${formatNumber(status.burnRate, 3)}: within budget.`);
  actions.unshift('Release as normal: the budget is there to be spent on change.');
  return { state: 'healthy', reasons, actions };
}
