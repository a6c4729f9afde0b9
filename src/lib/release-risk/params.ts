/**
 * The release risk tool's URL:
 *
 *   /tools/release-risk/?strategy=canary&traffic=5&errors=20&detect=10m&rollback=5m&slo=99.9&window=30d
 *   (progressive: &steps=1,5,25,50,100&bake=30m; optional: &requests=10000000)
 *
 * Read with the site's one URL reader and the form's own field parsers; see
 * url-params.ts for how bad parameters are treated.
 */
import { formatDurationExact, parseDurationField } from '../duration';
import { parseRequestCountField, readWindow } from '../slo/error-budget/error-budget';
import { readSlo } from '../slo/slo';
import { decimalText, readParams, searchString, type ParsedParams } from '../url-params';
import { exposureProblems, formatRolloutSteps, parseCanaryTrafficField, parseErrorPercentField, parseRolloutStepsField, RELEASE_RISK_LABELS } from './form';
import { DEFAULT_RELEASE_RISK_INPUTS, isStrategy, STRATEGIES, type ReleaseRiskInputs, type Strategy } from './release-risk';

export const RELEASE_RISK_PARAMS = ['strategy', 'traffic', 'errors', 'detect', 'rollback', 'steps', 'bake', 'slo', 'window', 'requests'] as const;

export function parseReleaseRiskParams(search: URLSearchParams | string): ParsedParams<ReleaseRiskInputs> {
  const d = DEFAULT_RELEASE_RISK_INPUTS;
  const L = RELEASE_RISK_LABELS;
  return readParams(search, RELEASE_RISK_PARAMS, (reader) => {
    const strategy = reader.read(
      'strategy',
      (raw) => (isStrategy(raw) ? { ok: true, value: raw as Strategy } : { ok: false, message: `Strategy must be one of ${STRATEGIES.join(', ')}.` }),
      d.strategy,
      d.strategy,
    );
    const windowSeconds = reader.read('window', readWindow, d.windowSeconds, formatDurationExact(d.windowSeconds));
    const duration = (name: 'detect' | 'rollback', fallback: number) =>
      reader.read(name, (raw) => parseDurationField(raw, { label: L[name], minSeconds: 0 }), fallback, formatDurationExact(fallback));
    let detectSeconds = duration('detect', d.detectSeconds);
    let rollbackSeconds = duration('rollback', d.rollbackSeconds);
    const problems = exposureProblems(detectSeconds, rollbackSeconds, windowSeconds);
    if (problems.detect || problems.rollback) {
      [detectSeconds, rollbackSeconds] = [Math.min(d.detectSeconds, windowSeconds / 2), Math.min(d.rollbackSeconds, windowSeconds / 4)];
      const using = `${formatDurationExact(detectSeconds)} and ${formatDurationExact(rollbackSeconds)}`;
      reader.notice('detect', `Ignored detect and rollback from the link: ${problems.detect ?? problems.rollback} Using ${using} instead.`);
    }
    const requests = reader.has('requests')
      ? reader.read<number | undefined>('requests', (raw) => parseRequestCountField(raw, L.requests, 1), undefined, 'no request count')
      : undefined;
    return {
      strategy,
      trafficPercent: reader.read('traffic', (raw) => parseCanaryTrafficField(raw), d.trafficPercent, `${d.trafficPercent}%`),
      errorPercent: reader.read('errors', (raw) => parseErrorPercentField(raw), d.errorPercent, `${d.errorPercent}%`),
      detectSeconds,
      rollbackSeconds,
      stepsPercent: reader.read('steps', (raw) => parseRolloutStepsField(raw), [...d.stepsPercent], formatRolloutSteps(d.stepsPercent)),
      bakeSeconds: reader.read('bake', (raw) => parseDurationField(raw, { label: L.bake, minSeconds: 0, minExclusive: true }), d.bakeSeconds, formatDurationExact(d.bakeSeconds)),
      slo: reader.read('slo', readSlo, d.slo, `${d.slo.percentText}%`),
      windowSeconds,
      ...(requests === undefined ? {} : { requests }),
    };
  });
}

/** The query string for these inputs: only the parameters the strategy uses. */
export function releaseRiskSearch(inputs: ReleaseRiskInputs): string {
  const pairs: [string, string][] = [['strategy', inputs.strategy]];
  if (inputs.strategy === 'canary') pairs.push(['traffic', decimalText(inputs.trafficPercent)]);
  pairs.push(['errors', decimalText(inputs.errorPercent)], ['detect', formatDurationExact(inputs.detectSeconds)], ['rollback', formatDurationExact(inputs.rollbackSeconds)]);
  if (inputs.strategy === 'progressive') pairs.push(['steps', inputs.stepsPercent.map(decimalText).join(',')], ['bake', formatDurationExact(inputs.bakeSeconds)]);
  pairs.push(['slo', inputs.slo.percentText], ['window', formatDurationExact(inputs.windowSeconds)]);
  if (inputs.requests !== undefined) pairs.push(['requests', String(inputs.requests)]);
  return searchString(pairs);
}
