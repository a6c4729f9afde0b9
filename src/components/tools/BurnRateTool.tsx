import { useMemo } from 'preact/hooks';
import { alertPolicyEvaluation, type AlertPolicyEvaluation } from '../../lib/slo/alert-policy';
import { burnRateFormFrom, checkBurnRateForm, type BurnRateForm } from '../../lib/slo/burn-rate-form';
import { burnRateSearch, parseBurnRateParams, type BurnRateInputs } from '../../lib/slo/burn-rate-params';
import { kebabName } from '../../lib/slo/export-inputs';
import { openSloYaml } from '../../lib/slo/export-openslo';
import { exportSearchPairs, parseExportParams, type ExportInputs } from '../../lib/slo/export-params';
import { prometheusRulesYaml } from '../../lib/slo/export-prometheus';
import { formatNumber, formatPercent } from '../../lib/slo/format-number';
import { searchString } from '../../lib/slo/params';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { Notices } from '../ui/Notices';
import { TextField } from '../ui/TextField';
import type { UrlCodec } from '../ui/use-url-state';
import { AlertRowsEditor } from './sre/AlertRowsEditor';
import { AlertTable } from './sre/AlertTable';
import { CodeExport } from './sre/CodeExport';
import { Duration } from './sre/Duration';
import { FireChart } from './sre/FireChart';
import { FullCalculatorLink } from './sre/FullCalculatorLink';
import { initialParams } from './sre/initial-params';
import { Num } from './sre/Num';
import { Result } from './sre/Result';
import { SloWindowFields } from './sre/SloWindowFields';
import { useLastValid } from './sre/use-last-valid';
import { useSreForm } from './sre/use-sre-form';
import '../../styles/tools.css';

interface Props {
  /** A compact copy inside a lesson: SLO, window and error rate only; no rows editor, chart or exports. */
  embedded?: boolean;
  /** Starting inputs, as URL parameters would give them: { slo: '99.9', window: '30d' }. */
  initial?: Partial<Record<'slo' | 'window' | 'rows' | 'rate' | 'service' | 'errors' | 'total', string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

const search = (policy: BurnRateInputs, exports: ExportInputs) => [burnRateSearch(policy), searchString(exportSearchPairs(exports))].filter(Boolean).join('&');

const codec: UrlCodec<BurnRateForm> = {
  parse(params) {
    const policy = parseBurnRateParams(params);
    const exports = parseExportParams(params);
    return { values: burnRateFormFrom(policy.values, exports.values), notices: [...policy.notices, ...exports.notices].map((n) => n.message) };
  },
  serialize(form) {
    const { policy, exports } = checkBurnRateForm(form);
    return policy && exports ? search(policy, exports) : null;
  },
};

/** Multiwindow, multi-burn-rate alerts for an SLO: thresholds, time to fire, and rules to copy. */
export default function BurnRateTool({ embedded = false, initial = {}, id = 'burn-rate' }: Props) {
  const start = useMemo(() => codec.parse(initialParams(initial)).values, []);
  const { form, update, notices } = useSreForm(start, codec, embedded);
  const check = checkBurnRateForm(form);
  const evaluation = useMemo(() => {
    const p = check.policy;
    const result = p && alertPolicyEvaluation(p.slo, p.windowSeconds, p.rows, p.errorRatio);
    return p && result?.ok ? { inputs: p, evaluation: result.value } : null;
  }, [check.policy && burnRateSearch(check.policy)]);
  const policy = useLastValid(evaluation);
  const exports = useLastValid(evaluation && check.exports ? { inputs: evaluation.inputs, exports: check.exports } : null);
  const { inputs } = policy.value;
  const H = embedded ? 'h3' : 'h2';

  return (
    <div class={embedded ? 'sre-tool embedded' : 'sre-tool'}>
      {!embedded && <Notices notices={notices} />}
      <form class="tool-form" aria-label="Alert policy inputs" onSubmit={(event) => event.preventDefault()}>
        <div class="fields">
          <SloWindowFields id={id} slo={form.slo} window={form.window} errors={check.errors} onSlo={(slo) => update({ slo })} onWindow={(window) => update({ window })} />
          <TextField
            id={`${id}-rate`}
            label="Error rate to simulate"
            hint="100 is a total outage"
            suffix="%"
            value={form.rate}
            error={check.errors.rate}
            onInput={(rate) => update({ rate })}
          />
        </div>
        {!embedded && <AlertRowsEditor id={id} rows={form.rows} errors={check.errors} onChange={(rows) => update({ rows })} />}
        {embedded && check.errors.rows && <p class="field-error standalone">{check.errors.rows}</p>}
      </form>

      <Result stale={policy.stale} labelledBy={`${id}-result`}>
        <H id={`${id}-result`}>Alert policy</H>
        <Simulation inputs={inputs} evaluation={policy.value.evaluation} />
        <AlertTable evaluation={policy.value.evaluation} errorRatio={inputs.errorRatio} />
        {!embedded && (
          <>
            <h3>Time to fire against error rate</h3>
            <FireChart id={`${id}-chart`} rows={policy.value.evaluation.rows} errorRatio={inputs.errorRatio} />
          </>
        )}
      </Result>
      {embedded ? (
        <FullCalculatorLink tool="burn-rate" search={burnRateSearch(inputs)} />
      ) : (
        <>
          <CopyLinkButton />
          <Exports id={id} form={form} errors={check.errors} onChange={update} stale={exports.stale} value={exports.value} />
        </>
      )}
    </div>
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
  form: BurnRateForm;
  errors: Record<string, string>;
  onChange: (patch: Partial<BurnRateForm>) => void;
  stale: boolean;
  value: { inputs: BurnRateInputs; exports: ExportInputs };
}

function Exports({ id, form, errors, onChange, stale, value }: ExportsProps) {
  const { inputs, exports } = value;
  const name = kebabName(exports.serviceName);
  const base = { serviceName: exports.serviceName, slo: inputs.slo, windowSeconds: inputs.windowSeconds, totalSelector: exports.totalSelector };
  const rules = prometheusRulesYaml({ ...base, rows: inputs.rows, errorSelector: exports.errorSelector });
  const openSlo = openSloYaml({ ...base, ratio: 'bad', selector: exports.errorSelector });
  return (
    <section aria-labelledby={`${id}-exports`}>
      <h2 id={`${id}-exports`}>Prometheus rules and OpenSLO</h2>
      <p>The same policy as configuration. Put in your own metric selectors; each rule wraps them in sum(rate(…)) over its windows.</p>
      <form class="tool-form" aria-label="Export inputs" onSubmit={(event) => event.preventDefault()}>
        <div class="fields selector-fields">
          <TextField id={`${id}-service`} label="Service name" inputMode="text" value={form.service} error={errors.service} onInput={(service) => onChange({ service })} />
          <TextField
            id={`${id}-errors`}
            label="Error requests selector"
            hint="A series selector counting failed requests"
            inputMode="text"
            size={40}
            value={form.errors}
            error={errors.errors}
            onInput={(text) => onChange({ errors: text })}
          />
          <TextField
            id={`${id}-total`}
            label="Total requests selector"
            hint="The same metric, all requests"
            inputMode="text"
            size={40}
            value={form.total}
            error={errors.total}
            onInput={(total) => onChange({ total })}
          />
        </div>
      </form>
      <Result stale={stale} labelledBy={`${id}-exports-result`} class="exports">
        <h3 id={`${id}-exports-result`} class="visually-hidden">
          Generated configuration
        </h3>
        <CodeExport id={`${id}-prometheus`} title="Prometheus alerting rules" what="Prometheus rules" filename={`${name}-slo-burn-rate.rules.yml`} code={rules} />
        <CodeExport id={`${id}-openslo`} title="OpenSLO v1 document" what="OpenSLO document" filename={`${name}.openslo.yaml`} code={openSlo.yaml} />
        {openSlo.notes.map((note) => (
          <p key={note} class="meta">
            {note}
          </p>
        ))}
      </Result>
    </section>
  );
}
