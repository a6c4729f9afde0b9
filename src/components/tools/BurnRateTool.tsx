import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { alertPolicyEvaluation, PAGE_FOR_SECONDS, type AlertPolicyEvaluation } from '../../lib/slo/burn-rate/alert-policy';
import { burnRateFormFrom, checkBurnRateForm, type BurnRateForm } from '../../lib/slo/burn-rate/form';
import { burnRateSearch, parseBurnRateParams, type BurnRateInputs } from '../../lib/slo/burn-rate/params';
import { kebabName, prometheusFileNames } from '../../lib/slo/burn-rate/export-inputs';
import { exportSearchPairs, parseExportParams, type ExportInputs } from '../../lib/slo/burn-rate/export-params';
import { formatNumber, formatPercent } from '../../lib/format';
import { searchString } from '../../lib/url-params';
import { fieldBinder } from '../ui/TextField';
import { useLazy } from '../ui/use-lazy';
import type { UrlCodec } from '../ui/use-url-state';
import { AlertRowsEditor } from './sre/AlertRowsEditor';
import { AlertTable } from './sre/AlertTable';
import { CodeExport } from '../ui/CodeExport';
import { Duration } from '../ui/Duration';
import { Num } from '../ui/Num';
import { Result } from '../ui/Result';
import { SloWindowFields } from './sre/SloWindowFields';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import { useSreForm } from './sre/use-sre-form';
import '../../styles/tools.css';

interface Props {
  /** A compact copy inside a lesson: SLO, window and error rate only; no rows editor, chart or exports. */
  embedded?: boolean;
  /** Starting inputs, as URL parameters would give them: { slo: '99.9', window: '30d' }. */
  initial?: Partial<Record<'slo' | 'window' | 'rows' | 'rate' | 'service' | 'errors' | 'total', string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /**
   * The chart and the exports for the default inputs, rendered by the page (slots `chart`, `rules`,
   * `tests` and `openslo`): they stand until the learner changes something, so their code loads only then.
   */
  chart?: ComponentChildren;
  rules?: ComponentChildren;
  tests?: ComponentChildren;
  openslo?: ComponentChildren;
  /** How to run the unit tests (slot `testsHelp`): static text, so it costs no JavaScript. */
  testsHelp?: ComponentChildren;
}

const search = (policy: BurnRateInputs, exports: ExportInputs) => [burnRateSearch(policy), searchString(exportSearchPairs(exports))].filter(Boolean).join('&');

const codec: UrlCodec<BurnRateForm> = {
  parse(params) {
    const policy = parseBurnRateParams(params);
    const exports = parseExportParams(params);
    return { values: burnRateFormFrom(policy.values, exports.values), notices: [...policy.notices, ...exports.notices] };
  },
  serialize(form) {
    const { policy, exports } = checkBurnRateForm(form);
    return policy && exports ? search(policy, exports) : null;
  },
};

/** Multiwindow, multi-burn-rate alerts for an SLO: thresholds, time to fire, and rules to copy. */
export default function BurnRateTool({ embedded = false, initial = {}, id = 'burn-rate', chart, rules, tests, openslo, testsHelp }: Props) {
  const { form, update, notices } = useSreForm(codec, initial, embedded);
  const check = checkBurnRateForm(form);
  const evaluation = useMemo(() => {
    const p = check.policy;
    const result = p && alertPolicyEvaluation(p.slo, p.windowSeconds, p.rows, p.errorRatio);
    return p && result?.ok ? { inputs: p, evaluation: result.value } : null;
  }, [check.policy && burnRateSearch(check.policy)]);
  const policy = useLastValid(evaluation);
  const exports = useLastValid(evaluation && check.exports ? { inputs: evaluation.inputs, exports: check.exports } : null);
  const { inputs } = policy.value;
  // The chart and exports are the page's while the inputs are the ones it rendered them for (its HTML
  // stays in place, so an open "Chart data as a table" stays open); once they differ, this island's.
  const key = search(inputs, exports.value.exports);
  const first = useRef(key);
  const changed = !embedded && (key !== first.current || !chart);
  const [lazy, load] = useLazy(() => import('./sre/burn-rate-lazy'), changed);
  const live = changed ? lazy : null;
  const updating = changed && !lazy;

  const field = fieldBinder(id, form, check.errors, update);

  return (
    <ToolShell
      embedded={embedded}
      notices={notices}
      onInteract={embedded ? undefined : load}
      inputs={
        <ToolForm label="Alert policy inputs">
          <div class="fields">
            <SloWindowFields field={field} />
            {field('rate', { label: 'Error rate to simulate', hint: '100 is a total outage', suffix: '%' })}
          </div>
          {!embedded && <AlertRowsEditor id={id} rows={form.rows} errors={check.errors} onChange={(rows) => update({ rows })} />}
          {embedded && check.errors.rows && <p class="field-error standalone">{check.errors.rows}</p>}
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Alert policy"
      stale={policy.stale}
      updating={updating}
      link={{ tool: 'burn-rate', search: burnRateSearch(inputs) }}
      more={
        <Exports
          id={id}
          field={field}
          stale={exports.stale}
          updating={updating}
          value={exports.value}
          texts={live?.exportTexts(exports.value.inputs, exports.value.exports)}
          fallback={{ rules, tests, openslo, testsHelp }}
        />
      }
    >
      <Simulation inputs={inputs} evaluation={policy.value.evaluation} />
      <AlertTable evaluation={policy.value.evaluation} errorRatio={inputs.errorRatio} />
      {!embedded && (
        <>
          <h3>Time to fire against error rate</h3>
          {live ? <live.FireChart id={`${id}-chart`} rows={policy.value.evaluation.rows} errorRatio={inputs.errorRatio} /> : chart}
        </>
      )}
    </ToolShell>
  );
}

function Simulation({ inputs, evaluation }: { inputs: BurnRateInputs; evaluation: AlertPolicyEvaluation }) {
  const { simulatedBurnRate: burn, simulatedExhaustionSeconds: lasts } = evaluation;
  return (
    <p>
      At a <Num value={inputs.errorRatio}>{formatPercent(inputs.errorRatio, 4)}</Num> error rate, an SLO of {inputs.slo.percentText}% burns its budget at{' '}
      <Num value={burn}>{formatNumber(burn, 4)}×</Num>
      {lasts === null ? ', so it is never spent.' : <>: the whole <Duration seconds={inputs.windowSeconds} /> budget lasts <Duration seconds={lasts} />.</>}
    </p>
  );
}

interface ExportsProps {
  id: string;
  /** The tool's field binder, for the export fields that are part of its form. */
  field: ReturnType<typeof fieldBinder<BurnRateForm>>;
  stale: boolean;
  updating: boolean;
  value: { inputs: BurnRateInputs; exports: ExportInputs };
  /** The generated texts, once their code has loaded; until then `fallback`, the page's. */
  texts: { rules: string; tests: string; openSlo: { yaml: string; notes: string[] } } | undefined;
  fallback: { rules: ComponentChildren; tests: ComponentChildren; openslo: ComponentChildren; testsHelp: ComponentChildren };
}

function Exports({ id, field, stale, updating, value, texts, fallback }: ExportsProps) {
  const files = prometheusFileNames(value.exports.serviceName);
  return (
    <section aria-labelledby={`${id}-exports`}>
      <h2 id={`${id}-exports`}>Prometheus rules and OpenSLO</h2>
      <p>The same policy as configuration. Put in your own metric selectors; each rule wraps them in sum(rate(…)) over its windows.</p>
      <p>
        Page rules also wait <Duration seconds={PAGE_FOR_SECONDS} /> (<code>for:</code>) before they fire, so one noisy evaluation wakes nobody: with these rules a
        page arrives that much later than the time to fire in the table above. Ticket rules fire at once; their long windows already smooth out noise.
      </p>
      <ToolForm label="Export inputs">
        <div class="fields selector-fields">
          {field('service', { label: 'Service name', inputMode: 'text' })}
          {field('errors', { label: 'Error requests selector', hint: 'A series selector counting failed requests', inputMode: 'text', size: 40 })}
          {field('total', { label: 'Total requests selector', hint: 'The same metric, all requests', inputMode: 'text', size: 40 })}
        </div>
      </ToolForm>
      <Result stale={stale} updating={updating} labelledBy={`${id}-exports-result`} class="exports">
        <h3 id={`${id}-exports-result`} class="visually-hidden">
          Generated configuration
        </h3>
        <CodeExport id={`${id}-prometheus`} title="Prometheus alerting rules" what="Prometheus rules" filename={files.rules} code={texts ? texts.rules : fallback.rules} />
        <CodeExport id={`${id}-promtool`} title="Unit tests for these alerts" what="promtool tests" filename={files.tests} code={texts ? texts.tests : fallback.tests} />
        {fallback.testsHelp}
        <CodeExport id={`${id}-openslo`} title="OpenSLO v1 document" what="OpenSLO document" filename={`${kebabName(value.exports.serviceName)}.openslo.yaml`} code={texts ? texts.openSlo.yaml : fallback.openslo} />
        {texts?.openSlo.notes.map((note) => (
          <p key={note} class="meta">
            {note}
          </p>
        ))}
      </Result>
    </section>
  );
}
