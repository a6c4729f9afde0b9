import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { availabilityReport, formatAvailabilityPercent, INDEPENDENCE_NOTE, type AvailabilityReport, type ComponentImprovement } from '../../lib/slo/availability/availability';
import { checkDraft, draftFromModel, idCounter, type DraftGroup } from '../../lib/slo/availability/draft';
import { modelComponents, parseAvailabilityModel, printAvailabilityModel, type AvailabilityModel } from '../../lib/slo/availability/model';
import { availabilitySearch, parseAvailabilityParams } from '../../lib/slo/availability/params';
import { periodSeconds, type CalendarConvention } from '../../lib/slo/calendar';
import { dependencyDowntimeSentence, dependencyRequirement } from '../../lib/slo/availability/dependency-budget';
import { checkDependencyForm, dependencyFormFrom, dependencySearchPairs, parseDependencyParams, type DependencyForm } from '../../lib/slo/availability/dependency-params';
import { formatPercent } from '../../lib/format';
import { searchString } from '../../lib/url-params';
import { fieldBinder } from '../ui/TextField';
import { useToolForm, type UrlCodec } from '../ui/use-url-state';
import { CalendarSelect } from './sre/CalendarSelect';
import { ModelBuilder } from './sre/ModelBuilder';
import { Num } from '../ui/Num';
import { PeriodTable } from './sre/PeriodTable';
import { Result } from '../ui/Result';
import { ToolForm, ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import '../../styles/tools.css';
import { DataTable } from '../ui/DataTable';

interface Props {
  /** A compact copy inside a lesson: no URL syncing, no copy link, no dependency budget. */
  embedded?: boolean;
  /** Starting inputs, as URL parameters would give them: { model: 'serial(api:99.95,db:99.99)' }. */
  initial?: Partial<Record<'model' | 'calendar' | 'target' | 'deps' | 'share', string>>;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

interface AvailabilityForm extends DependencyForm {
  /** The model as text, kept in step with the builder. */
  text: string;
  calendar: CalendarConvention;
}

const codec: UrlCodec<AvailabilityForm> = {
  parse(params) {
    const model = parseAvailabilityParams(params);
    const deps = parseDependencyParams(params);
    return {
      values: { text: printAvailabilityModel(model.values.model), calendar: model.values.calendar, ...dependencyFormFrom(deps.values) },
      notices: [...model.notices, ...deps.notices],
    };
  },
  serialize(form) {
    const model = parseAvailabilityModel(form.text);
    const deps = checkDependencyForm(form).values;
    if (!model.ok || !deps) return null;
    return [availabilitySearch({ model: model.value, calendar: form.calendar }), searchString(dependencySearchPairs(deps))].filter(Boolean).join('&');
  },
};

const sameModel = (a: AvailabilityModel | null, b: AvailabilityModel) => a !== null && printAvailabilityModel(a) === printAvailabilityModel(b);

/** The availability of a system from its parts, which part limits it, and what its dependencies must reach. */
export default function AvailabilityTool({ embedded = false, initial = {}, id = 'availability' }: Props) {
  const { form, update, notices } = useToolForm(codec, initial, embedded);
  const nextId = useMemo(() => idCounter(), []);
  const [draft, setDraft] = useState<DraftGroup>(() => {
    const parsed = parseAvailabilityModel(form.text);
    if (!parsed.ok) throw new Error(parsed.message);
    return draftFromModel(parsed.value, nextId);
  });

  const textModel = parseAvailabilityModel(form.text);
  const draftCheck = checkDraft(draft);
  // A valid text the builder does not show yet (typed, or read from the URL) replaces the builder's tree.
  useEffect(() => {
    if (textModel.ok && !sameModel(draftCheck.model, textModel.value)) setDraft(draftFromModel(textModel.value, nextId));
  }, [form.text]);
  const onDraft = (next: DraftGroup) => {
    setDraft(next);
    const { model } = checkDraft(next);
    if (model) update({ text: printAvailabilityModel(model) });
  };

  const current = textModel.ok && draftCheck.model ? { model: textModel.value, calendar: form.calendar } : null;
  const report = useMemo(() => current && { ...current, report: availabilityReport(current.model, current.calendar) }, [current && printAvailabilityModel(current.model), form.calendar]);
  const result = useLastValid(report);
  const textErrorId = `${id}-text-error`;
  // While the builder has a mistake, the text still shows the last complete model.
  const textBehind = textModel.ok && !draftCheck.model;
  const textBehindId = `${id}-text-behind`;

  return (
    <ToolShell
      embedded={embedded}
      notices={notices}
      inputs={
        <ToolForm label="System model" class="stack">
          <ModelBuilder id={id} root={draft} errors={draftCheck.errors} nextId={nextId} onChange={onDraft} />
          <div class="field model-text">
            <label for={`${id}-text`}>Model as text</label>
            <p class="field-hint" id={`${id}-text-hint`}>
              For sharing and quick edits: <code>serial(…)</code>, <code>parallel(…)</code> and <code>kofn(k,…)</code> around <code>name:availability</code> items, like{' '}
              <code>serial(api:99.95,parallel(db:99.99,queue:99.9))</code>. Kept in step with the form above.
            </p>
            <textarea
              id={`${id}-text`}
              rows={2}
              spellcheck={false}
              value={form.text}
              aria-invalid={textModel.ok ? undefined : 'true'}
              aria-describedby={`${id}-text-hint${textModel.ok ? '' : ` ${textErrorId}`}${textBehind ? ` ${textBehindId}` : ''}`}
              onInput={(event) => update({ text: event.currentTarget.value })}
            />
            {textBehind && (
              <p class="field-hint" id={textBehindId}>
                This is the last complete model: it follows the form again once the form's mistakes are fixed.
              </p>
            )}
            {!textModel.ok && (
              <p class="field-error" id={textErrorId}>
                {textModel.message}
              </p>
            )}
          </div>
          <div class="fields">
            <CalendarSelect id={`${id}-calendar`} value={form.calendar} onChange={(calendar) => update({ calendar })} />
          </div>
        </ToolForm>
      }
      resultId={`${id}-result`}
      heading="Overall availability"
      stale={result.stale}
      link={{ tool: 'availability', search: availabilitySearch({ model: result.value.model, calendar: result.value.calendar }) }}
      more={<DependencyBudget id={id} form={form} calendar={form.calendar} onChange={update} />}
    >
      <Overall model={result.value.model} report={result.value.report} calendar={result.value.calendar} />
    </ToolShell>
  );
}

/** Which component (or which equal components) to improve first, and what that would gain. */
function Limiting({ limiting, ties, unavailability, everyone }: { limiting: ComponentImprovement; ties: ComponentImprovement[]; unavailability: number; everyone: boolean }) {
  const reach = <Num value={limiting.availabilityIfPerfect}>{formatAvailabilityPercent(1 - limiting.availabilityIfPerfect)}%</Num>;
  const share = <Num value={limiting.unavailabilityRemoved / unavailability}>{formatPercent(limiting.unavailabilityRemoved / unavailability, 4)}</Num>;
  if (ties.length === 1) {
    return (
      <p>
        <strong>{limiting.name}</strong> limits it most. If it never failed, the system would reach {reach}: it accounts for {share} of the expected downtime, more than
        any other part, so improving it (or adding redundancy for it) helps most. Parts with redundant peers matter less, because the peers cover for them.
      </p>
    );
  }
  const names = ties.map((imp, i) => (
    <Fragment key={imp.index}>
      {i === 0 ? '' : i === ties.length - 1 ? ' and ' : ', '}
      <strong>{imp.name}</strong>
    </Fragment>
  ));
  return everyone ? (
    <p>
      All {ties.length} components limit it equally. If any one of them never failed, the system would reach {reach}: each accounts for {share} of the expected
      downtime, so improving any of them helps as much as improving another.
    </p>
  ) : (
    <p>
      {names} limit it most, equally. If any one of them never failed, the system would reach {reach}: each accounts for {share} of the expected downtime, more than
      any other part, so improving one of them helps most. Parts with redundant peers matter less, because the peers cover for them.
    </p>
  );
}

function Overall({ model, report, calendar }: { model: AvailabilityModel; report: AvailabilityReport; calendar: CalendarConvention }) {
  const components = modelComponents(model);
  const { limiting, limitingTies } = report;
  return (
    <>
      <p class="big-number">
        <Num value={report.availability}>{report.percentText}%</Num>
      </p>
      <p class="notice independence-note">{INDEPENDENCE_NOTE}</p>
      {limiting ? (
        <Limiting limiting={limiting} ties={limitingTies} unavailability={report.unavailability} everyone={limitingTies.length === components.length} />
      ) : (
        <p>No single component's failures change the result.</p>
      )}
      <PeriodTable caption={`Expected downtime per period at ${report.percentText}%`} valueLabel="Downtime" periods={report.downtimePerPeriod} calendar={calendar} />
      <DataTable
        caption="What each component costs: the overall availability if it alone never failed"
        columns={['Component', 'Availability', 'Overall if it never failed', 'Share of downtime']}
      >
        {report.improvements.map((imp) => (
          <tr key={imp.index}>
            <th scope="row">{imp.name}</th>
            <td>{components[imp.index]?.percentText}%</td>
            <td>
              <Num value={imp.availabilityIfPerfect}>{formatAvailabilityPercent(1 - imp.availabilityIfPerfect)}%</Num>
            </td>
            <td>
              <Num value={report.unavailability > 0 ? imp.unavailabilityRemoved / report.unavailability : 0}>
                {formatPercent(report.unavailability > 0 ? imp.unavailabilityRemoved / report.unavailability : 0, 4)}
              </Num>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function DependencyBudget({ id, form, calendar, onChange }: { id: string; form: DependencyForm; calendar: CalendarConvention; onChange: (patch: Partial<DependencyForm>) => void }) {
  const { values, errors } = checkDependencyForm(form);
  const { value, stale } = useLastValid(values);
  const field = fieldBinder(id, form, errors, onChange);
  const r = dependencyRequirement(value.target, value.dependencies, value.share);
  const month = periodSeconds('month', calendar);
  return (
    <section aria-labelledby={`${id}-deps`}>
      <h2 id={`${id}-deps`}>What each dependency must reach</h2>
      <p>
        A service can't be more available than its critical dependencies together. Give them a share of the service's error budget and split it between them.
      </p>
      <ToolForm label="Dependency budget inputs">
        <div class="fields">
          {field('target', { name: 'dep-target', label: 'Service target', suffix: '%' })}
          {field('deps', { name: 'dep-count', label: 'Critical dependencies', inputMode: 'numeric', size: 4 })}
          {field('share', { name: 'dep-share', label: 'Budget share for dependencies', hint: "The rest is for the service's own failures", suffix: '%' })}
        </div>
      </ToolForm>
      <Result stale={stale} labelledBy={`${id}-deps-result`}>
        <h3 id={`${id}-deps-result`}>Each dependency needs</h3>
        <p class="big-number">
          <Num value={r.linear.availability}>{formatAvailabilityPercent(r.linear.unavailability)}%</Num>
        </p>
        <p>{dependencyDowntimeSentence(r, month)}</p>
        <ul>
          {r.dependencies > 1 && (
            <li>
              Exact, for {r.dependencies} equal dependencies in series: <Num value={r.exact.availability}>{formatAvailabilityPercent(r.exact.unavailability, 6)}%</Num>.
              The even split above is slightly stricter, so it is the safe figure to quote.
            </li>
          )}
          <li>
            Rule of the extra nine (one more nine than the service): <Num value={r.extraNine.availability}>{formatAvailabilityPercent(r.extraNine.unavailability)}%</Num>.
          </li>
        </ul>
      </Result>
    </section>
  );
}
