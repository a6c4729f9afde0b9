import { formatNumber, formatPercent } from '../../lib/format';
import { checkReleaseRiskForm, RELEASE_RISK_LABELS, releaseRiskFormFrom } from '../../lib/release-risk/form';
import { parseReleaseRiskParams, releaseRiskSearch, RELEASE_RISK_PARAMS } from '../../lib/release-risk/params';
import { blastRadius, releaseAdvice, STRATEGIES, STRATEGY_NAMES, type BlastRadius, type ReleaseRiskInputs } from '../../lib/release-risk/release-risk';
import { DataTable } from '../ui/DataTable';
import { Duration } from '../ui/Duration';
import { Num } from '../ui/Num';
import { SelectField } from '../ui/SelectField';
import { fieldBinder } from '../ui/TextField';
import { useLastValid } from '../ui/use-last-valid';
import { formCodec } from '../ui/use-url-state';
import { SloWindowFields } from './sre/SloWindowFields';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useSreForm } from './sre/use-sre-form';
import '../../styles/tools.css';

interface Props {
  /** A compact copy inside a lesson: not synced to the page's URL, with a link to the full calculator. */
  embedded?: boolean;
  /** Starting inputs as URL parameters: { strategy: 'canary', traffic: '5' }. */
  initial?: Partial<Record<(typeof RELEASE_RISK_PARAMS)[number], string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

const STRATEGY_OPTIONS = STRATEGIES.map((s) => ({ value: s, label: STRATEGY_NAMES[s] }));
const codec = formCodec(parseReleaseRiskParams, releaseRiskFormFrom, checkReleaseRiskForm, releaseRiskSearch);

/** How much of the error budget one bad release spends, by rollout strategy, and what the numbers advise. */
export default function ReleaseRiskTool({ embedded = false, initial = {}, id = 'release-risk' }: Props) {
  const { form, update, notices } = useSreForm(codec, initial, embedded);
  const check = checkReleaseRiskForm(form);
  const { value: inputs, stale } = useLastValid(check.values);
  const radius = blastRadius(inputs);
  const field = fieldBinder(id, form, check.errors, update);
  const L = RELEASE_RISK_LABELS;
  return (
    <ToolShell
      embedded={embedded}
      class="sre-tool release-risk"
      notices={notices}
      inputs={
        <ToolForm label="Release inputs">
          <div class="fields">
            <SelectField id={`${id}-strategy`} label="Rollout strategy" hint="How the new version reaches users" value={form.strategy} options={STRATEGY_OPTIONS} onChange={(strategy) => update({ strategy })} />
            {form.strategy === 'canary' && field('traffic', { label: L.traffic, hint: 'Share of requests the new version serves', suffix: '%' })}
            {form.strategy === 'progressive' && (
              <>
                {field('steps', { label: L.steps, hint: 'Traffic at each step, like 1, 5, 25, 50, 100', suffix: '%', inputMode: 'text', size: 18 })}
                {field('bake', { label: L.bake, hint: 'How long each step serves, like 30m', inputMode: 'text' })}
              </>
            )}
            {field('errors', { label: L.errors, hint: 'Share of its requests that fail', suffix: '%' })}
            {field('detect', { label: L.detect, hint: 'From release to knowing it is bad, like 10m', inputMode: 'text' })}
            {field('rollback', { label: L.rollback, hint: 'From knowing to the old version serving again, like 5m', inputMode: 'text' })}
          </div>
          <div class="fields">
            <SloWindowFields field={field} />
            {field('requests', { label: L.requests, hint: 'Optional: for counts of failed requests', inputMode: 'numeric', size: 14 })}
          </div>
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Blast radius"
      stale={stale}
      link={{ tool: 'release-risk', search: releaseRiskSearch(inputs) }}
    >
      <Summary inputs={inputs} radius={radius} />
      <Comparison inputs={inputs} radius={radius} id={id} />
      {radius.detection && <Steps radius={radius} id={id} />}
      <Advice inputs={inputs} radius={radius} />
    </ToolShell>
  );
}

interface ResultProps {
  inputs: ReleaseRiskInputs;
  radius: BlastRadius;
}

function Summary({ inputs, radius }: ResultProps) {
  return (
    <>
      <p class="big-number">
        <strong class="figure">
          <Num value={radius.budgetFraction}>{formatPercent(radius.budgetFraction)}</Num>
        </strong>{' '}
        of the error budget (<Duration seconds={radius.budgetSeconds} /> per <Duration seconds={inputs.windowSeconds} />)
      </p>
      <dl class="stat-list">
        <div>
          <dt>Error rate of the whole service</dt>
          <dd>
            <Num value={radius.overallErrorRatio}>{formatPercent(radius.overallErrorRatio)}</Num>
            <span class="meta">while the bad version serves{radius.detection ? ' at its largest share' : ''}</span>
          </dd>
        </div>
        <div>
          <dt>Bad version serves for</dt>
          <dd>
            <Duration seconds={radius.exposureSeconds} />
            <span class="meta">detection plus rollback</span>
          </dd>
        </div>
        <div>
          <dt>Full-outage equivalent</dt>
          <dd>
            <Duration seconds={radius.outageEquivalentSeconds} />
            <span class="meta">the same failures as this long with every request failing</span>
          </dd>
        </div>
        {radius.failedRequests !== undefined && radius.allowedFailedRequests !== undefined && (
          <div>
            <dt>Failed requests</dt>
            <dd>
              <Num value={radius.failedRequests}>{formatNumber(radius.failedRequests, 4)}</Num>
              <span class="meta">
                of <Num value={radius.allowedFailedRequests}>{formatNumber(radius.allowedFailedRequests, 6)}</Num> the window allows, at steady load
              </span>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

function Comparison({ inputs, radius, id }: ResultProps & { id: string }) {
  const same = inputs.strategy === 'all-at-once';
  const name = STRATEGY_NAMES[inputs.strategy];
  const times = radius.budgetFraction > 0 ? radius.allAtOnce.outageEquivalentSeconds / radius.outageEquivalentSeconds : null;
  const row = (strategy: string, outageEquivalentSeconds: number, budgetFraction: number) => (
    <tr>
      <th scope="row">{strategy}</th>
      <td>
        <Duration seconds={outageEquivalentSeconds} />
      </td>
      <td>
        <Num value={budgetFraction}>{formatPercent(budgetFraction)}</Num>
      </td>
    </tr>
  );
  const verdict =
    same || times === null ? null : times > 1.0005 ? (
      <p class="meta">
        {name} spends <Num value={times}>{formatNumber(times, 3)}</Num> times less than all at once.
      </p>
    ) : (
      <p class="meta">{name} spends as much as all at once here: it limits nothing.</p>
    );
  return (
    <DataTable
      captionId={`${id}-compare-caption`}
      caption={same ? 'This release, all at once' : `${name} against the same release all at once`}
      note="Same error rate, detection and rollback times"
      columns={['Strategy', 'Full-outage equivalent', 'Share of the budget']}
      after={verdict}
    >
      {!same && row(name, radius.outageEquivalentSeconds, radius.budgetFraction)}
      {row(STRATEGY_NAMES['all-at-once'], radius.allAtOnce.outageEquivalentSeconds, radius.allAtOnce.budgetFraction)}
    </DataTable>
  );
}

function Steps({ radius, id }: { radius: BlastRadius; id: string }) {
  const detection = radius.detection;
  if (!detection) return null;
  return (
    <DataTable
      captionId={`${id}-steps-caption`}
      caption={`Detected at step ${detection.step}, with ${formatNumber(detection.sharePercent, 6)}% of traffic on the new version`}
      note="Each step's time with the bad version, up to the end of the rollback"
      columns={['Step', 'Traffic', 'Served for']}
    >
      {detection.steps.map((step) => (
        <tr key={step.step}>
          <th scope="row">{step.step}</th>
          <td>
            <Num value={step.sharePercent}>{formatNumber(step.sharePercent, 6)}%</Num>
          </td>
          <td>
            <Duration seconds={step.servedSeconds} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function Advice({ inputs, radius }: ResultProps) {
  const advice = releaseAdvice(inputs, radius);
  if (advice.length === 0) {
    return <p>Within the budget, and nothing in these numbers asks for a change. A faster detection or rollback still shrinks the blast radius in proportion.</p>;
  }
  return (
    <ul class="advice">
      {advice.map((a) => (
        <li key={a.id} data-advice={a.id}>
          {a.text}
        </li>
      ))}
    </ul>
  );
}
