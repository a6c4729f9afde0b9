/**
 * Blast radius of a bad release: how much of an SLO's error budget one bad
 * version spends before it is rolled back, by rollout strategy.
 *
 * Sources: Google, The Site Reliability Workbook (2018), ch. 16 "Canarying
 * Releases" (a version serving a share s of traffic with error rate e raises
 * the service's error rate by s × e: a 5% canary failing 20% of its requests
 * makes 1% of all requests fail), ch. 5 and appendix B for error budgets;
 * shared/reference/delivery-math.md for the worked example.
 *
 * The model assumes steady load over the window, a bad version that fails a
 * fixed share of its requests from the moment it serves, and a rollout that
 * stops where it is once the problem is detected:
 *   exposure    = time to detect + time to roll back
 *   outage-equivalent seconds = Σ share(t) × error rate over the exposure
 *   budget spent = outage-equivalent ÷ ((1 − SLO) × window)
 * A progressive rollout serves each step's share for one bake time, so a late
 * detection has already passed every earlier step.
 *
 * Percentages are kept as the decimals the learner typed and multiplied as
 * exact fractions, so the Workbook's 10% × 50% × 360 s is 18 s, not
 * 18.000000000000004 s.
 */
import { addRatios, divideRatios, multiplyRatios, ratio, ratioFromDecimalText, ratioFromNumber, ratioToDecimalText, ratioToNumber, ZERO, type Ratio } from '../ratio';
import { POSTMORTEM_INCIDENT_FRACTION } from '../slo/error-budget/error-budget';
import { allowedBadSeconds } from '../slo/error-budget/error-budget';
import { sloFromPercent, type Slo } from '../slo/slo';
import { decimalText } from '../url-params';

export const STRATEGIES = ['all-at-once', 'canary', 'progressive', 'blue-green'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STRATEGY_NAMES: Readonly<Record<Strategy, string>> = {
  'all-at-once': 'All at once',
  canary: 'Canary',
  progressive: 'Progressive rollout',
  'blue-green': 'Blue-green',
};

export const isStrategy = (value: unknown): value is Strategy => typeof value === 'string' && (STRATEGIES as readonly string[]).includes(value);

export interface ReleaseRiskInputs {
  strategy: Strategy;
  /** Canary only: the share of traffic on the new version, in percent (more than 0, less than 100). */
  trafficPercent: number;
  /** The share of its requests the bad version fails, in percent. */
  errorPercent: number;
  detectSeconds: number;
  rollbackSeconds: number;
  /** Progressive only: the share of traffic at each step, in percent, rising. */
  stepsPercent: readonly number[];
  /** Progressive only: how long each step serves before the next. */
  bakeSeconds: number;
  slo: Slo;
  windowSeconds: number;
  /** Requests over the whole window, for counts of failed requests; optional. */
  requests?: number;
}

/** The Workbook-style example the page opens with: a 5% canary of a version failing 20% of requests, found in 10 minutes, rolled back in 5. */
export const DEFAULT_RELEASE_RISK_INPUTS: Readonly<ReleaseRiskInputs> = {
  strategy: 'canary',
  trafficPercent: 5,
  errorPercent: 20,
  detectSeconds: 600,
  rollbackSeconds: 300,
  stepsPercent: [1, 5, 25, 50, 100],
  bakeSeconds: 1800,
  slo: sloFromPercent('99.9'),
  windowSeconds: 30 * 86_400,
};

export interface StepExposure {
  /** 1-based, as the learner counts steps. */
  step: number;
  sharePercent: number;
  /** How long this step served the bad version before it was rolled back. */
  servedSeconds: number;
}

export interface BlastRadius {
  /** The share of all requests failing while the bad version serves at its largest share (0.05 for 10% × 50%). */
  overallErrorRatio: number;
  /** Detection plus rollback: how long the bad version serves. */
  exposureSeconds: number;
  /** Full-outage-equivalent time: the same failures as this many seconds of every request failing. */
  outageEquivalentSeconds: number;
  /** Share of the window's error budget spent (1 = all of it). */
  budgetFraction: number;
  /** The same release all at once, with the same detection and rollback times. */
  allAtOnce: { outageEquivalentSeconds: number; budgetFraction: number };
  /** Failed requests, when a request count over the window is given. */
  failedRequests?: number;
  /** Failed requests the whole window's budget allows, when a request count is given. */
  allowedFailedRequests?: number;
  /** Progressive only: the step serving when the problem is detected, and each step's time up to rollback. */
  detection?: { step: number; sharePercent: number; steps: StepExposure[] };
  /** Seconds of budget in the window: (1 − SLO) × window. */
  budgetSeconds: number;
}

const HUNDRED = ratio(100n);
/** A typed decimal, exactly: 10 → 10/1, 0.1 → 1/10 (not the nearest binary fraction). */
const exact = (value: number): Ratio => ratioFromDecimalText(decimalText(value)) ?? ratioFromNumber(value);
const shareOf = (percent: number): Ratio => divideRatios(exact(percent), HUNDRED);

/** Each step's share and the time it serves the bad version, up to detection plus rollback. */
export function progressiveExposure(stepsPercent: readonly number[], bakeSeconds: number, detectSeconds: number, rollbackSeconds: number): { step: number; steps: StepExposure[] } {
  const last = stepsPercent.length - 1;
  // The step serving at the moment of detection; with no bake time every step is passed at once.
  const detectedAt = bakeSeconds > 0 ? Math.min(last, Math.floor(detectSeconds / bakeSeconds)) : last;
  const steps = stepsPercent.slice(0, detectedAt + 1).map((sharePercent, i) => ({
    step: i + 1,
    sharePercent,
    servedSeconds: i < detectedAt ? bakeSeconds : detectSeconds - detectedAt * bakeSeconds + rollbackSeconds,
  }));
  return { step: detectedAt + 1, steps };
}

/** The blast radius of one bad release (see the module comment for the model). */
export function blastRadius(inputs: ReleaseRiskInputs): BlastRadius {
  const { strategy, errorPercent, detectSeconds, rollbackSeconds, slo, windowSeconds, requests } = inputs;
  const error = shareOf(errorPercent);
  const exposure = addRatios(exact(detectSeconds), exact(rollbackSeconds));
  const budgetSeconds = allowedBadSeconds(slo, windowSeconds);
  const budget = multiplyRatios(slo.budget, exact(windowSeconds));
  const allAtOnceSeconds = multiplyRatios(error, exposure);

  let peakShare: Ratio;
  let outage: Ratio;
  let detection: BlastRadius['detection'];
  if (strategy === 'progressive') {
    const found = progressiveExposure(inputs.stepsPercent, inputs.bakeSeconds, detectSeconds, rollbackSeconds);
    outage = found.steps.reduce((sum, s) => addRatios(sum, multiplyRatios(multiplyRatios(shareOf(s.sharePercent), error), exact(s.servedSeconds))), ZERO);
    peakShare = shareOf(found.steps.at(-1)?.sharePercent ?? 0);
    detection = { step: found.step, sharePercent: found.steps.at(-1)?.sharePercent ?? 0, steps: found.steps };
  } else {
    peakShare = strategy === 'canary' ? shareOf(inputs.trafficPercent) : ratio(1n);
    outage = multiplyRatios(multiplyRatios(peakShare, error), exposure);
  }
  const outageEquivalentSeconds = ratioToNumber(outage);
  const result: BlastRadius = {
    overallErrorRatio: ratioToNumber(multiplyRatios(peakShare, error)),
    exposureSeconds: ratioToNumber(exposure),
    outageEquivalentSeconds,
    budgetFraction: ratioToNumber(divideRatios(outage, budget)),
    allAtOnce: { outageEquivalentSeconds: ratioToNumber(allAtOnceSeconds), budgetFraction: ratioToNumber(divideRatios(allAtOnceSeconds, budget)) },
    budgetSeconds,
    ...(detection ? { detection } : {}),
  };
  if (requests !== undefined) {
    // Steady load: the window's requests spread evenly over its seconds.
    result.failedRequests = ratioToNumber(divideRatios(multiplyRatios(outage, exact(requests)), exact(windowSeconds)));
    result.allowedFailedRequests = ratioToNumber(multiplyRatios(slo.budget, exact(requests)));
  }
  return result;
}

export type AdviceId = 'invisible-canary' | 'below-budget-pace' | 'rollback-slower' | 'postmortem' | 'exhausts-budget' | 'blue-green-share';

export interface Advice {
  id: AdviceId;
  text: string;
}

/**
 * Plain-language advice drawn from the numbers. Every threshold is the
 * page's own arithmetic or a published policy: fewer than one expected
 * failure, a burn rate below 1, the Workbook's example policy (a single
 * incident over 20% of the budget needs a postmortem).
 */
export function releaseAdvice(inputs: ReleaseRiskInputs, radius: BlastRadius): Advice[] {
  const advice: Advice[] = [];
  const { strategy, detectSeconds, rollbackSeconds, slo, windowSeconds, requests } = inputs;
  const budgetRatio = ratioToNumber(slo.budget);
  if (strategy === 'canary' && requests !== undefined) {
    const canaryFailures = (requests / windowSeconds) * (inputs.trafficPercent / 100) * (inputs.errorPercent / 100) * detectSeconds;
    if (canaryFailures < 1) {
      advice.push({
        id: 'invisible-canary',
        text:
          'At this traffic the canary is expected to fail fewer than one request before the time you expect to detect the problem: ' +
          'it cannot show the error in that window. Give the canary more traffic or more time before you judge it.',
      });
    }
  }
  if (strategy !== 'all-at-once' && strategy !== 'blue-green' && radius.overallErrorRatio < budgetRatio) {
    advice.push({
      id: 'below-budget-pace',
      text:
        `The bad version raises the service's error rate by less than the SLO allows (${ratioToDecimalText(multiplyRatios(slo.budget, HUNDRED), 10)}%), ` +
        'so alerts on the SLO will not fire for it: detect it by comparing the new version with the old one, as the Workbook advises for canaries.',
    });
  }
  if (rollbackSeconds > detectSeconds) {
    advice.push({
      id: 'rollback-slower',
      text: 'Rolling back takes longer than detecting: most of the damage happens after you know. A faster rollback (switching back, turning a flag off) saves more here than faster detection.',
    });
  }
  if (strategy === 'blue-green') {
    advice.push({
      id: 'blue-green-share',
      text: 'Blue-green moves all traffic at once: it shortens the rollback, but every user meets the bad version. Combine it with a canary to limit the share too.',
    });
  }
  if (radius.budgetFraction >= 1) {
    advice.push({ id: 'exhausts-budget', text: 'This one release spends the whole error budget of the window, or more: the SLO is missed.' });
  } else if (radius.budgetFraction > POSTMORTEM_INCIDENT_FRACTION) {
    advice.push({
      id: 'postmortem',
      text: `This release spends more than ${POSTMORTEM_INCIDENT_FRACTION * 100}% of the budget: under the Workbook's example error budget policy, a single incident that size needs a postmortem.`,
    });
  }
  return advice;
}
