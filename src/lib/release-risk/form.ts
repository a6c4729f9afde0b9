/**
 * The release risk tool's inputs as typed text, checked with the site's field
 * parsers. Only the fields the chosen strategy uses are checked, so a stale
 * canary share does not block an all-at-once result; the form keeps every
 * field's text, so switching back restores it.
 */
import { decimalText } from '../url-params';
import { fail, ok, parseNumberField, percentRule, type FieldResult } from '../field';
import { take, type FieldErrors, type FormCheck } from '../form';
import { formatDurationExact, formatDurationHuman, parseDurationField } from '../duration';
import { parseRequestCountField, parseWindowField } from '../slo/error-budget/error-budget';
import { parseSloField } from '../slo/slo';
import { DEFAULT_RELEASE_RISK_INPUTS, type ReleaseRiskInputs, type Strategy } from './release-risk';

export interface ReleaseRiskForm {
  strategy: Strategy;
  traffic: string;
  errors: string;
  detect: string;
  rollback: string;
  steps: string;
  bake: string;
  slo: string;
  window: string;
  /** Empty when the learner gives no request count. */
  requests: string;
}

/** Field labels, shared by the form and its messages, so a message names the field as the learner sees it. */
export const RELEASE_RISK_LABELS = {
  traffic: 'Canary traffic',
  errors: 'Error rate of the bad version',
  detect: 'Time to detect',
  rollback: 'Time to roll back',
  steps: 'Rollout steps',
  bake: 'Bake time per step',
  requests: 'Requests in the window',
} as const;

export const MAX_ROLLOUT_STEPS = 20;

export function parseCanaryTrafficField(raw: string, label: string = RELEASE_RISK_LABELS.traffic): FieldResult<number> {
  const parsed = parseNumberField(raw, percentRule(label, { example: '5' }));
  if (!parsed.ok) return parsed;
  if (parsed.value === 0) return fail(`${label} must be more than 0%: a canary with no traffic tests nothing.`);
  if (parsed.value === 100) return fail(`${label} must be less than 100%: a canary with all the traffic is an all-at-once release.`);
  return parsed;
}

export const parseErrorPercentField = (raw: string, label: string = RELEASE_RISK_LABELS.errors): FieldResult<number> =>
  parseNumberField(raw, percentRule(label, { minExclusive: true, example: '20' }));

/** "1, 5, 25, 50, 100": shares of traffic in percent, each more than the one before, none above 100. Steps are separated by commas, semicolons or spaces, so a step with decimals takes a point ("0.5"). */
export function parseRolloutStepsField(raw: string, label: string = RELEASE_RISK_LABELS.steps): FieldResult<number[]> {
  const parts = raw.split(/[;,]\s*|\s+/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return fail(`Enter a value for ${label}, like 1, 5, 25, 50, 100.`);
  if (parts.length > MAX_ROLLOUT_STEPS) return fail(`${label} can have at most ${MAX_ROLLOUT_STEPS} steps.`);
  const steps: number[] = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseNumberField(part, percentRule(`Step ${i + 1} of ${label.toLowerCase()}`, { minExclusive: true, example: '25' }));
    if (!parsed.ok) return parsed;
    const previous = steps.at(-1);
    if (previous !== undefined && parsed.value <= previous) {
      return fail(`${label} must rise step by step: step ${i + 1} (${decimalText(parsed.value)}%) is not more than step ${i} (${decimalText(previous)}%).`);
    }
    steps.push(parsed.value);
  }
  return ok(steps);
}

export const formatRolloutSteps = (steps: readonly number[]): string => steps.map(decimalText).join(', ');

export const releaseRiskFormFrom = (inputs: ReleaseRiskInputs): ReleaseRiskForm => ({
  strategy: inputs.strategy,
  traffic: decimalText(inputs.trafficPercent),
  errors: decimalText(inputs.errorPercent),
  detect: formatDurationExact(inputs.detectSeconds),
  rollback: formatDurationExact(inputs.rollbackSeconds),
  steps: formatRolloutSteps(inputs.stepsPercent),
  bake: formatDurationExact(inputs.bakeSeconds),
  slo: inputs.slo.percentText,
  window: formatDurationExact(inputs.windowSeconds),
  requests: inputs.requests === undefined ? '' : String(inputs.requests),
});

/** Time to detect must leave room in the window; detection plus rollback must fit in it. */
export function exposureProblems(detectSeconds: number, rollbackSeconds: number, windowSeconds: number): { detect?: string; rollback?: string } {
  const window = formatDurationHuman(windowSeconds);
  if (detectSeconds >= windowSeconds) return { detect: `${RELEASE_RISK_LABELS.detect} must be shorter than the SLO window (${window}).` };
  if (detectSeconds + rollbackSeconds > windowSeconds) {
    return { rollback: `${RELEASE_RISK_LABELS.detect} plus ${RELEASE_RISK_LABELS.rollback.toLowerCase()} must fit in the SLO window (${window}).` };
  }
  return {};
}

export function checkReleaseRiskForm(form: ReleaseRiskForm): FormCheck<ReleaseRiskInputs> {
  const errors: FieldErrors = {};
  const L = RELEASE_RISK_LABELS;
  const { strategy } = form;
  const slo = take(errors, 'slo', parseSloField(form.slo));
  const windowSeconds = take(errors, 'window', parseWindowField(form.window));
  const errorPercent = take(errors, 'errors', parseErrorPercentField(form.errors));
  const detectSeconds = take(errors, 'detect', parseDurationField(form.detect, { label: L.detect, minSeconds: 0 }));
  const rollbackSeconds = take(errors, 'rollback', parseDurationField(form.rollback, { label: L.rollback, minSeconds: 0 }));
  // A field the strategy does not use is checked only when shown; until then a bad value there stands for the default.
  const d = DEFAULT_RELEASE_RISK_INPUTS;
  const used = <T>(shown: boolean, key: string, parsed: FieldResult<T>, fallback: T): T | null =>
    shown ? take(errors, key, parsed) : parsed.ok ? parsed.value : fallback;
  const progressive = strategy === 'progressive';
  const trafficPercent = used(strategy === 'canary', 'traffic', parseCanaryTrafficField(form.traffic), d.trafficPercent);
  const stepsPercent = used(progressive, 'steps', parseRolloutStepsField(form.steps), [...d.stepsPercent]);
  const bakeSeconds = used(progressive, 'bake', parseDurationField(form.bake, { label: L.bake, minSeconds: 0, minExclusive: true }), d.bakeSeconds);
  const requests = form.requests.trim() === '' ? undefined : take(errors, 'requests', parseRequestCountField(form.requests, L.requests, 1));
  if (windowSeconds !== null && detectSeconds !== null && rollbackSeconds !== null) {
    Object.assign(errors, exposureProblems(detectSeconds, rollbackSeconds, windowSeconds));
  }
  const ready =
    slo !== null && windowSeconds !== null && errorPercent !== null && detectSeconds !== null && rollbackSeconds !== null &&
    trafficPercent !== null && stepsPercent !== null && bakeSeconds !== null && requests !== null && Object.keys(errors).length === 0;
  if (!ready) return { values: null, errors };
  return {
    values: {
      strategy,
      trafficPercent,
      errorPercent,
      detectSeconds,
      rollbackSeconds,
      stepsPercent,
      bakeSeconds,
      slo,
      windowSeconds,
      ...(requests === undefined ? {} : { requests }),
    },
    errors,
  };
}
