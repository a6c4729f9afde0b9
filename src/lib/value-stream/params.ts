/**
 * The value stream tool's URL:
 *
 *   /tools/value-stream/?stages=code:4h:0,review:30m:20h,test:1h:8h,deploy:15m:2d&wip=12&throughput=2
 *
 * Stages are `name:process:wait` in the site's duration syntax; `wip` and
 * `throughput` (items a day) are optional and go together. Read with the
 * site's one URL reader (url-params.ts) and the form's own checks.
 */
import { parseNumberField } from '../field';
import { decimalText, readParams, searchString, type ParsedParams } from '../url-params';
import { formatStagesText, LABELS, parseStagesText, type ValueStreamInputs } from './form';

export const VALUE_STREAM_PARAMS = ['stages', 'wip', 'throughput'] as const;

/** The worked example of shared/reference/delivery-math.md: 130.5 h of lead time, 6.5% flow efficiency, 6 days by Little's law. */
export const DEFAULT_VALUE_STREAM_INPUTS: Readonly<ValueStreamInputs> = {
  stages: [
    { name: 'plan', processSeconds: 3_600, waitSeconds: 16 * 3_600 },
    { name: 'build', processSeconds: 6 * 3_600, waitSeconds: 4 * 3_600 },
    { name: 'review', processSeconds: 3_600, waitSeconds: 30 * 3_600 },
    { name: 'release', processSeconds: 1_800, waitSeconds: 72 * 3_600 },
  ],
  littlesLaw: { workInProgress: 12, throughputPerDay: 2 },
};

export function parseValueStreamParams(search: URLSearchParams | string): ParsedParams<ValueStreamInputs> {
  const d = DEFAULT_VALUE_STREAM_INPUTS;
  return readParams(search, VALUE_STREAM_PARAMS, (reader) => {
    const stages = reader.read('stages', (raw) => parseStagesText(raw), d.stages, 'the example stages');
    const given = reader.has('wip') || reader.has('throughput');
    if (!given) return { stages, ...(reader.has('stages') ? {} : { littlesLaw: d.littlesLaw }) };
    const none = "no Little's law estimate";
    const wipRaw = reader.raw('wip');
    const throughputRaw = reader.raw('throughput');
    if (wipRaw === undefined || throughputRaw === undefined) {
      const [present, missing] = wipRaw === undefined ? ['throughput', 'wip'] : ['wip', 'throughput'];
      reader.ignore(present, (wipRaw ?? throughputRaw) as string, `it needs ${missing} as well.`, none);
      return { stages };
    }
    const positive = (raw: string, label: string) => parseNumberField(raw, { label, min: 0, minExclusive: true, max: 1_000_000 });
    const wip = positive(wipRaw, LABELS.wip);
    const throughput = positive(throughputRaw, LABELS.throughput);
    if (!wip.ok) reader.ignore('wip', wipRaw, wip.message, none);
    if (!throughput.ok) reader.ignore('throughput', throughputRaw, throughput.message, none);
    return wip.ok && throughput.ok ? { stages, littlesLaw: { workInProgress: wip.value, throughputPerDay: throughput.value } } : { stages };
  });
}

export function valueStreamSearch(inputs: ValueStreamInputs): string {
  const pairs: [string, string][] = [['stages', formatStagesText(inputs.stages)]];
  if (inputs.littlesLaw) pairs.push(['wip', decimalText(inputs.littlesLaw.workInProgress)], ['throughput', decimalText(inputs.littlesLaw.throughputPerDay)]);
  return searchString(pairs);
}
